#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/signedobject.h"
#include "tst_protocol.h"

#include <QTest>
#include <sodium.h>

using namespace saisie;
using namespace saisie::protocol;

namespace {
struct KeyPair {
    SecureBuffer secret{crypto_sign_SECRETKEYBYTES};
    QByteArray publicKey{crypto_sign_PUBLICKEYBYTES, '\0'};
    KeyPair()
    {
        ensureSodium();
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    }
    QHash<QString, QByteArray> trust() const { return {{keyIdOf(publicKey), publicKey}}; }
};

QJsonObject receiptPayload()
{
    return {{QStringLiteral("format"), QStringLiteral("saisie-receipt/1")},
            {QStringLiteral("recordUuid"), QStringLiteral("0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b")},
            {QStringLiteral("version"), 1}};
}
} // namespace

void TestSignedObject::roundTrip()
{
    const KeyPair key;
    auto object = signObject(receiptPayload(), key.secret, key.publicKey);
    QVERIFY(object.ok());
    QCOMPARE(object->keyId, keyIdOf(key.publicKey));
    const auto fromWire = SignedObject::fromJson(object->toJson());
    QVERIFY(fromWire.ok());
    QCOMPARE(fromWire->payload, object->payload);
    const auto payload = verifyObject(*fromWire, key.trust(), QStringLiteral("saisie-receipt/1"));
    QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().code));
    QCOMPARE(payload->value(QStringLiteral("version")).toInt(), 1);
}

void TestSignedObject::refusals()
{
    const KeyPair key;
    const KeyPair stranger;
    const SignedObject good = *signObject(receiptPayload(), key.secret, key.publicKey);
    const QString format = QStringLiteral("saisie-receipt/1");

    QCOMPARE(verifyObject(good, stranger.trust(), format).error().code, QStringLiteral("untrusted_key"));
    QCOMPARE(verifyObject(good, key.trust(), QStringLiteral("saisie-config/1")).error().code,
             QStringLiteral("format_mismatch"));

    SignedObject flipped = good;
    flipped.payload[10] = char(flipped.payload[10] ^ 0x01);
    QCOMPARE(verifyObject(flipped, key.trust(), format).error().code, QStringLiteral("signature_invalid"));

    // A signature made by another key, presented under the trusted key's id.
    SignedObject forged = *signObject(receiptPayload(), stranger.secret, stranger.publicKey);
    forged.keyId = good.keyId;
    QCOMPARE(verifyObject(forged, key.trust(), format).error().code, QStringLiteral("signature_invalid"));

    // Correctly signed but not canonical (whitespace): verifiers must not accept two spellings.
    SignedObject spaced;
    spaced.payload = "{ \"format\":\"saisie-receipt/1\"}";
    spaced.keyId = keyIdOf(key.publicKey);
    spaced.signature = signDetached(spaced.payload, key.secret);
    QCOMPARE(verifyObject(spaced, key.trust(), format).error().code, QStringLiteral("payload_not_canonical"));

    // Correctly signed, duplicate keys.
    SignedObject duplicate = spaced;
    duplicate.payload = "{\"format\":\"saisie-receipt/1\",\"format\":\"saisie-receipt/1\"}";
    duplicate.signature = signDetached(duplicate.payload, key.secret);
    QCOMPARE(verifyObject(duplicate, key.trust(), format).error().code, QStringLiteral("payload_not_canonical"));
}

void TestSignedObject::shapeChecks()
{
    const KeyPair key;
    const QJsonObject good = signObject(receiptPayload(), key.secret, key.publicKey)->toJson();
    QVERIFY(SignedObject::fromJson(good).ok());
    QVERIFY(!SignedObject::fromJson(QJsonValue(QStringLiteral("x"))).ok());
    for (const QString &member : good.keys()) {
        QJsonObject missing = good;
        missing.remove(member);
        QVERIFY2(!SignedObject::fromJson(missing).ok(), qPrintable(member));
        QJsonObject wrongType = good;
        wrongType.insert(member, 1);
        QVERIFY2(!SignedObject::fromJson(wrongType).ok(), qPrintable(member));
    }
    QJsonObject extra = good;
    extra.insert(QStringLiteral("note"), QStringLiteral("x"));
    QVERIFY(!SignedObject::fromJson(extra).ok());
    QJsonObject shortSignature = good;
    shortSignature.insert(QStringLiteral("signature"), toBase64(QByteArray(63, 'x')));
    QVERIFY(!SignedObject::fromJson(shortSignature).ok());
    QJsonObject upperKeyId = good;
    upperKeyId.insert(QStringLiteral("keyId"), good.value(QStringLiteral("keyId")).toString().toUpper());
    QVERIFY(!SignedObject::fromJson(upperKeyId).ok());
    QJsonObject looseBase64 = good;
    looseBase64.insert(QStringLiteral("payload"), good.value(QStringLiteral("payload")).toString() + QStringLiteral("\n"));
    QVERIFY(!SignedObject::fromJson(looseBase64).ok());
}
