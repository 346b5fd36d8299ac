#include "sync/configdocument.h"

#include "protocol/encoding.h"
#include "protocol/strictjson.h"
#include "sync/enrolmentqr.h"

#include <QJsonArray>
#include <QSet>

namespace saisie::sync {

namespace {
Error invalid(const QString &what)
{
    return makeError(QStringLiteral("config_invalid"), QStringLiteral("The server configuration is not acceptable (%1).").arg(what));
}

QHash<QString, QByteArray> keysOf(const QJsonObject &payload, bool *wellFormed)
{
    QHash<QString, QByteArray> keys;
    *wellFormed = payload.value(QStringLiteral("serverKeys")).isArray();
    for (const QJsonValue &v : payload.value(QStringLiteral("serverKeys")).toArray()) {
        const QJsonObject k = v.toObject();
        const auto raw = protocol::decodeBase64Strict(k.value(QStringLiteral("publicKey")).toString().toLatin1());
        const QString id = k.value(QStringLiteral("keyId")).toString();
        if (!raw || raw->size() != 32 || protocol::keyIdOf(*raw) != id) {
            *wellFormed = false;
            continue;
        }
        keys.insert(id, *raw);
    }
    return keys;
}
} // namespace

QHash<QString, QByteArray> listedServerKeys(const protocol::SignedObject &config)
{
    auto payload = protocol::parseStrictObject(config.payload);
    if (!payload)
        return {};
    bool wellFormed = false;
    return keysOf(*payload, &wellFormed);
}

Expected<ConfigDocument> verifyConfig(const protocol::SignedObject &config, const QHash<QString, QByteArray> &trustedKeys,
                                      const QString &origin, int minSerial)
{
    auto payload = protocol::verifyObject(config, trustedKeys, QStringLiteral("saisie-config/1"));
    if (!payload)
        return payload.error();
    ConfigDocument doc;
    const QJsonValue serial = payload->value(QStringLiteral("serial"));
    doc.serial = serial.toInt(-1);
    if (!serial.isDouble() || doc.serial <= minSerial)
        return invalid(QStringLiteral("serial not newer than the one held"));
    doc.server = payload->value(QStringLiteral("server")).toString();
    if (doc.server != origin)
        return invalid(QStringLiteral("another server"));
    for (const QJsonValue &v : payload->value(QStringLiteral("pins")).toArray())
        doc.pins << v.toString();
    if (doc.pins.size() < 2 || doc.pins.size() > 8 || QSet<QString>(doc.pins.begin(), doc.pins.end()).size() != doc.pins.size())
        return invalid(QStringLiteral("pin count"));
    for (const QString &pin : std::as_const(doc.pins))
        if (!isValidPin(pin))
            return invalid(QStringLiteral("pin form"));
    bool wellFormed = false;
    doc.serverKeys = keysOf(*payload, &wellFormed);
    if (!wellFormed || doc.serverKeys.isEmpty())
        return invalid(QStringLiteral("server keys"));
    return doc;
}

} // namespace saisie::sync
