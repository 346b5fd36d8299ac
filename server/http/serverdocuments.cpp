#include "http/serverdocuments.h"

#include "protocol/encoding.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace saisie::server::http {

Expected<QJsonObject> signWithServerKey(const ServerContext &ctx, const QJsonObject &payload)
{
    auto signedObject = protocol::signObject(payload, ctx.signingKey.secret, ctx.signingKey.publicKey);
    if (!signedObject)
        return signedObject.error();
    return signedObject->toJson();
}

QJsonObject configPayload(const ServerContext &ctx)
{
    // The key's validity starts when its file was written; there is no planned end yet (rotation
    // publishes a new config that drops the key).
    const QDateTime created = QFileInfo(ctx.config.signingKeyFile).lastModified().toUTC();
    const QJsonObject key{{QStringLiteral("keyId"), ctx.signingKey.keyId},
                          {QStringLiteral("publicKey"), protocol::toBase64(ctx.signingKey.publicKey)},
                          {QStringLiteral("notBefore"), created.toString(Qt::ISODateWithMs)}};
    return {{QStringLiteral("format"), QStringLiteral("saisie-config/1")},
            {QStringLiteral("serial"), ctx.config.configSerial},
            {QStringLiteral("issuedAt"), protocol::utcNowText()},
            {QStringLiteral("server"), ctx.config.publicUrl},
            {QStringLiteral("pins"), QJsonArray::fromStringList(ctx.config.pins)},
            {QStringLiteral("serverKeys"), QJsonArray{key}}};
}

QJsonObject codeListsPayload()
{
    return {{QStringLiteral("format"), QStringLiteral("saisie-codelists/1")},
            {QStringLiteral("serial"), 0},
            {QStringLiteral("issuedAt"), protocol::utcNowText()},
            {QStringLiteral("lists"), QJsonArray()}};
}

} // namespace saisie::server::http
