#include "http/httpresponse.h"

#include "model/canonicaljson.h"
#include "protocol/requestauth.h"
#include "protocol/wireerror.h"

#include <QJsonArray>
#include <QtGlobal>

namespace saisie::server::http {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b) { return a.compare(b, Qt::CaseInsensitive) == 0; }
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (sameName(key, name))
            return value;
    return {};
}

int HttpRequest::headerCount(QByteArrayView name) const
{
    int count = 0;
    for (const auto &entry : headers)
        count += sameName(entry.first, name) ? 1 : 0;
    return count;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers)
        if (sameName(entry.first, name)) {
            entry.second = value;
            return;
        }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (sameName(key, name))
            return value;
    return {};
}

QByteArray jsonBytes(const QJsonObject &object) { return model::canonicalJson(object); }

void setJson(HttpResponse &res, int status, const QJsonObject &object) { setJsonBytes(res, status, jsonBytes(object)); }

void setJsonBytes(HttpResponse &res, int status, const QByteArray &body)
{
    res.status = status;
    res.body = body;
    // With the charset parameter, cpp-httplib never gzips the answer: bodies go out as the exact
    // bytes built here (receipts byte for byte), and no compression mixes secrets with input.
    res.contentType = "application/json; charset=utf-8";
}

void setError(HttpResponse &res, int status, const QString &code, const QString &message, const QJsonObject &details)
{
    setJson(res, status, protocol::errorBody(status, code, message, details));
    res.setHeader(protocol::kHeaderErrorCode, code.toLatin1());
    if (status == 401)
        res.setHeader("WWW-Authenticate", "Saisie-Signature");
}

void setHeaderInvalid(HttpResponse &res, const QString &header)
{
    setError(res, 400, QStringLiteral("header_invalid"), QStringLiteral("A request header is missing or malformed."),
             {{QStringLiteral("header"), header}});
}

void setLimitError(HttpResponse &res, int status, const QString &code, qint64 limit, const QString &limitName)
{
    setError(res, status, code, QStringLiteral("The request exceeds a server limit."),
             {{QStringLiteral("limit"), limit}, {QStringLiteral("limitName"), limitName}});
}

void setFieldInvalid(HttpResponse &res, const QString &path, const QString &message)
{
    const QJsonObject entry{{QStringLiteral("path"), path}, {QStringLiteral("message"), message}};
    setError(res, 400, QStringLiteral("field_invalid"), QStringLiteral("A request member is invalid."),
             {{QStringLiteral("errors"), QJsonArray{entry}}});
}

void setInternalError(HttpResponse &res, const Error &error)
{
    qWarning("saisie-server: internal error %s: %s", qPrintable(error.code), qPrintable(error.message));
    setError(res, 500, QStringLiteral("internal_error"), QStringLiteral("The server failed; retry later."));
}

void setLibraryError(HttpResponse &res, int status, qint64 maxBody)
{
    switch (status) {
    case 400:
        // The library refuses a malformed request line or header, and any single header line over
        // its compiled-in 8 KiB, before our checks see the request.
        setError(res, 400, QStringLiteral("header_invalid"),
                 QStringLiteral("The request line or a header is malformed or too long."));
        break;
    case 404:
        setError(res, 404, QStringLiteral("not_found"), QStringLiteral("There is no such resource."));
        break;
    case 413:
        setLimitError(res, 413, QStringLiteral("body_too_large"), maxBody, QStringLiteral("body"));
        break;
    case 414:
        setLimitError(res, 414, QStringLiteral("uri_too_long"), 2048, QStringLiteral("requestTarget"));
        break;
    case 416:
        setError(res, 416, QStringLiteral("header_invalid"), QStringLiteral("Range requests are not supported."),
                 {{QStringLiteral("header"), QStringLiteral("Range")}});
        break;
    case 503:
        setError(res, 503, QStringLiteral("unavailable"), QStringLiteral("The server is busy; retry later."));
        break;
    default:
        setError(res, status >= 500 ? 500 : status, status >= 500 ? QStringLiteral("internal_error")
                                                                  : QStringLiteral("header_invalid"),
                 QStringLiteral("The request could not be processed."));
        break;
    }
}

} // namespace saisie::server::http
