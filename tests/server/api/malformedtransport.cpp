// The malformed-input table for chunks (U4), enrolments (E1) and HTTP framing: each row is
// refused with its documented status and error code; the upload offset stays put and the
// enrolment code stays unused.
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

} // namespace

void TstServerApi::malformedChunk_data()
{
    QTest::addColumn<QByteArray>("uploadId");
    QTest::addColumn<QByteArray>("offset");
    QTest::addColumn<QByteArray>("chunk");
    QTest::addColumn<QByteArray>("checksum"); // Upload-Checksum; empty: the chunk's
    QTest::addColumn<QByteArray>("digest");   // Content-Digest; empty: the chunk's
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    // An upload of 100,000 bytes, 50,000 of them already sent: every row leaves it at 50,000.
    const SignedRecord record = finalizeRecord({100000});
    QCOMPARE(m_main->putJson(recordTarget(record.version), recordBody(record)).status, 201);
    const model::AttachmentInfo info = record.attachments.value(0);
    const ApiReply created = m_main->postJson(
        "/v1/uploads", {{QStringLiteral("recordUuid"), protocol::uuidText(record.version.uuid)},
                        {QStringLiteral("attachmentId"), protocol::uuidText(info.id)},
                        {QStringLiteral("sha256"), info.sha256},
                        {QStringLiteral("length"), info.size}});
    QCOMPARE(created.status, 201);
    const QByteArray id = created.json().value(QStringLiteral("uploadId")).toString().toLatin1();
    const QByteArray bytes = record.originals.value(info.id);
    QCOMPARE(m_main->patchChunk(id, 0, bytes.left(50000)).status, 200);
    const QByteArray next = bytes.mid(50000, 10000);
    const QByteArray other = QByteArray(10000, 'z');
    const QByteArray otherSum = "sha256 " + protocol::sha256(other).toBase64();
    const QByteArray ok = "application/offset+octet-stream";
    const QByteArray none;

    QTest::newRow("negative offset") << id << QByteArray("-1") << next << none << none << ok << 400 << "header_invalid";
    QTest::newRow("offset not decimal") << id << QByteArray("5e4") << next << none << none << ok << 400
                                        << "header_invalid";
    QTest::newRow("overlapping offset") << id << QByteArray("0") << next << none << none << ok << 409
                                        << "upload_offset_mismatch";
    QTest::newRow("offset ahead") << id << QByteArray("60000") << next << none << none << ok << 409
                                  << "upload_offset_mismatch";
    QTest::newRow("beyond the length") << id << QByteArray("50000") << bytes.mid(50000) + QByteArray(1, 'x') << none
                                       << none << ok << 422 << "upload_exceeds_length";
    QTest::newRow("chunk over maxChunk") << id << QByteArray("50000") << QByteArray(8 * 1024 * 1024 + 1, 'x') << none
                                         << none << ok << 413 << "chunk_too_large";
    QTest::newRow("wrong checksum") << id << QByteArray("50000") << next << otherSum << protocol::contentDigest(other)
                                    << ok << 422 << "chunk_checksum_mismatch";
    QTest::newRow("checksum and digest disagree") << id << QByteArray("50000") << next << otherSum << none << ok << 400
                                                  << "header_invalid";
    QTest::newRow("checksum not sha256") << id << QByteArray("50000") << next << QByteArray("md5 AAAA") << none << ok
                                         << 400 << "header_invalid";
    QTest::newRow("JSON content type") << id << QByteArray("50000") << next << none << none
                                       << QByteArray("application/json") << 415 << "unsupported_media_type";
    QTest::newRow("unknown upload") << QByteArray("up_AAAAAAAAAAAAAAAAAAAAAA") << QByteArray("50000") << next << none
                                    << none << ok << 404 << "upload_not_found";
}

void TstServerApi::malformedChunk()
{
    QFETCH(QByteArray, uploadId);
    QFETCH(QByteArray, offset);
    QFETCH(QByteArray, chunk);
    QFETCH(QByteArray, checksum);
    QFETCH(QByteArray, digest);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    RequestOptions options;
    options.contentType = contentType;
    options.uploadOffset = offset;
    options.extraHeaders.append(
        {"Upload-Checksum", checksum.isEmpty() ? "sha256 " + protocol::sha256(chunk).toBase64() : checksum});
    if (!digest.isEmpty())
        options.contentDigest = digest;
    const ApiReply reply = m_main->send("PATCH", "/v1/uploads/" + uploadId, chunk, options);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    if (status == 409)
        QCOMPARE(reply.error().value(QStringLiteral("offset")).toInteger(), 50000);
    // The offset did not move.
    if (status != 404) {
        const ApiReply head = m_main->send("HEAD", "/v1/uploads/" + uploadId);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Upload-Offset"), QByteArray("50000"));
    }
}

void TstServerApi::malformedEnrolment_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    // One code for every row: none of the refused rows uses it up, so the last row enrols.
    const QString code = m_server.issueCode();
    SecureBuffer secret(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("saisie-enrolment-request/1")},
                              {QStringLiteral("server"), m_server.publicUrl()},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("devicePublicKey"), protocol::toBase64(publicKey)},
                              {QStringLiteral("requestedAt"), QStringLiteral("2024-05-14T07:00:01+02:00")}};
    const auto signedBy = [&](const QJsonObject &p) { return protocol::signObject(p, secret, publicKey)->toJson(); };
    const auto changed = [&](const QString &key, const QJsonValue &value) {
        QJsonObject p = payload;
        p.insert(key, value);
        return json(signedBy(p));
    };
    const QByteArray ct = "application/json";
    QTest::newRow("bad JSON") << QByteArray("{\"payload\"") << ct << 400 << "json_invalid";
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + json(signedBy(payload)) << ct << 400 << "json_invalid";
    QTest::newRow("trailing bytes") << json(signedBy(payload)) + "{}" << ct << 400 << "json_invalid";
    QTest::newRow("duplicate key") << QByteArray("{\"keyId\":\"a\",\"keyId\":\"b\"}") << ct << 400
                                   << "json_duplicate_key";
    QJsonObject extra = signedBy(payload);
    extra.insert(QStringLiteral("note"), QStringLiteral("x"));
    QTest::newRow("unknown member") << json(extra) << ct << 400 << "unknown_field";
    QTest::newRow("unknown payload member") << changed(QStringLiteral("nickname"), QStringLiteral("x")) << ct << 400
                                            << "unknown_field";
    QTest::newRow("wrong type") << changed(QStringLiteral("code"), 42) << ct << 400 << "field_invalid";
    QTest::newRow("wrong format") << changed(QStringLiteral("format"), QStringLiteral("saisie-enrolment-request/2"))
                                  << ct << 400 << "field_invalid";
    QTest::newRow("another server") << changed(QStringLiteral("server"), QStringLiteral("https://evil.example")) << ct
                                    << 400 << "field_invalid";
    QJsonObject forged = signedBy(payload);
    SecureBuffer otherSecret(crypto_sign_SECRETKEYBYTES);
    QByteArray otherPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(otherPublic.data()), otherSecret.data());
    forged.insert(QStringLiteral("signature"),
                  protocol::toBase64(protocol::signDetached(QJsonDocument(payload).toJson(), otherSecret)));
    QTest::newRow("proof by another key") << json(forged) << ct << 400 << "enrolment_proof_invalid";
    QTest::newRow("text content type") << json(signedBy(payload)) << QByteArray("text/plain") << 415
                                       << "unsupported_media_type";
    QTest::newRow("valid, code still unused") << json(signedBy(payload)) << QByteArray("application/json; charset=utf-8")
                                              << 201 << QString();
}

void TstServerApi::malformedEnrolment()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto client = newClient();
    RequestOptions options;
    options.sign = false;
    options.contentType = contentType;
    const ApiReply reply = client->send("POST", "/v1/enrolments", body, options);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
}

void TstServerApi::malformedFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray host = "Host: " + m_main->authority() + "\r\n";
    const auto signedGet = [&](const QByteArray &target, const QByteArray &extra = {}) {
        return "GET " + target + " HTTP/1.1\r\n" + host + "Saisie-Protocol: 1\r\n" +
               m_main->authLines("GET", target, {}) + extra + "\r\n";
    };
    const QByteArray body = "{\"recordUuid\":\"x\"}";
    QTest::newRow("POST without Content-Length")
        << "POST /v1/uploads HTTP/1.1\r\n" + host + "Saisie-Protocol: 1\r\nContent-Type: application/json\r\n" +
               m_main->authLines("POST", "/v1/uploads", {}, "application/json") + "\r\n"
        << 411 << "length_required";
    QTest::newRow("chunked body")
        << "POST /v1/uploads HTTP/1.1\r\n" + host +
               "Saisie-Protocol: 1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n" +
               m_main->authLines("POST", "/v1/uploads", body, "application/json") + "\r\n" +
               QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n"
        << 411 << "length_required";
    QByteArray many;
    for (int i = 0; i < 70; ++i)
        many += "X-Pad-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("65 header fields or more") << signedGet("/v1/device", many) << 431 << "headers_too_large";
    QByteArray big;
    for (int i = 0; i < 3; ++i)
        big += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(6000, 'b') + "\r\n";
    QTest::newRow("header section over 16 KiB") << signedGet("/v1/device", big) << 431 << "headers_too_large";
    // Debian's libcpp-httplib refuses one line over its compiled-in 8 KiB before we see it.
    QTest::newRow("one field over 8 KiB") << signedGet("/v1/device", "X-Huge: " + QByteArray(9000, 'h') + "\r\n")
                                          << 400 << "header_invalid";
    QTest::newRow("target over 2 KiB") << signedGet("/v1/device?pad=" + QByteArray(2100, 'p')) << 414 << "uri_too_long";
    QTest::newRow("target over 8 KiB") << signedGet("/v1/device?pad=" + QByteArray(9000, 'p')) << 414
                                       << "uri_too_long";
    QTest::newRow("percent-encoded path") << signedGet("/v1/devic%65") << 404 << "not_found";
    QTest::newRow("no protocol header")
        << "GET /v1/device HTTP/1.1\r\n" + host + m_main->authLines("GET", "/v1/device", {}) + "\r\n" << 400
        << "protocol_mismatch";
    QTest::newRow("protocol 2") << signedGet("/v1/device", "Saisie-Protocol: 2\r\n") << 400 << "protocol_mismatch";
    QTest::newRow("unknown method") << "BREW /v1/device HTTP/1.1\r\n" + host + "\r\n" << 400 << "header_invalid";
    QTest::newRow("encoded body")
        << "POST /v1/uploads HTTP/1.1\r\n" + host +
               "Saisie-Protocol: 1\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n" +
               m_main->authLines("POST", "/v1/uploads", body, "application/json") + "\r\n" + body
        << 415 << "unsupported_media_type";
    QTest::newRow("two Content-Length")
        << "POST /v1/uploads HTTP/1.1\r\n" + host +
               "Saisie-Protocol: 1\r\nContent-Type: application/json\r\nContent-Length: 18\r\nContent-Length: 18\r\n" +
               m_main->authLines("POST", "/v1/uploads", body, "application/json") + "\r\n" + body
        << 400 << "header_invalid";
}

void TstServerApi::malformedFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiReply reply = m_main->raw(request);
    QVERIFY2(reply.networkError.isEmpty(), qPrintable(reply.networkError));
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.header("Saisie-Protocol"), QByteArray("1"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
}
