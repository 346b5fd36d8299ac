#include "http/requestjson.h"

#include "http/httpresponse.h"
#include "protocol/encoding.h"
#include "protocol/strictjson.h"

#include <cmath>

namespace saisie::server::http {

std::optional<QJsonObject> parseJsonBody(const QByteArray &body, HttpResponse &res)
{
    auto parsed = protocol::parseStrictObject(body);
    if (!parsed) {
        setError(res, 400, parsed.error().code, parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

bool onlyMembers(const QJsonObject &object, const QStringList &allowed, HttpResponse &res, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            // The member name is the client's own protocol vocabulary, not data: it may be echoed,
            // but bounded so a hostile name cannot fill the log.
            setError(res, 400, QStringLiteral("unknown_field"), QStringLiteral("The request has an unknown member."),
                     {{QStringLiteral("path"), (prefix + it.key()).left(200)}});
            return false;
        }
    }
    return true;
}

void FieldErrors::add(const QString &path, const QString &message)
{
    m_errors.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("message"), message}});
}

bool FieldErrors::answer(HttpResponse &res) const
{
    if (m_errors.isEmpty())
        return false;
    setError(res, 400, QStringLiteral("field_invalid"), QStringLiteral("A request member is invalid."),
             {{QStringLiteral("errors"), m_errors}});
    return true;
}

QString FieldErrors::string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                            int maxLength)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined()) {
        if (required)
            add(path, QStringLiteral("is required."));
        return {};
    }
    if (!value.isString()) {
        add(path, QStringLiteral("must be a string."));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        add(path, QStringLiteral("is too long."));
        return {};
    }
    return text;
}

QString FieldErrors::uuid(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString text = string(o, key, path, true, 36);
    if (!text.isEmpty() && protocol::parseUuid(text).isNull()) {
        add(path, QStringLiteral("must be a lower-case uuid."));
        return {};
    }
    return text;
}

QString FieldErrors::sha256Hex(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString text = string(o, key, path, true, 64);
    if (!text.isEmpty() && !protocol::isSha256Hex(text)) {
        add(path, QStringLiteral("must be 64 lower-case hex digits."));
        return {};
    }
    return text;
}

std::optional<QByteArray> FieldErrors::base64(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue value = o.value(key);
    if (!value.isString()) {
        add(path, value.isUndefined() ? QStringLiteral("is required.") : QStringLiteral("must be a string."));
        return std::nullopt;
    }
    auto bytes = protocol::decodeBase64Strict(value.toString().toLatin1());
    if (!bytes || value.toString().toLatin1() != value.toString().toUtf8()) {
        add(path, QStringLiteral("must be strict base64."));
        return std::nullopt;
    }
    return bytes;
}

std::optional<qint64> FieldErrors::integer(const QJsonObject &o, const QString &key, const QString &path, qint64 min,
                                           qint64 max, bool required)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined()) {
        if (required)
            add(path, QStringLiteral("is required."));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < double(min) || number > double(max)) {
        add(path, QStringLiteral("must be an integer in range."));
        return std::nullopt;
    }
    return qint64(number);
}

} // namespace saisie::server::http
