#include "sync/deviceidentity.h"

#include "common/durablefile.h"
#include "protocol/encoding.h"
#include "protocol/strictjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace saisie::sync {

namespace {
const QString kFormat = QStringLiteral("saisie-device/1");

Error malformed(const QString &what)
{
    return makeError(QStringLiteral("device_file"),
                     QStringLiteral("The device enrolment file is damaged (%1); enrol the tablet again.").arg(what));
}

std::optional<QByteArray> base64Member(const QJsonObject &o, const QString &name, int size)
{
    auto raw = protocol::decodeBase64Strict(o.value(name).toString().toLatin1());
    if (!raw || (size >= 0 && raw->size() != size))
        return std::nullopt;
    return raw;
}
} // namespace

bool DeviceIdentity::existsIn(const QString &deviceDir) { return QFileInfo::exists(pathIn(deviceDir)); }

QString DeviceIdentity::deviceKeyId() const { return protocol::keyIdOf(devicePublicKey); }

QList<QSslCertificate> DeviceIdentity::nationalCas() const
{
    QList<QSslCertificate> certs;
    for (const QByteArray &pem : caPems)
        certs << QSslCertificate::fromData(pem, QSsl::Pem);
    return certs;
}

QHash<QString, QByteArray> DeviceIdentity::currentServerKeys() const
{
    QHash<QString, QByteArray> keys;
    for (auto it = serverKeys.begin(); it != serverKeys.end(); ++it)
        if (it->current)
            keys.insert(it.key(), it->publicKey);
    return keys;
}

QHash<QString, QByteArray> DeviceIdentity::allServerKeys() const
{
    QHash<QString, QByteArray> keys;
    for (auto it = serverKeys.begin(); it != serverKeys.end(); ++it)
        keys.insert(it.key(), it->publicKey);
    return keys;
}

Status DeviceIdentity::save(const QString &deviceDir) const
{
    if (Status s = durable::makePrivateDirectory(deviceDir); !s)
        return s;
    QJsonArray keys;
    for (auto it = serverKeys.begin(); it != serverKeys.end(); ++it)
        keys.append(QJsonObject{{QStringLiteral("keyId"), it.key()},
                                {QStringLiteral("publicKey"), protocol::toBase64(it->publicKey)},
                                {QStringLiteral("current"), it->current}});
    QJsonArray cas;
    for (const QByteArray &pem : caPems)
        cas.append(QString::fromLatin1(pem));
    const QByteArray secret(reinterpret_cast<const char *>(deviceSecret.data()), qsizetype(deviceSecret.size()));
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("deviceId"), deviceId},
                  {QStringLiteral("origin"), origin},
                  {QStringLiteral("deviceSecretKey"), protocol::toBase64(secret)},
                  {QStringLiteral("devicePublicKey"), protocol::toBase64(devicePublicKey)},
                  {QStringLiteral("pins"), QJsonArray::fromStringList(pins)},
                  {QStringLiteral("nationalCas"), cas},
                  {QStringLiteral("serverKeys"), keys},
                  {QStringLiteral("configSerial"), configSerial},
                  {QStringLiteral("unitId"), unitId},
                  {QStringLiteral("enrolledAt"), enrolledAt},
                  {QStringLiteral("enrolment"), enrolment.toJson()},
                  {QStringLiteral("config"), config.toJson()}};
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const Status written = durable::writeFileAtomically(pathIn(deviceDir), bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size())); // the secret's copies in ordinary memory
    return written;
}

Expected<DeviceIdentity> DeviceIdentity::load(const QString &deviceDir)
{
    QFile file(pathIn(deviceDir));
    if (!file.exists())
        return makeError(QStringLiteral("not_enrolled"), QStringLiteral("This tablet is not enrolled with a server yet."));
    if (!file.open(QIODevice::ReadOnly))
        return malformed(QStringLiteral("unreadable"));
    QByteArray bytes = file.read(1024 * 1024);
    auto parsed = protocol::parseStrictObject(bytes);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (!parsed)
        return malformed(QStringLiteral("not JSON"));
    const QJsonObject &o = *parsed;
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return malformed(QStringLiteral("unknown format"));

    DeviceIdentity id;
    id.deviceId = o.value(QStringLiteral("deviceId")).toString();
    id.origin = o.value(QStringLiteral("origin")).toString();
    if (protocol::parseUuid(id.deviceId).isNull() || !id.origin.startsWith(QLatin1String("https://")))
        return malformed(QStringLiteral("device id or origin"));
    auto secret = base64Member(o, QStringLiteral("deviceSecretKey"), crypto_sign_SECRETKEYBYTES);
    auto pub = base64Member(o, QStringLiteral("devicePublicKey"), crypto_sign_PUBLICKEYBYTES);
    if (!secret || !pub)
        return malformed(QStringLiteral("device key"));
    id.deviceSecret = SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(secret->constData()), size_t(secret->size()));
    sodium_memzero(secret->data(), size_t(secret->size()));
    id.devicePublicKey = *pub;
    // The public half must belong to the secret (the last 32 bytes of a libsodium secret key).
    if (QByteArray(reinterpret_cast<const char *>(id.deviceSecret.data()) + 32, 32) != id.devicePublicKey)
        return malformed(QStringLiteral("device key pair"));
    for (const QJsonValue &v : o.value(QStringLiteral("pins")).toArray())
        id.pins << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("nationalCas")).toArray())
        id.caPems << v.toString().toLatin1();
    if (id.pins.size() < 2 || id.caPems.isEmpty() || id.nationalCas().isEmpty())
        return malformed(QStringLiteral("pins or CA set"));
    for (const QJsonValue &v : o.value(QStringLiteral("serverKeys")).toArray()) {
        const QJsonObject k = v.toObject();
        auto key = base64Member(k, QStringLiteral("publicKey"), crypto_sign_PUBLICKEYBYTES);
        const QString keyId = k.value(QStringLiteral("keyId")).toString();
        if (!key || protocol::keyIdOf(*key) != keyId)
            return malformed(QStringLiteral("server key"));
        id.serverKeys.insert(keyId, TrustedServerKey{*key, k.value(QStringLiteral("current")).toBool()});
    }
    if (id.currentServerKeys().isEmpty())
        return malformed(QStringLiteral("no trusted server key"));
    id.configSerial = o.value(QStringLiteral("configSerial")).toInt(-1);
    id.unitId = o.value(QStringLiteral("unitId")).toString();
    id.enrolledAt = o.value(QStringLiteral("enrolledAt")).toString();
    auto enrolment = protocol::SignedObject::fromJson(o.value(QStringLiteral("enrolment")));
    auto config = protocol::SignedObject::fromJson(o.value(QStringLiteral("config")));
    if (!enrolment || !config || id.configSerial < 0)
        return malformed(QStringLiteral("signed documents"));
    id.enrolment = *enrolment;
    id.config = *config;
    return id;
}

Status DeviceIdentity::shred(const QString &deviceDir) { return durable::shredFile(pathIn(deviceDir)); }

} // namespace saisie::sync
