#include "protocol/signedobject.h"

#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/strictjson.h"

#include <sodium.h>

namespace saisie::protocol {

namespace {
const unsigned char *u8(QByteArrayView bytes) { return reinterpret_cast<const unsigned char *>(bytes.data()); }
} // namespace

QJsonObject SignedObject::toJson() const
{
    return {{QStringLiteral("payload"), toBase64(payload)},
            {QStringLiteral("keyId"), keyId},
            {QStringLiteral("signature"), toBase64(signature)}};
}

Expected<SignedObject> SignedObject::fromJson(const QJsonValue &value)
{
    const Error shape = makeError(QStringLiteral("field_invalid"), QStringLiteral("A signed object is malformed."));
    if (!value.isObject())
        return shape;
    const QJsonObject object = value.toObject();
    if (object.size() != 3 || !object.value(QStringLiteral("payload")).isString() ||
        !object.value(QStringLiteral("keyId")).isString() || !object.value(QStringLiteral("signature")).isString())
        return shape;
    const auto payload = decodeBase64Strict(object.value(QStringLiteral("payload")).toString().toLatin1());
    const auto signature = decodeBase64Strict(object.value(QStringLiteral("signature")).toString().toLatin1());
    const QString keyId = object.value(QStringLiteral("keyId")).toString();
    if (!payload || payload->isEmpty() || !signature || signature->size() != crypto_sign_BYTES || !isSha256Hex(keyId))
        return shape;
    return SignedObject{*payload, keyId, *signature};
}

QByteArray signDetached(QByteArrayView message, const SecureBuffer &secretKey)
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, u8(message),
                         size_t(message.size()), secretKey.data());
    return signature;
}

bool verifyDetached(QByteArrayView message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(u8(signature), u8(message), size_t(message.size()), u8(publicKey)) == 0;
}

Expected<SignedObject> signObject(const QJsonObject &payload, const SecureBuffer &secretKey,
                                  const QByteArray &publicKey)
{
    QString error;
    SignedObject object;
    object.payload = model::canonicalJson(payload, &error);
    if (object.payload.isEmpty())
        return makeError(QStringLiteral("canonical"), error);
    object.keyId = keyIdOf(publicKey);
    object.signature = signDetached(object.payload, secretKey);
    return object;
}

Expected<QJsonObject> verifyObject(const SignedObject &object, const QHash<QString, QByteArray> &trustedKeys,
                                   const QString &format)
{
    const auto key = trustedKeys.constFind(object.keyId);
    if (key == trustedKeys.constEnd())
        return makeError(QStringLiteral("untrusted_key"), QStringLiteral("The document is signed by an unknown key."));
    if (!verifyDetached(object.payload, object.signature, *key))
        return makeError(QStringLiteral("signature_invalid"), QStringLiteral("The document's signature is invalid."));
    auto parsed = parseStrictObject(object.payload);
    if (!parsed || model::canonicalJson(*parsed) != object.payload)
        return makeError(QStringLiteral("payload_not_canonical"),
                         QStringLiteral("The signed document is not in canonical form."));
    if (parsed->value(QStringLiteral("format")).toString() != format)
        return makeError(QStringLiteral("format_mismatch"),
                         QStringLiteral("The signed document is not of the expected kind."));
    return parsed;
}

} // namespace saisie::protocol
