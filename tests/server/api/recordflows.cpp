// Records with and without attachments, chunked uploads, receipts verified as a tablet verifies
// them (§13.4), replays, conflicts and a tampered record signature.
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
