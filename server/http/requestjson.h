#pragma once
// Request bodies as protocol §2.2–§2.3 accepts them: strict JSON, no unknown members (a typo must
// not silently lose data), every member of the expected type. Errors name paths, never values.
#include "http/httpexchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace saisie::server::http {

/// 400 json_invalid / json_duplicate_key / json_too_deep.
std::optional<QJsonObject> parseJsonBody(const QByteArray &body, HttpResponse &res);

/// 400 unknown_field (with `path`) for the first member not in `allowed`.
bool onlyMembers(const QJsonObject &object, const QStringList &allowed, HttpResponse &res,
                 const QString &prefix = QString());

/// Collects {path, message} problems; answer() turns them into one 400 field_invalid.
class FieldErrors
{
public:
    void add(const QString &path, const QString &message);
    bool isEmpty() const { return m_errors.isEmpty(); }
    /// True (and the response filled) when there was any problem.
    bool answer(HttpResponse &res) const;

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required = true,
                   int maxLength = 256);
    QString uuid(const QJsonObject &o, const QString &key, const QString &path);
    QString sha256Hex(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<QByteArray> base64(const QJsonObject &o, const QString &key, const QString &path);
    /// A JSON integer in [min, max] (doubles with a fraction or out of range refused).
    std::optional<qint64> integer(const QJsonObject &o, const QString &key, const QString &path, qint64 min,
                                  qint64 max, bool required = true);

private:
    QJsonArray m_errors;
};

} // namespace saisie::server::http
