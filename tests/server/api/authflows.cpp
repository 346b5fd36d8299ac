// Request authentication (§5.3), revocation with a verifiable wipe (§16), endpoints not served
// in this iteration, and what the request log must never contain.
#include "serverapitest.h"
#include "testsupport.h"

#include "config/serverconfig.h"
#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "store/blobdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>

using namespace saisie;
using namespace saisie::testing;

void TstServerApi::requestAuthentication()
{
    auto client = enrolledClient();
    QVERIFY(client);
    RequestOptions badSignature;
    badSignature.corruptSignature = true;
    const ApiReply bad = client->send("GET", "/v1/device", {}, badSignature);
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.errorCode(), QStringLiteral("signature_invalid"));
    QCOMPARE(bad.header("WWW-Authenticate"), QByteArray("Saisie-Signature"));
    checkCommonHeaders(bad);

    RequestOptions fixedNonce;
    fixedNonce.nonce = protocol::newNonce();
    QCOMPARE(client->send("GET", "/v1/device", {}, fixedNonce).status, 200);
    const ApiReply replayed = client->send("GET", "/v1/device", {}, fixedNonce);
    QCOMPARE(replayed.status, 401);
    QCOMPARE(replayed.errorCode(), QStringLiteral("nonce_replayed"));

    RequestOptions late;
    late.timestampShift = -1000;
    const ApiReply skew = client->send("GET", "/v1/device", {}, late);
    QCOMPARE(skew.status, 401);
    QCOMPARE(skew.errorCode(), QStringLiteral("clock_skew"));
    const QDateTime serverTime =
        QDateTime::fromString(skew.error().value(QStringLiteral("serverTime")).toString(), Qt::ISODateWithMs);
    QVERIFY(serverTime.isValid());
    QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    RequestOptions unsigned_;
    unsigned_.sign = false;
    const ApiReply missing = client->send("GET", "/v1/device", {}, unsigned_);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.errorCode(), QStringLiteral("auth_missing"));

    const QString enrolledId = client->deviceId;
    client->deviceId = protocol::uuidText(QUuid::createUuid());
    const ApiReply stranger = client->get("/v1/device");
    client->deviceId = enrolledId;
    QCOMPARE(stranger.status, 401);
    QCOMPARE(stranger.errorCode(), QStringLiteral("unknown_device"));

    // A body that is not the one its (signed) digest names.
    RequestOptions wrongDigest;
    wrongDigest.contentType = "application/json";
    wrongDigest.contentDigest = protocol::contentDigest("{}");
    const ApiReply digest = client->send("POST", "/v1/uploads", "{\"a\":1}", wrongDigest);
    QCOMPARE(digest.status, 400);
    QCOMPARE(digest.errorCode(), QStringLiteral("digest_mismatch"));

    RequestOptions noProtocol;
    noProtocol.withProtocolHeader = false;
    const ApiReply mismatch = client->send("GET", "/v1/device", {}, noProtocol);
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.errorCode(), QStringLiteral("protocol_mismatch"));
}

void TstServerApi::revokedDevice()
{
    auto client = enrolledClient();
    QVERIFY(client);
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.run({QStringLiteral("revoke"), QStringLiteral("--data"), m_server.dataDir(), client->deviceId,
                           QStringLiteral("--by"), QStringLiteral("admin-test")},
                          &out, &err),
             0);
    // A revoked device's state is revealed only to a correctly signed request.
    RequestOptions badSignature;
    badSignature.corruptSignature = true;
    QCOMPARE(client->send("GET", "/v1/device", {}, badSignature).status, 401);
    const ApiReply revoked = client->get("/v1/device");
    QCOMPARE(revoked.status, 403);
    QCOMPARE(revoked.errorCode(), QStringLiteral("device_revoked"));
    const QJsonObject wipe = verified(revoked.error().value(QStringLiteral("instruction")), m_serverKeys,
                                      QStringLiteral("saisie-wipe/1"));
    QVERIFY2(!wipe.isEmpty(), revoked.body.constData());
    QCOMPARE(wipe.value(QStringLiteral("deviceId")).toString(), client->deviceId);
    QCOMPARE(wipe.value(QStringLiteral("devicePublicKeyId")).toString(), protocol::keyIdOf(client->devicePublicKey()));
    QCOMPARE(wipe.value(QStringLiteral("action")).toString(), QStringLiteral("wipe"));

    const QString wipeId = wipe.value(QStringLiteral("wipeId")).toString();
    const QJsonObject ackOther{{QStringLiteral("wipeId"), protocol::uuidText(QUuid::createUuid())},
                               {QStringLiteral("completedAt"), QStringLiteral("2024-05-14T07:00:01+02:00")},
                               {QStringLiteral("vaultsShredded"), 1}};
    const ApiReply unknownWipe = client->postJson("/v1/device/wipe-ack", ackOther);
    QCOMPARE(unknownWipe.status, 409);
    QCOMPARE(unknownWipe.errorCode(), QStringLiteral("wipe_unknown"));
    QJsonObject ack = ackOther;
    ack.insert(QStringLiteral("wipeId"), wipeId);
    QCOMPARE(client->postJson("/v1/device/wipe-ack", ack).status, 200);
    QCOMPARE(client->postJson("/v1/device/wipe-ack", ack).status, 200);
}

void TstServerApi::notServedYet()
{
    // K1, A1/A2, R3 and C1/C2 are not in this iteration.
    const QByteArray vault = m_main->vaultKeyId.toLatin1();
    for (const QByteArray &target : {QByteArray("/v1/codelists"), QByteArray("/v1/codelists/direction/2025-01-01"),
                                     "/v1/vault-keys/" + vault + "/audit/head"}) {
        const ApiReply reply = m_main->get(target);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    }
    QCOMPARE(m_main->postJson("/v1/vault-keys", QJsonObject()).status, 404);
    const ApiReply feed = m_main->get("/v1/vault-keys/" + vault + "/feed?limit=100&wait=0");
    QCOMPARE(feed.status, 200);
    QCOMPARE(feed.json(), QJsonObject({{QStringLiteral("events"), QJsonArray()},
                                       {QStringLiteral("cursor"), QStringLiteral("0")},
                                       {QStringLiteral("more"), false}}));
    const ApiReply wrongMethod = m_main->send("DELETE", "/v1/device");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.errorCode(), QStringLiteral("method_not_allowed"));
}

void TstServerApi::logHasNoSecrets()
{
    RequestOptions options;
    options.nonce = protocol::newNonce();
    QCOMPARE(m_main->send("GET", "/v1/device", {}, options).status, 200);
    const QString log = m_server.logText();
    QVERIFY(log.contains(QLatin1String("GET /v1/device 200")));
    QVERIFY(log.contains(QLatin1String("PUT /v1/records/{uuid}/versions/{version} 201")));
    QVERIFY(!log.contains(*options.nonce));
    QVERIFY(!log.contains(m_main->deviceId));
    QVERIFY(!log.contains(QLatin1String("Saisie-Signature")));
}
