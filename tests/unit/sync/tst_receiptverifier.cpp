// §13.4 steps 1-4: a receipt signed by a test server key is accepted only when it is signed by a
// trusted key, canonical, for this device and vault, for this exact signed version, and names
// exactly the attachments the signed local payload names.
#include "model/canonicaljson.h"
#include "sync/receiptverifier.h"
#include "synctesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace saisie;
using namespace saisie::sync;

namespace {
const QString kDevice = QStringLiteral("d7c1a0e2-5b3f-4c8e-9a61-2f0b7e4d9c35");
const QString kVaultKey = QString(64, QLatin1Char('b'));
const QString kUuid = QStringLiteral("0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b");
const QString kPhotoA = QStringLiteral("4c2a9e71-0d5b-4f3a-8e21-7b6c5d4e3f21");
const QString kPhotoB = QStringLiteral("1a2a9e71-0d5b-4f3a-8e21-7b6c5d4e3f21");
} // namespace

class TestReceiptVerifier : public QObject
{
    Q_OBJECT
    testing::ServerKey server;
    store::SignedVersion local;

    static QJsonObject attachment(const QString &id, char hash, qint64 size)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("sha256"), QString(64, QLatin1Char(hash))},
                {QStringLiteral("size"), size}};
    }

    QJsonObject goodPayload() const
    {
        // Sorted by id, as the server sends them.
        return {{QStringLiteral("format"), QStringLiteral("saisie-receipt/1")},
                {QStringLiteral("deviceId"), kDevice},
                {QStringLiteral("vaultKeyId"), kVaultKey},
                {QStringLiteral("recordUuid"), kUuid},
                {QStringLiteral("version"), 1},
                {QStringLiteral("contentHash"), local.contentHash},
                {QStringLiteral("attachments"), QJsonArray{attachment(kPhotoB, 'e', 10), attachment(kPhotoA, 'a', 3145728)}},
                {QStringLiteral("recordReceivedAt"), QStringLiteral("2024-05-14T05:00:16.870Z")},
                {QStringLiteral("completedAt"), QStringLiteral("2024-05-14T05:00:21.402Z")},
                {QStringLiteral("nationalCaseNumber"), QStringLiteral("NL-2024-004711")}};
    }

    QJsonValue sign(const QJsonObject &payload, const testing::ServerKey &key) const
    {
        auto object = protocol::signObject(payload, key.secret, key.publicKey);
        return object ? QJsonValue(object->toJson()) : QJsonValue();
    }

    ReceiptExpectation expectation() const
    {
        return {{{server.keyId(), server.publicKey}}, kDevice, kVaultKey, local};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The local signed version: its payload names two attachments (order as captured).
        QJsonObject a = attachment(kPhotoA, 'a', 3145728);
        a.insert(QStringLiteral("mimeType"), QStringLiteral("image/jpeg"));
        QJsonObject b = attachment(kPhotoB, 'e', 10);
        b.insert(QStringLiteral("mimeType"), QStringLiteral("application/pdf"));
        const QJsonObject envelope{{QStringLiteral("format"), QStringLiteral("saisie-record/1")},
                                   {QStringLiteral("record"), QJsonObject{{QStringLiteral("uuid"), kUuid},
                                                                          {QStringLiteral("version"), 1},
                                                                          {QStringLiteral("attachments"), QJsonArray{a, b}}}}};
        local.uuid = QUuid::fromString(kUuid);
        local.version = 1;
        local.payload = model::canonicalJson(envelope);
        local.contentHash = protocol::sha256Hex(local.payload);
        local.signature = QByteArray(64, 's');
    }

    void goodReceiptAccepted()
    {
        const QJsonValue receipt = sign(goodPayload(), server);
        auto verified = verifyReceipt(receipt, expectation());
        QVERIFY2(verified, qPrintable(verified.ok() ? QString() : verified.error().message));
        QCOMPARE(verified->nationalCaseNumber, QStringLiteral("NL-2024-004711"));
        QCOMPARE(verified->payloadHash.size(), 64);
        auto facts = signedAttachments(local.payload);
        QVERIFY(facts);
        QCOMPARE(facts->size(), 2);
        QCOMPARE(facts->first().mimeType, QStringLiteral("application/pdf")); // sorted by id
    }

    void badReceiptsRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong device") << "deviceId" << "receipt_mismatch";
        QTest::newRow("wrong vault key") << "vaultKeyId" << "receipt_mismatch";
        QTest::newRow("wrong record") << "recordUuid" << "receipt_mismatch";
        QTest::newRow("wrong version") << "version" << "receipt_mismatch";
        QTest::newRow("wrong hash") << "contentHash" << "receipt_mismatch";
        QTest::newRow("missing attachment") << "missing" << "receipt_mismatch";
        QTest::newRow("extra attachment") << "extra" << "receipt_mismatch";
        QTest::newRow("attachment hash") << "attHash" << "receipt_mismatch";
        QTest::newRow("attachment size") << "attSize" << "receipt_mismatch";
        QTest::newRow("duplicate attachment") << "dup" << "receipt_mismatch";
        QTest::newRow("no attachment list") << "noList" << "receipt_mismatch";
        QTest::newRow("other format") << "format" << "format_mismatch";
        QTest::newRow("untrusted key") << "untrusted" << "untrusted_key";
        QTest::newRow("bad signature") << "tampered" << "signature_invalid";
        QTest::newRow("non-canonical payload") << "noncanonical" << "payload_not_canonical";
        QTest::newRow("not a signed object") << "shape" << "receipt_invalid";
    }
    void badReceiptsRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, code);
        QJsonObject p = goodPayload();
        testing::ServerKey other;
        QJsonValue receipt;
        QJsonArray atts = p.value(QStringLiteral("attachments")).toArray();
        if (edit == QLatin1String("deviceId"))
            p[edit] = QStringLiteral("e7c1a0e2-5b3f-4c8e-9a61-2f0b7e4d9c35");
        else if (edit == QLatin1String("vaultKeyId"))
            p[edit] = QString(64, QLatin1Char('c'));
        else if (edit == QLatin1String("recordUuid"))
            p[edit] = QStringLiteral("1b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b");
        else if (edit == QLatin1String("version"))
            p[edit] = 2;
        else if (edit == QLatin1String("contentHash"))
            p[edit] = QString(64, QLatin1Char('0'));
        else if (edit == QLatin1String("missing"))
            atts.removeLast();
        else if (edit == QLatin1String("extra"))
            atts.append(attachment(QStringLiteral("9c2a9e71-0d5b-4f3a-8e21-7b6c5d4e3f21"), 'f', 1));
        else if (edit == QLatin1String("attHash"))
            atts[1] = attachment(kPhotoA, 'f', 3145728);
        else if (edit == QLatin1String("attSize"))
            atts[1] = attachment(kPhotoA, 'a', 3145729);
        else if (edit == QLatin1String("dup"))
            atts.append(atts.at(1));
        else if (edit == QLatin1String("noList"))
            p.remove(QStringLiteral("attachments"));
        else if (edit == QLatin1String("format"))
            p[QStringLiteral("format")] = QStringLiteral("saisie-receipt/2");
        if (edit != QLatin1String("noList"))
            p[QStringLiteral("attachments")] = atts;
        receipt = sign(p, edit == QLatin1String("untrusted") ? other : server);
        if (edit == QLatin1String("tampered")) {
            QJsonObject o = receipt.toObject();
            QByteArray payload = *protocol::decodeBase64Strict(o.value(QStringLiteral("payload")).toString().toLatin1());
            payload.replace("NL-2024-004711", "NL-2024-004712");
            o[QStringLiteral("payload")] = protocol::toBase64(payload);
            receipt = o;
        } else if (edit == QLatin1String("noncanonical")) {
            // Correctly signed, but the signed bytes are not canonical JSON (extra whitespace).
            const QByteArray bytes = " " + model::canonicalJson(p);
            protocol::SignedObject object{bytes, server.keyId(), protocol::signDetached(bytes, server.secret)};
            receipt = object.toJson();
        } else if (edit == QLatin1String("shape")) {
            receipt = QJsonObject{{QStringLiteral("payload"), QStringLiteral("!!")}};
        }
        auto verified = verifyReceipt(receipt, expectation());
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, code);
        QVERIFY(!verified.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReceiptVerifier)
#include "tst_receiptverifier.moc"
