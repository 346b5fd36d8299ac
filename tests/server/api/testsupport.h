#pragma once
// Small helpers shared by the tst_serverapi sources: signed-object checks, random bytes, and a
// record envelope re-signed by a fresh key (a valid signature over other content).
#include "apiclient.h"

#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/signedobject.h"
#include "store/seizurerepository.h"

#include <QJsonDocument>
#include <QTest>
#include <functional>
#include <sodium.h>

namespace saisie::testing {

/// The payload of a signed object that verifies under `keys` as `format`; empty otherwise.
inline QJsonObject verified(const QJsonValue &object, const QHash<QString, QByteArray> &keys, const QString &format)
{
    const auto parsed = protocol::SignedObject::fromJson(object);
    if (!parsed)
        return {};
    auto payload = protocol::verifyObject(*parsed, keys, format);
    return payload ? *payload : QJsonObject();
}

inline QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

/// The envelope of `original` changed by `mutate`, re-signed by a fresh key; *vaultKeyId names it.
inline store::SignedVersion resigned(const store::SignedVersion &original,
                                     const std::function<void(QJsonObject &)> &mutate, QString *vaultKeyId)
{
    SecureBuffer secret(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    QJsonObject envelope = QJsonDocument::fromJson(original.payload).object();
    mutate(envelope);
    envelope.insert(QStringLiteral("signer"), protocol::toBase64(publicKey));
    store::SignedVersion out = original;
    out.payload = model::canonicalJson(envelope);
    out.contentHash = protocol::sha256Hex(out.payload);
    out.signature = protocol::signDetached(out.payload, secret);
    *vaultKeyId = protocol::keyIdOf(publicKey);
    return out;
}

/// Every answer carries these (§2.3).
inline void checkCommonHeaders(const ApiReply &reply)
{
    QCOMPARE(reply.header("Saisie-Protocol"), QByteArray("1"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!reply.header("Saisie-Request-Id").isEmpty());
}

} // namespace saisie::testing
