// Enrolment QR payload checks (protocol.md §7.2) and the device file (device.json): every bad
// payload is refused with a clear error; a good one is accepted; the file round-trips and a
// damaged one is refused rather than guessed at.
#include "sync/deviceidentity.h"
#include "sync/enrolmentqr.h"
#include "synctesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace saisie;
using namespace saisie::sync;

class TestDeviceIdentity : public QObject
{
    Q_OBJECT
    testing::TestPki pki;
    QList<QSslCertificate> national;
    QString caFingerprint;

    QJsonObject goodQr() const
    {
        const QString pin1 = protocol::toBase64(QByteArray(32, 'a'));
        const QString pin2 = protocol::toBase64(QByteArray(32, 'b'));
        return {{QStringLiteral("saisie"), QStringLiteral("enrol/1")},
                {QStringLiteral("url"), QStringLiteral("https://Sync.Douane.Example:8443")},
                {QStringLiteral("code"), QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C")},
                {QStringLiteral("sk"), QString(64, QLatin1Char('5'))},
                {QStringLiteral("pins"), QJsonArray{pin1, pin2}},
                {QStringLiteral("ca"), QJsonArray{caFingerprint}},
                {QStringLiteral("exp"), QStringLiteral("2099-05-15T06:00:00.000Z")}};
    }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(pki.make(&error), qPrintable(error));
        auto cas = parseNationalCas(pki.read(QStringLiteral("ca.pem")));
        QVERIFY(cas);
        national = *cas;
        caFingerprint = certificateFingerprint(national.first());
    }

    void goodPayloadAccepted()
    {
        auto qr = parseEnrolmentQr(bytes(goodQr()), national);
        QVERIFY2(qr, qPrintable(qr.ok() ? QString() : qr.error().message));
        QCOMPARE(qr->origin, QStringLiteral("https://sync.douane.example:8443"));
        QCOMPARE(qr->pins.size(), 2);
        QCOMPARE(qr->code, QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C"));
        // Port 443 is not spelled out: one origin, one spelling.
        QJsonObject o = goodQr();
        o[QStringLiteral("url")] = QStringLiteral("https://sync.douane.example:443");
        QCOMPARE(parseEnrolmentQr(bytes(o), national)->origin, QStringLiteral("https://sync.douane.example"));
        // No exp is fine (it only serves an offline "expired" message).
        o.remove(QStringLiteral("exp"));
        QVERIFY(parseEnrolmentQr(bytes(o), national));
    }

    void manualEntryTemplate()
    {
        QJsonObject tpl = goodQr();
        tpl.remove(QStringLiteral("code"));
        auto qr = parseEnrolmentQr(bytes(tpl), national, QStringLiteral("7k3m q9xd 2f8r wt4b hn6c"));
        QVERIFY(qr);
        QCOMPARE(qr->code, QStringLiteral("7k3m q9xd 2f8r wt4b hn6c")); // sent as typed (§7.3)
        QCOMPARE(parseEnrolmentQr(bytes(tpl), national).error().code, QStringLiteral("code_invalid"));
        QCOMPARE(parseEnrolmentQr(bytes(tpl), national, QStringLiteral("7K3M")).error().code, QStringLiteral("code_invalid"));
        // A QR with a code and a typed code: ambiguous, refused.
        QCOMPARE(parseEnrolmentQr(bytes(goodQr()), national, QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C")).error().code,
                 QStringLiteral("code_invalid"));
    }

    void badPayloadsRefused_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("code");
        for (const char *row : {"unknown member", "wrong saisie", "http url", "url with path", "url with slash",
                                "url with query", "url with user", "url with fragment", "url not text", "one pin",
                                "nine pins", "pin not base64", "pin wrong length", "pin repeated", "pins not list",
                                "sk short", "sk upper", "ca empty", "ca upper hex", "bad code", "expired",
                                "exp garbage", "not json", "duplicate key", "array top", "too long"})
            QTest::newRow(row) << QString::fromLatin1(row) << QString();
        QTest::newRow("foreign ca") << QStringLiteral("foreign ca") << QStringLiteral("ca_unknown");
    }
    void badPayloadsRefused()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, code);
        QJsonObject o = goodQr();
        const QString pin = protocol::toBase64(QByteArray(32, 'c'));
        QByteArray raw;
        const QHash<QString, std::function<void()>> edits{
            {QStringLiteral("unknown member"), [&] { o[QStringLiteral("extra")] = 1; }},
            {QStringLiteral("wrong saisie"), [&] { o[QStringLiteral("saisie")] = QStringLiteral("enrol/2"); }},
            {QStringLiteral("http url"), [&] { o[QStringLiteral("url")] = QStringLiteral("http://sync.douane.example"); }},
            {QStringLiteral("url with path"), [&] { o[QStringLiteral("url")] = QStringLiteral("https://sync.douane.example/v1"); }},
            {QStringLiteral("url with slash"), [&] { o[QStringLiteral("url")] = QStringLiteral("https://sync.douane.example/"); }},
            {QStringLiteral("url with query"), [&] { o[QStringLiteral("url")] = QStringLiteral("https://sync.douane.example?a=1"); }},
            {QStringLiteral("url with user"), [&] { o[QStringLiteral("url")] = QStringLiteral("https://u:p@sync.douane.example"); }},
            {QStringLiteral("url with fragment"), [&] { o[QStringLiteral("url")] = QStringLiteral("https://sync.douane.example#x"); }},
            {QStringLiteral("url not text"), [&] { o[QStringLiteral("url")] = 5; }},
            {QStringLiteral("one pin"), [&] { o[QStringLiteral("pins")] = QJsonArray{pin}; }},
            {QStringLiteral("nine pins"), [&] {
                 QJsonArray pins;
                 for (char c = 'a'; c < 'a' + 9; ++c)
                     pins.append(protocol::toBase64(QByteArray(32, c)));
                 o[QStringLiteral("pins")] = pins;
             }},
            {QStringLiteral("pin not base64"), [&] { o[QStringLiteral("pins")] = QJsonArray{pin, QStringLiteral("not base64!")}; }},
            {QStringLiteral("pin wrong length"), [&] { o[QStringLiteral("pins")] = QJsonArray{pin, protocol::toBase64(QByteArray(31, 'x'))}; }},
            {QStringLiteral("pin repeated"), [&] { o[QStringLiteral("pins")] = QJsonArray{pin, pin}; }},
            {QStringLiteral("pins not list"), [&] { o[QStringLiteral("pins")] = pin; }},
            {QStringLiteral("sk short"), [&] { o[QStringLiteral("sk")] = QString(63, QLatin1Char('5')); }},
            {QStringLiteral("sk upper"), [&] { o[QStringLiteral("sk")] = QString(64, QLatin1Char('A')); }},
            {QStringLiteral("ca empty"), [&] { o[QStringLiteral("ca")] = QJsonArray{}; }},
            {QStringLiteral("ca upper hex"), [&] { o[QStringLiteral("ca")] = QJsonArray{caFingerprint.toUpper()}; }},
            {QStringLiteral("foreign ca"), [&] { o[QStringLiteral("ca")] = QJsonArray{caFingerprint, QString(64, QLatin1Char('c'))}; }},
            {QStringLiteral("bad code"), [&] { o[QStringLiteral("code")] = QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6U"); }},
            {QStringLiteral("expired"), [&] { o[QStringLiteral("exp")] = QStringLiteral("2020-01-01T00:00:00.000Z"); }},
            {QStringLiteral("exp garbage"), [&] { o[QStringLiteral("exp")] = QStringLiteral("tomorrow"); }},
            {QStringLiteral("not json"), [&] { raw = "saisie:enrol/1"; }},
            {QStringLiteral("duplicate key"), [&] { raw = bytes(o); raw.insert(1, "\"sk\":\"x\","); }},
            {QStringLiteral("array top"), [&] { raw = "[1,2]"; }},
            {QStringLiteral("too long"), [&] { o[QStringLiteral("code")] = QString(1100, QLatin1Char('7')); }},
        };
        QVERIFY(edits.contains(mutation));
        edits.value(mutation)();
        if (raw.isEmpty())
            raw = bytes(o);
        auto qr = parseEnrolmentQr(raw, national);
        QVERIFY2(!qr, qPrintable(mutation));
        QVERIFY(!qr.error().message.isEmpty());
        if (!code.isEmpty())
            QCOMPARE(qr.error().code, code);
        if (mutation == QLatin1String("expired"))
            QCOMPARE(qr.error().code, QStringLiteral("code_expired"));
    }

    void nationalCaFileChecked()
    {
        QVERIFY(!parseNationalCas(QByteArray()));
        QVERIFY(!parseNationalCas("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
    }

    void deviceFileRoundTrip()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("device"));
        QCOMPARE(DeviceIdentity::load(dir).error().code, QStringLiteral("not_enrolled"));
        DeviceIdentity id;
        id.deviceId = QStringLiteral("d7c1a0e2-5b3f-4c8e-9a61-2f0b7e4d9c35");
        id.origin = QStringLiteral("https://localhost:8443");
        testing::ServerKey deviceKey; // any Ed25519 pair
        id.deviceSecret = SecureBuffer::copyOf(deviceKey.secret.data(), deviceKey.secret.size());
        id.devicePublicKey = deviceKey.publicKey;
        id.pins = {protocol::toBase64(QByteArray(32, 'a')), protocol::toBase64(QByteArray(32, 'b'))};
        id.caPems = {national.first().toPem()};
        testing::ServerKey server;
        id.serverKeys.insert(server.keyId(), TrustedServerKey{server.publicKey, true});
        id.configSerial = 3;
        auto signedConfig = protocol::signObject({{QStringLiteral("format"), QStringLiteral("saisie-config/1")}},
                                                 server.secret, server.publicKey);
        QVERIFY(signedConfig);
        id.config = *signedConfig;
        id.enrolment = *signedConfig;
        QVERIFY(id.save(dir));
        QCOMPARE(QFile::permissions(DeviceIdentity::pathIn(dir)) & 0x0077, QFileDevice::Permissions());

        auto loaded = DeviceIdentity::load(dir);
        QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded->deviceId, id.deviceId);
        QCOMPARE(loaded->deviceKeyId(), id.deviceKeyId());
        QVERIFY(loaded->deviceSecret.equals(id.deviceSecret));
        QCOMPARE(loaded->currentServerKeys().value(server.keyId()), server.publicKey);
        QCOMPARE(loaded->nationalCas().size(), 1);
        QCOMPARE(loaded->configSerial, 3);

        // A damaged file is refused, never half-read.
        QFile f(DeviceIdentity::pathIn(dir));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const QByteArray goodText = text;
        text.replace(id.deviceId.toLatin1(), "not-a-uuid");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QCOMPARE(DeviceIdentity::load(dir).error().code, QStringLiteral("device_file"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(goodText.left(goodText.size() / 2));
        f.close();
        QCOMPARE(DeviceIdentity::load(dir).error().code, QStringLiteral("device_file"));

        QVERIFY(DeviceIdentity::shred(dir));
        QVERIFY(!DeviceIdentity::existsIn(dir));
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
