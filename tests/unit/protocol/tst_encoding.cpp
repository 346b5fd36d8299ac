#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/requestauth.h"
#include "protocol/wireerror.h"
#include "tst_protocol.h"

#include <QSet>
#include <QTest>

using namespace saisie::protocol;

void TestEncoding::base64Strict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray("") << true;
    QTest::newRow("one byte") << QByteArray("QQ==") << true;
    QTest::newRow("two bytes") << QByteArray("QUI=") << true;
    QTest::newRow("three bytes") << QByteArray("QUJD") << true;
    QTest::newRow("plus slash") << QByteArray("+/+/") << true;
    QTest::newRow("missing padding") << QByteArray("QQ") << false;
    QTest::newRow("extra padding") << QByteArray("QUJD====") << false;
    QTest::newRow("pad in middle") << QByteArray("QQ==QUJD") << false;
    QTest::newRow("pad then data") << QByteArray("QU=D") << false;
    QTest::newRow("whitespace") << QByteArray("QU JD") << false;
    QTest::newRow("newline") << QByteArray("QUJD\n") << false;
    QTest::newRow("url alphabet") << QByteArray("-_-_") << false;
    QTest::newRow("non-zero pad bits") << QByteArray("QR==") << false;
    QTest::newRow("non-zero pad bits 2") << QByteArray("QUJ=") << false;
}

void TestEncoding::base64Strict()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const auto decoded = decodeBase64Strict(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(decoded->toBase64(), text);
}

void TestEncoding::uuidAndHex()
{
    QVERIFY(!parseUuid(QStringLiteral("0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b")).isNull());
    QVERIFY(parseUuid(QStringLiteral("0B7E5C1A-2F43-4D8E-A6B9-3C5D7E9F1A2B")).isNull()); // upper case
    QVERIFY(parseUuid(QStringLiteral("{0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b}")).isNull());
    QVERIFY(parseUuid(QStringLiteral("00000000-0000-0000-0000-000000000000")).isNull());
    QVERIFY(parseUuid(QStringLiteral("0b7e5c1a2f434d8ea6b93c5d7e9f1a2b")).isNull());
    QCOMPARE(sha256Hex(""), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(isSha256Hex(sha256Hex("x")));
    QVERIFY(!isSha256Hex(sha256Hex("x").toUpper()));
    QVERIFY(!isSha256Hex(sha256Hex("x").left(63)));
}

void TestEncoding::enrolmentCodes()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = newEnrolmentCode();
        QCOMPARE(code.size(), 24);
        QCOMPARE(code.count(QLatin1Char('-')), 4);
        const auto normal = normaliseEnrolmentCode(code);
        QVERIFY(normal.has_value());
        QCOMPARE(normal->size(), 20);
        seen.insert(*normal);
    }
    QCOMPARE(seen.size(), 200);
    // Typing leniency of §7.1: case, spaces, O/I/L look-alikes.
    QCOMPARE(normaliseEnrolmentCode(QStringLiteral("7k3m q9xd-2f8r wt4b hn6c")),
             std::optional<QString>(QStringLiteral("7K3MQ9XD2F8RWT4BHN6C")));
    QCOMPARE(normaliseEnrolmentCode(QStringLiteral("OOOO-IIII-LLLL-0000-1111")),
             std::optional<QString>(QStringLiteral("00001111111100001111")));
    QVERIFY(!normaliseEnrolmentCode(QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6")).has_value());   // short
    QVERIFY(!normaliseEnrolmentCode(QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6CC")).has_value()); // long
    QVERIFY(!normaliseEnrolmentCode(QStringLiteral("UUUU-Q9XD-2F8R-WT4B-HN6C")).has_value());  // U excluded
    QVERIFY(!normaliseEnrolmentCode(QStringLiteral("7K3M_Q9XD-2F8R-WT4B-HN6C")).has_value());
    QVERIFY(!normaliseEnrolmentCode(QStringLiteral("7K3MÉQ9XD-2F8R-WT4B-HN6C")).has_value());
}

void TestEncoding::canonicalRequestLayout()
{
    RequestToSign r;
    r.method = QStringLiteral("PUT");
    r.authority = QStringLiteral("sync.example:8443");
    r.target = "/v1/records/abc/versions/1";
    r.deviceId = QStringLiteral("dev");
    r.timestamp = QStringLiteral("1700000000");
    r.nonce = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==");
    r.contentType = QStringLiteral("application/json");
    r.bodySha256Hex = sha256Hex("{}");
    const QByteArray text = canonicalRequest(r);
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.at(0), QByteArray("saisie-request/1"));
    QCOMPARE(lines.at(3), QByteArray("/v1/records/abc/versions/1"));
    QCOMPARE(lines.at(5), QByteArray()); // not vault-scoped
    QCOMPARE(lines.at(9), QByteArray()); // no Upload-Offset
    QVERIFY(!text.endsWith('\n'));
    QCOMPARE(contentDigest(""), QByteArray("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"));
    QCOMPARE(decodeBase64Strict(newNonce().toLatin1())->size(), 16);
    QVERIFY(newNonce() != newNonce());
}

void TestEncoding::retryableStatuses()
{
    for (int status : {408, 425, 429, 500, 502, 503, 504})
        QVERIFY2(isRetryableStatus(status), qPrintable(QString::number(status)));
    for (int status : {200, 201, 400, 401, 403, 404, 409, 411, 413, 415, 422, 431})
        QVERIFY2(!isRetryableStatus(status), qPrintable(QString::number(status)));
    const QJsonObject body = errorBody(503, QStringLiteral("unavailable"), QStringLiteral("Try later."),
                                       {{QStringLiteral("limit"), 5}});
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("unavailable"));
    QCOMPARE(error.value(QStringLiteral("retryable")).toBool(), true);
    QCOMPARE(error.value(QStringLiteral("limit")).toInt(), 5);
}
