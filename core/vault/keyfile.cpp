#include "vault/keyfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <sodium.h>

namespace saisie::vault {

namespace {
QString b64(const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); }

Error malformed(const QString &what)
{
    return makeError(QStringLiteral("keyfile"),
                     QStringLiteral("The vault key file is damaged (%1); the vault cannot be opened. "
                                    "Restore it from backup or use the recovery key.")
                         .arg(what));
}

bool readBytes(const QJsonObject &o, const char *key, QByteArray &out, qsizetype expected = -1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = *decoded;
    return expected < 0 || out.size() == expected;
}
} // namespace

QByteArray KeyFile::associatedData() const
{
    // Everything an attacker could usefully edit in the file is bound here: raising the attempt
    // limit or lowering the KDF cost makes the unwrap fail.
    return QStringLiteral("saisie-vault|v%1|%2|%3|%4|%5|")
               .arg(kFormatVersion)
               .arg(vaultId)
               .arg(kdf.opslimit)
               .arg(kdf.memlimit)
               .arg(maxAttempts)
               .toUtf8()
           + salt;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("saisie-vault")},
                  {QStringLiteral("formatVersion"), kFormatVersion},
                  {QStringLiteral("vaultId"), vaultId},
                  {QStringLiteral("alias"), alias},
                  {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                  {QStringLiteral("opslimit"), QString::number(kdf.opslimit)},
                  {QStringLiteral("memlimit"), QString::number(kdf.memlimit)},
                  {QStringLiteral("salt"), b64(salt)},
                  {QStringLiteral("wrap"), QStringLiteral("xchacha20poly1305-ietf")},
                  {QStringLiteral("nonce"), b64(wrapNonce)},
                  {QStringLiteral("wrappedKey"), b64(wrappedKey)},
                  {QStringLiteral("signingPublicKey"), b64(signingPublicKey)},
                  {QStringLiteral("maxAttempts"), maxAttempts},
                  {QStringLiteral("secretKind"), secretKindName(secretKind)}};
    if (!escrowWrap.isEmpty()) {
        o.insert(QStringLiteral("escrowWrap"), b64(escrowWrap));
        o.insert(QStringLiteral("escrowRecipient"), b64(escrowRecipient));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Expected<KeyFile> KeyFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return malformed(QStringLiteral("not JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("saisie-vault"))
        return malformed(QStringLiteral("not a Saisie vault"));
    if (o.value(QLatin1String("formatVersion")).toInt() != kFormatVersion)
        return malformed(QStringLiteral("unsupported format version"));
    if (o.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")
        || o.value(QLatin1String("wrap")).toString() != QLatin1String("xchacha20poly1305-ietf"))
        return malformed(QStringLiteral("unknown algorithm"));

    KeyFile k;
    k.vaultId = o.value(QLatin1String("vaultId")).toString();
    if (QUuid::fromString(k.vaultId).isNull())
        return malformed(QStringLiteral("bad vault id"));
    k.alias = o.value(QLatin1String("alias")).toString();
    bool opsOk = false;
    bool memOk = false;
    k.kdf.opslimit = o.value(QLatin1String("opslimit")).toString().toULongLong(&opsOk);
    k.kdf.memlimit = o.value(QLatin1String("memlimit")).toString().toULongLong(&memOk);
    if (!opsOk || !memOk || !k.kdf.isAtLeastInteractive())
        return malformed(QStringLiteral("key derivation settings below the allowed minimum"));
    k.maxAttempts = o.value(QLatin1String("maxAttempts")).toInt(0);
    if (k.maxAttempts < 1 || k.maxAttempts > 100)
        return malformed(QStringLiteral("bad attempt limit"));
    // Not bound into the wrap: editing it only changes which input the picker shows.
    const auto kind = secretKindFromName(o.value(QLatin1String("secretKind")).toString(QStringLiteral("pin")));
    if (!kind)
        return malformed(QStringLiteral("unknown secret kind"));
    k.secretKind = *kind;
    if (!readBytes(o, "salt", k.salt, crypto_pwhash_SALTBYTES)
        || !readBytes(o, "nonce", k.wrapNonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || !readBytes(o, "wrappedKey", k.wrappedKey, 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        || !readBytes(o, "signingPublicKey", k.signingPublicKey, crypto_sign_PUBLICKEYBYTES))
        return malformed(QStringLiteral("missing or bad key fields"));
    if (o.contains(QLatin1String("escrowWrap"))
        && (!readBytes(o, "escrowWrap", k.escrowWrap, 32 + crypto_box_SEALBYTES)
            || !readBytes(o, "escrowRecipient", k.escrowRecipient, crypto_box_PUBLICKEYBYTES)))
        return malformed(QStringLiteral("bad escrow fields"));
    return k;
}

} // namespace saisie::vault
