// The malformed-input table for record and upload bodies (R1, U1): each row is refused with its
// documented status and error code, and a follow-up shows nothing changed (no record stored;
// the upload is created only by the last, valid row).
#include "serverapitest.h"
#include "testsupport.h"

#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <sodium.h>

using namespace saisie;
using namespace saisie::testing;

namespace {

QByteArray json(const QJsonObject &object) { return model::canonicalJson(object); }

QByteArray deepJson(int depth)
{
    return "{\"payload\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}

QJsonObject withPayload(QJsonObject body, const QByteArray &payload)
{
    body.insert(QStringLiteral("payload"), protocol::toBase64(payload));
    body.insert(QStringLiteral("contentHash"), protocol::sha256Hex(payload));
    return body;
}

} // namespace

void TstServerApi::malformedRecordUpload_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("vaultKey"); // Saisie-Vault-Key; empty: the vault's own
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const SignedRecord record = finalizeRecord({});
    const SignedRecord withFile = finalizeRecord({1000});
    const QByteArray target = recordTarget(record.version);
    const QByteArray fileTarget = recordTarget(withFile.version);
    const QJsonObject good = recordBody(record);
    const QByteArray ct = "application/json";
    const QString main;

    QTest::newRow("bad JSON") << target << QByteArray("{\"payload\":") << ct << main << 400 << "json_invalid";
    QTest::newRow("top level array") << target << QByteArray("[]") << ct << main << 400 << "json_invalid";
    QTest::newRow("duplicate key") << target << QByteArray("{\"payload\":\"\",\"payload\":\"\"}") << ct << main << 400
                                   << "json_duplicate_key";
    QTest::newRow("too deep") << target << deepJson(40) << ct << main << 400 << "json_too_deep";
    QJsonObject unknown = good;
    unknown.insert(QStringLiteral("priority"), 1);
    QTest::newRow("unknown member") << target << json(unknown) << ct << main << 400 << "unknown_field";
    QJsonObject wrongType = good;
    wrongType.insert(QStringLiteral("contentHash"), 5);
    QTest::newRow("wrong type") << target << json(wrongType) << ct << main << 400 << "field_invalid";
    QJsonObject badBase64 = good;
    badBase64.insert(QStringLiteral("signature"), QStringLiteral("AAAA AAAA"));
    QTest::newRow("loose base64") << target << json(badBase64) << ct << main << 400 << "field_invalid";
    QJsonObject badState = good;
    badState.insert(QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}});
    QTest::newRow("attachment entry types") << target << json(badState) << ct << main << 400 << "field_invalid";
    QTest::newRow("wrong content type") << target << json(good) << QByteArray("text/plain") << main << 415
                                        << "unsupported_media_type";
    QTest::newRow("oversized body") << target << QByteArray(12 * 1024 * 1024 + 1, ' ') << ct << main << 413
                                    << "body_too_large";
    QTest::newRow("vault key header differs") << target << json(good) << ct << QString(64, QLatin1Char('a')) << 400
                                              << "field_invalid";
    QJsonObject hash = good;
    hash.insert(QStringLiteral("contentHash"), QString(64, QLatin1Char('c')));
    QTest::newRow("content hash mismatch") << target << json(hash) << ct << main << 422 << "content_hash_mismatch";
    const QByteArray pretty = QJsonDocument::fromJson(record.version.payload).toJson(QJsonDocument::Indented);
    QTest::newRow("payload not canonical") << target << json(withPayload(good, pretty)) << ct << main << 422
                                           << "payload_not_canonical";
    QJsonObject envelope = QJsonDocument::fromJson(record.version.payload).object();
    envelope.insert(QStringLiteral("format"), QStringLiteral("saisie-record/2"));
    QTest::newRow("unsupported format") << target << json(withPayload(good, model::canonicalJson(envelope))) << ct
                                        << main << 422 << "unsupported_record_format";
    QString otherKey;
    const store::SignedVersion foreign = resigned(record.version, [](QJsonObject &) {}, &otherKey);
    QJsonObject foreignBody = withPayload(good, foreign.payload);
    foreignBody.insert(QStringLiteral("signature"), protocol::toBase64(foreign.signature));
    QTest::newRow("signer is not the vault key") << target << json(foreignBody) << ct << main << 422
                                                 << "record_signature_invalid";
    const QByteArray elsewhere = "/v1/records/" + protocol::uuidText(QUuid::createUuid()).toLatin1() + "/versions/1";
    QTest::newRow("path names another record") << elsewhere << json(good) << ct << main << 422
                                                << "record_identity_mismatch";
    QTest::newRow("path names another version") << QByteArray(target).replace("/versions/1", "/versions/2")
                                                << json(good) << ct << main << 422 << "record_identity_mismatch";
    QString invalidKey;
    const store::SignedVersion invalid = resigned(record.version, [](QJsonObject &e) {
        QJsonObject r = e.value(QStringLiteral("record")).toObject();
        r.insert(QStringLiteral("colour"), QStringLiteral("red"));
        e.insert(QStringLiteral("record"), r);
    }, &invalidKey);
    QJsonObject invalidBody = withPayload(good, invalid.payload);
    invalidBody.insert(QStringLiteral("signature"), protocol::toBase64(invalid.signature));
    invalidBody.insert(QStringLiteral("vaultKeyId"), invalidKey);
    QTest::newRow("record not a stored record") << target << json(invalidBody) << ct << invalidKey << 422
                                                << "record_invalid";
    QJsonObject undeclared = recordBody(withFile);
    undeclared.insert(QStringLiteral("attachments"), QJsonArray());
    QTest::newRow("attachment not declared") << fileTarget << json(undeclared) << ct << main << 422
                                             << "attachment_declaration_mismatch";
    QJsonObject wrongHash = recordBody(withFile);
    QJsonArray entries = wrongHash.value(QStringLiteral("attachments")).toArray();
    QJsonObject entry = entries.first().toObject();
    entry.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
    entries.replace(0, entry);
    wrongHash.insert(QStringLiteral("attachments"), entries);
    QTest::newRow("attachment declared with another hash") << fileTarget << json(wrongHash) << ct << main << 422
                                                           << "attachment_declaration_mismatch";
    QTest::newRow("declared uploaded, never sent") << fileTarget << json(recordBody(withFile, QStringLiteral("uploaded")))
                                                   << ct << main << 409 << "attachment_not_uploaded";
}

void TstServerApi::malformedRecordUpload()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, vaultKey);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString own = m_main->vaultKeyId;
    if (!vaultKey.isEmpty())
        m_main->vaultKeyId = vaultKey;
    RequestOptions options;
    options.contentType = contentType;
    const ApiReply reply = m_main->send("PUT", target, body, options);
    m_main->vaultKeyId = own;
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    // Nothing stored under the path asked for.
    const ApiReply after = m_main->get(target + "/receipt");
    QCOMPARE(after.status, 404);
    QCOMPARE(after.errorCode(), QStringLiteral("record_not_found"));
}

void TstServerApi::malformedUploadCreate_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    // A delivered record with one attachment not uploaded yet; the last row creates its upload,
    // which shows that none of the refused rows did.
    const SignedRecord record = finalizeRecord({5000});
    QCOMPARE(m_main->putJson(recordTarget(record.version), recordBody(record)).status, 201);
    const model::AttachmentInfo info = record.attachments.value(0);
    const QJsonObject good{{QStringLiteral("recordUuid"), protocol::uuidText(record.version.uuid)},
                           {QStringLiteral("attachmentId"), protocol::uuidText(info.id)},
                           {QStringLiteral("sha256"), info.sha256},
                           {QStringLiteral("length"), info.size},
                           {QStringLiteral("mimeType"), info.mimeType}};
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject changed = good;
        changed.insert(key, value);
        return json(changed);
    };
    QTest::newRow("bad JSON") << QByteArray("{") << 400 << "json_invalid";
    QTest::newRow("duplicate key") << QByteArray("{\"length\":1,\"length\":2}") << 400 << "json_duplicate_key";
    QTest::newRow("unknown member") << with(QStringLiteral("resume"), true) << 400 << "unknown_field";
    QTest::newRow("length as text") << with(QStringLiteral("length"), QStringLiteral("5000")) << 400 << "field_invalid";
    QTest::newRow("negative length") << with(QStringLiteral("length"), -1) << 400 << "field_invalid";
    QTest::newRow("fractional length") << with(QStringLiteral("length"), 4999.5) << 400 << "field_invalid";
    QTest::newRow("upper-case uuid") << with(QStringLiteral("attachmentId"), protocol::uuidText(info.id).toUpper())
                                     << 400 << "field_invalid";
    QTest::newRow("record not received") << with(QStringLiteral("recordUuid"), protocol::uuidText(QUuid::createUuid()))
                                         << 409 << "record_not_received";
    QTest::newRow("attachment not in record") << with(QStringLiteral("attachmentId"),
                                                      protocol::uuidText(QUuid::createUuid()))
                                              << 422 << "attachment_not_in_record";
    QTest::newRow("another hash") << with(QStringLiteral("sha256"), QString(64, QLatin1Char('e'))) << 422
                                  << "attachment_not_in_record";
    QTest::newRow("another length") << with(QStringLiteral("length"), info.size + 1) << 422
                                    << "attachment_not_in_record";
    QTest::newRow("valid, created only now") << json(good) << 201 << QString();
}

void TstServerApi::malformedUploadCreate()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    RequestOptions options;
    options.contentType = "application/json";
    const ApiReply reply = m_main->send("POST", "/v1/uploads", body, options);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
}
