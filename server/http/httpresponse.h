#pragma once
// Building answers: JSON bodies in canonical form (so a stored answer and a rebuilt one are the
// same bytes) and the error bodies of protocol §17.
#include "http/httpexchange.h"

#include "common/expected.h"

#include <QJsonObject>
#include <QString>

namespace saisie::server::http {

inline constexpr char kJsonType[] = "application/json";
inline constexpr char kChunkType[] = "application/offset+octet-stream";

QByteArray jsonBytes(const QJsonObject &object);
void setJson(HttpResponse &res, int status, const QJsonObject &object);
void setJsonBytes(HttpResponse &res, int status, const QByteArray &body);

/// §17.1 body; also sets Saisie-Error-Code (the only carrier of the code on HEAD) and, on 401,
/// WWW-Authenticate. The message never quotes a value from the request.
void setError(HttpResponse &res, int status, const QString &code, const QString &message,
              const QJsonObject &details = {});
void setHeaderInvalid(HttpResponse &res, const QString &header);
/// 413/414/431 with `limit` and `limitName`.
void setLimitError(HttpResponse &res, int status, const QString &code, qint64 limit, const QString &limitName);
/// 400 field_invalid with one {path, message} entry.
void setFieldInvalid(HttpResponse &res, const QString &path, const QString &message);

/// 500 internal_error for a store or file failure; the cause goes to the log, not to the client.
void setInternalError(HttpResponse &res, const Error &error);

/// The canned error for a status the HTTP library produced on its own (parse failures, limits).
void setLibraryError(HttpResponse &res, int status, qint64 maxBody);

} // namespace saisie::server::http
