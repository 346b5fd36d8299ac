// The real saisie-server over HTTPS: enrolment, records with and without attachments, chunked
// uploads, receipts verified as a tablet verifies them, conflicts and request authentication.
#include "serverapitest.h"

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
#include <sodium.h>

using namespace saisie;
using namespace saisie::testing;

namespace {

QJsonObject verified(const QJsonValue &object, const QHash<QString, QByteArray> &keys, const QString &format)
{
    const auto parsed = protocol::SignedObject::fromJson(object);
    if (!parsed)
        return {};
    auto payload = protocol::verifyObject(*parsed, keys, format);
    return payload ? *payload : QJsonObject();
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

/// Re-signs a record envelope after `mutate`, with a new vault key (a different, valid version).
store::SignedVersion resigned(const store::SignedVersion &original, const std::function<void(QJsonObject &)> &mutate,
                              QString *vaultKeyId)
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

void checkCommonHeaders(const ApiReply &reply)
{
    QCOMPARE(reply.header("Saisie-Protocol"), QByteArray("1"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!reply.header("Saisie-Request-Id").isEmpty());
}

} // namespace

std::unique_ptr<ApiClient> TstServerApi::newClient()
{
    return std::make_unique<ApiClient>(m_server.url(), m_server.caCertificates());
}

std::unique_ptr<ApiClient> TstServerApi::enrolledClient()
{
    auto client = newClient();
    const QString code = m_server.issueCode();
    const ApiReply reply = client->enrol(code, m_server.publicUrl());
    if (code.isEmpty() || reply.status != 201 || client->deviceId.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("enrolment failed: %1 %2").arg(reply.status).arg(
                         QString::fromUtf8(reply.body))), __FILE__, __LINE__);
        return nullptr;
    }
    return client;
}

SignedRecord TstServerApi::finalizeRecord(const QList<int> &attachmentSizes)
{
    SignedRecord out;
    auto draft = m_vault.s().seizures().saveDraft(completeSeizure());
    if (!draft)
        return out;
    for (int size : attachmentSizes) {
        const QByteArray bytes = randomBytes(size);
        auto info = attach(m_vault.s(), draft->uuid, bytes, QStringLiteral("DOCUMENT"));
        if (info)
            out.originals.insert(info->id, bytes);
    }
    auto signedVersion = m_vault.s().seizures().finalize(draft->uuid, {});
    if (!signedVersion) {
        QTest::qFail(qPrintable(signedVersion.error().message), __FILE__, __LINE__);
        return out;
    }
    out.version = *signedVersion;
    auto infos = store::loadAttachmentInfos(m_vault.db(), draft->uuid, signedVersion->version);
    if (infos)
        out.attachments = *infos;
    return out;
}

QJsonObject TstServerApi::recordBody(const SignedRecord &record, const QString &state) const
{
    QJsonArray declared;
    for (const model::AttachmentInfo &info : record.attachments)
        declared.append(QJsonObject{{QStringLiteral("id"), protocol::uuidText(info.id)},
                                    {QStringLiteral("sha256"), info.sha256},
                                    {QStringLiteral("state"), state}});
    return {{QStringLiteral("payload"), protocol::toBase64(record.version.payload)},
            {QStringLiteral("contentHash"), record.version.contentHash},
            {QStringLiteral("signature"), protocol::toBase64(record.version.signature)},
            {QStringLiteral("vaultKeyId"), protocol::keyIdOf(m_vault.session->signingPublicKey())},
            {QStringLiteral("attachments"), declared},
            {QStringLiteral("deviceClockOffsetS"), 0}};
}

QByteArray TstServerApi::recordTarget(const store::SignedVersion &version, const char *suffix)
{
    return "/v1/records/" + protocol::uuidText(version.uuid).toLatin1() + "/versions/" +
           QByteArray::number(version.version) + suffix;
}

void TstServerApi::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    qInfo("backend: %s, server at %s", qPrintable(m_server.backendName()), qPrintable(m_server.url().toString()));
    QVERIFY2(m_vault.create(&error), qPrintable(error));

    auto client = newClient();
    const ApiReply first = client->enrol(m_server.issueCode(), m_server.publicUrl());
    QCOMPARE(first.status, 201);
    // The first trusted key is the one the config names and signs with (the QR's "sk" in real life).
    const auto config = protocol::SignedObject::fromJson(first.json().value(QStringLiteral("config")));
    QVERIFY(config);
    const QJsonObject configPayload = QJsonDocument::fromJson(config->payload).object();
    const QJsonObject key = configPayload.value(QStringLiteral("serverKeys")).toArray().first().toObject();
    m_serverKeys.insert(key.value(QStringLiteral("keyId")).toString(),
                        *protocol::decodeBase64Strict(key.value(QStringLiteral("publicKey")).toString().toLatin1()));
    QVERIFY(!verified(first.json().value(QStringLiteral("config")), m_serverKeys, QStringLiteral("saisie-config/1")).isEmpty());
    m_main = std::move(client);
    m_main->vaultKeyId = protocol::keyIdOf(m_vault.session->signingPublicKey());
}

void TstServerApi::cleanupTestCase()
{
    // SIGTERM is a clean stop.
    QCOMPARE(m_server.stop(), 0);
}

void TstServerApi::enrolment()
{
    auto client = newClient();
    const QString code = m_server.issueCode();
    QVERIFY(!code.isEmpty());
    const ApiReply first = client->enrol(code, m_server.publicUrl());
    QCOMPARE(first.status, 201);
    checkCommonHeaders(first);
    const QJsonObject enrolment = verified(first.json().value(QStringLiteral("enrolment")), m_serverKeys,
                                           QStringLiteral("saisie-enrolment/1"));
    QVERIFY(!enrolment.isEmpty());
    QVERIFY(!protocol::parseUuid(enrolment.value(QStringLiteral("deviceId")).toString()).isNull());
    QCOMPARE(enrolment.value(QStringLiteral("devicePublicKey")).toString(), protocol::toBase64(client->devicePublicKey()));
    QCOMPARE(enrolment.value(QStringLiteral("server")).toString(), m_server.publicUrl());
    QCOMPARE(enrolment.value(QStringLiteral("codeSha256")).toString(),
             protocol::sha256Hex(protocol::normaliseEnrolmentCode(code)->toUtf8()));
    QVERIFY(!verified(first.json().value(QStringLiteral("codeLists")), m_serverKeys,
                      QStringLiteral("saisie-codelists/1")).isEmpty());

    // A lost response: the same code (typed differently) and key get the same bytes.
    const ApiReply again = client->enrol(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), m_server.publicUrl());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    // Another key with a used code: possible compromise.
    auto other = newClient();
    const ApiReply used = other->enrol(code, m_server.publicUrl());
    QCOMPARE(used.status, 409);
    QCOMPARE(used.errorCode(), QStringLiteral("enrolment_code_used"));
    const ApiReply unknown = newClient()->enrol(QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C"), m_server.publicUrl());
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), QStringLiteral("enrolment_code_unknown"));
    // The enrolled key now signs requests.
    QCOMPARE(client->get("/v1/device").status, 200);
}

void TstServerApi::deviceAndConfig()
{
    const ApiReply device = m_main->get("/v1/device?configSerial=0&codeListSerial=0");
    QCOMPARE(device.status, 200);
    checkCommonHeaders(device);
    const QJsonObject state = device.json();
    QCOMPARE(state.value(QStringLiteral("deviceId")).toString(), m_main->deviceId);
    QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(state.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("major")).toInt(), 1);
    QCOMPARE(state.value(QStringLiteral("limits")).toObject().value(QStringLiteral("maxChunk")).toInteger(), 8388608);

    const ApiReply config = m_main->get("/v1/config");
    QCOMPARE(config.status, 200);
    const QJsonObject payload = verified(config.json(), m_serverKeys, QStringLiteral("saisie-config/1"));
    QVERIFY(!payload.isEmpty());
    QCOMPARE(payload.value(QStringLiteral("server")).toString(), m_server.publicUrl());
    QCOMPARE(payload.value(QStringLiteral("pins")).toArray().size(), 2);
    QVERIFY(payload.value(QStringLiteral("serial")).toInt() >= 1);
}

namespace {

/// §13.4 checks 1–4 as a tablet runs them; an empty string when they pass.
QString receiptProblem(const QJsonValue &receipt, const QHash<QString, QByteArray> &keys, const ApiClient &client,
                       const SignedRecord &record)
{
    const QJsonObject p = verified(receipt, keys, QStringLiteral("saisie-receipt/1"));
    if (p.isEmpty())
        return QStringLiteral("the receipt does not verify");
    if (p.value(QStringLiteral("deviceId")).toString() != client.deviceId ||
        p.value(QStringLiteral("vaultKeyId")).toString() != client.vaultKeyId)
        return QStringLiteral("another device or vault");
    if (p.value(QStringLiteral("recordUuid")).toString() != protocol::uuidText(record.version.uuid) ||
        p.value(QStringLiteral("version")).toInt() != record.version.version ||
        p.value(QStringLiteral("contentHash")).toString() != record.version.contentHash)
        return QStringLiteral("another record version");
    QList<model::AttachmentInfo> expected = record.attachments;
    std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
        return protocol::uuidText(a.id) < protocol::uuidText(b.id);
    });
    QJsonArray want;
    for (const model::AttachmentInfo &info : expected)
        want.append(QJsonObject{{QStringLiteral("id"), protocol::uuidText(info.id)},
                                {QStringLiteral("sha256"), info.sha256},
                                {QStringLiteral("size"), info.size}});
    if (p.value(QStringLiteral("attachments")).toArray() != want)
        return QStringLiteral("attachments differ");
    if (p.value(QStringLiteral("recordReceivedAt")).toString().isEmpty() ||
        p.value(QStringLiteral("completedAt")).toString().isEmpty())
        return QStringLiteral("times missing");
    return {};
}

} // namespace

void TstServerApi::recordWithoutAttachments()
{
    const SignedRecord record = finalizeRecord({});
    QVERIFY(!record.version.payload.isEmpty());
    const ApiReply put = m_main->putJson(recordTarget(record.version), recordBody(record));
    QCOMPARE(put.status, 201);
    checkCommonHeaders(put);
    QCOMPARE(put.json().value(QStringLiteral("delivery")).toString(), QStringLiteral("complete"));
    const QJsonValue receipt = put.json().value(QStringLiteral("receipt"));
    const QString problem = receiptProblem(receipt, m_serverKeys, *m_main, record);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Replays and R2 return the same signed bytes.
    const ApiReply replay = m_main->putJson(recordTarget(record.version), recordBody(record));
    QCOMPARE(replay.status, 200);
    QCOMPARE(model::canonicalJson(replay.json().value(QStringLiteral("receipt"))), model::canonicalJson(receipt));
    const ApiReply r2 = m_main->get(recordTarget(record.version, "/receipt"));
    QCOMPARE(r2.status, 200);
    QCOMPARE(r2.json().value(QStringLiteral("delivery")).toString(), QStringLiteral("complete"));
    QCOMPARE(model::canonicalJson(r2.json().value(QStringLiteral("receipt"))), model::canonicalJson(receipt));
}

void TstServerApi::recordWithChunkedAttachments()
{
    const SignedRecord record = finalizeRecord({200000, 70000});
    QCOMPARE(record.attachments.size(), 2);
    const ApiReply put = m_main->putJson(recordTarget(record.version), recordBody(record));
    QCOMPARE(put.status, 201);
    QCOMPARE(put.json().value(QStringLiteral("delivery")).toString(), QStringLiteral("awaiting_attachments"));
    QCOMPARE(put.json().value(QStringLiteral("missing")).toArray().size(), 2);
    QVERIFY(put.json().value(QStringLiteral("receipt")).isNull());
    const ApiReply incomplete = m_main->get(recordTarget(record.version, "/receipt"));
    QCOMPARE(incomplete.status, 409);
    QCOMPARE(incomplete.errorCode(), QStringLiteral("delivery_incomplete"));
    QCOMPARE(incomplete.error().value(QStringLiteral("missing")).toArray().size(), 2);

    auto config = server::ServerConfig::load(m_server.dataDir());
    QVERIFY(config);
    const server::BlobDirectory blobs(config->blobs);
    constexpr int kChunk = 64 * 1024;
    for (const model::AttachmentInfo &info : record.attachments) {
        const QByteArray bytes = record.originals.value(info.id);
        const QJsonObject create{{QStringLiteral("recordUuid"), protocol::uuidText(record.version.uuid)},
                                 {QStringLiteral("attachmentId"), protocol::uuidText(info.id)},
                                 {QStringLiteral("sha256"), info.sha256},
                                 {QStringLiteral("length"), info.size},
                                 {QStringLiteral("mimeType"), info.mimeType}};
        const ApiReply created = m_main->postJson("/v1/uploads", create);
        QCOMPARE(created.status, 201);
        const QByteArray uploadId = created.json().value(QStringLiteral("uploadId")).toString().toLatin1();
        QCOMPARE(created.header("Location"), "/v1/uploads/" + uploadId);
        QCOMPARE(created.header("Upload-Offset"), QByteArray("0"));
        // A lost response creates no duplicate.
        const ApiReply again = m_main->postJson("/v1/uploads", create);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("uploadId")).toString().toLatin1(), uploadId);

        for (qint64 offset = 0; offset < bytes.size(); offset += kChunk) {
            const ApiReply patched = m_main->patchChunk(uploadId, offset, bytes.mid(offset, kChunk));
            QCOMPARE(patched.status, 200);
            const qint64 next = std::min<qint64>(offset + kChunk, bytes.size());
            QCOMPARE(patched.header("Upload-Offset"), QByteArray::number(next));
            QCOMPARE(patched.json().value(QStringLiteral("complete")).toBool(), next == bytes.size());
            const ApiReply head = m_main->send("HEAD", "/v1/uploads/" + uploadId);
            QCOMPARE(head.status, 200);
            QCOMPARE(head.header("Upload-Offset"), QByteArray::number(next));
            QCOMPARE(head.header("Upload-Length"), QByteArray::number(bytes.size()));
        }
        const ApiReply state = m_main->get("/v1/uploads/" + uploadId);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json().value(QStringLiteral("complete")).toBool(), true);
        QVERIFY(blobs.hasObject(info.sha256));
        // A complete upload takes no more chunks.
        const ApiReply extra = m_main->patchChunk(uploadId, bytes.size(), QByteArray("x"));
        QCOMPARE(extra.status, 409);
        QCOMPARE(extra.errorCode(), QStringLiteral("upload_offset_mismatch"));
        QCOMPARE(extra.error().value(QStringLiteral("complete")).toBool(), true);
    }
    const ApiReply r2 = m_main->get(recordTarget(record.version, "/receipt"));
    QCOMPARE(r2.status, 200);
    const QJsonValue receipt = r2.json().value(QStringLiteral("receipt"));
    const QString problem = receiptProblem(receipt, m_serverKeys, *m_main, record);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const ApiReply replay = m_main->putJson(recordTarget(record.version), recordBody(record, QStringLiteral("uploaded")));
    QCOMPARE(replay.status, 200);
    QCOMPARE(model::canonicalJson(replay.json().value(QStringLiteral("receipt"))), model::canonicalJson(receipt));
}

void TstServerApi::recordConflicts()
{
    const SignedRecord record = finalizeRecord({});
    QCOMPARE(m_main->putJson(recordTarget(record.version), recordBody(record)).status, 201);

    // Same (device, uuid, version), other valid content: refused, the first one stays.
    QString otherKey;
    SignedRecord changed = record;
    changed.version = resigned(record.version, [](QJsonObject &envelope) {
        envelope.insert(QStringLiteral("finalizedAt"), QStringLiteral("2024-05-15T00:00:00.000Z"));
    }, &otherKey);
    QJsonObject body = recordBody(changed);
    body.insert(QStringLiteral("vaultKeyId"), otherKey);
    const QString mainKey = m_main->vaultKeyId;
    m_main->vaultKeyId = otherKey;
    const ApiReply conflict = m_main->putJson(recordTarget(record.version), body);
    m_main->vaultKeyId = mainKey;
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), QStringLiteral("record_version_conflict"));
    QCOMPARE(conflict.error().value(QStringLiteral("storedContentHash")).toString(), record.version.contentHash);

    // The same uuid from another device, and this vault's key from another device.
    auto other = enrolledClient();
    QVERIFY(other);
    other->vaultKeyId = mainKey;
    const ApiReply uuidConflict = other->putJson(recordTarget(record.version), recordBody(record));
    QCOMPARE(uuidConflict.status, 409);
    QCOMPARE(uuidConflict.errorCode(), QStringLiteral("record_uuid_conflict"));
    const SignedRecord fresh = finalizeRecord({});
    const ApiReply elsewhere = other->putJson(recordTarget(fresh.version), recordBody(fresh));
    QCOMPARE(elsewhere.status, 409);
    QCOMPARE(elsewhere.errorCode(), QStringLiteral("vault_key_bound_elsewhere"));
    QCOMPARE(other->get(recordTarget(fresh.version, "/receipt")).status, 404);
}

void TstServerApi::tamperedRecordSignature()
{
    SignedRecord record = finalizeRecord({});
    const store::SignedVersion good = record.version;
    record.version.signature[10] = char(record.version.signature[10] ^ 0x40);
    const ApiReply refused = m_main->putJson(recordTarget(good), recordBody(record));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("record_signature_invalid"));
    const ApiReply absent = m_main->get(recordTarget(good, "/receipt"));
    QCOMPARE(absent.status, 404);
    QCOMPARE(absent.errorCode(), QStringLiteral("record_not_found"));
    record.version = good;
    QCOMPARE(m_main->putJson(recordTarget(good), recordBody(record)).status, 201);
}

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

QTEST_GUILESS_MAIN(TstServerApi)
