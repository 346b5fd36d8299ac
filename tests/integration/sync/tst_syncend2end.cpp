// End to end (issue 4): saisie-server serves on loopback TLS with a test PKI; saisiectl enrols the
// "tablet", five records with photos are finalized and synced; every one ends delivered with a
// receipt that verifies against the enrolled server key and the signed local version; a second
// sync after delivery sends nothing (the server is stopped by then and nothing fails).
#include "protocol/encoding.h"
#include "store/outbox.h"
#include "store/session.h"
#include "sync/deviceidentity.h"
#include "sync/receiptverifier.h"
#include "vault/profiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie;

namespace {
const QByteArray kPin = "482915";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runProcess(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromLocal8Bit(p.readAllStandardError())};
}
} // namespace

class TestSyncEnd2End : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;
    QProcess server;
    QList<QString> records;

    QString path(const QString &name) const { return tmp.filePath(name); }
    Run ctl(const QStringList &args, const QByteArray &input = {})
    {
        return runProcess(QStringLiteral(SAISIECTL_PATH), QStringList{QStringLiteral("--data-dir"), path(QStringLiteral("tablet"))} + args, input);
    }
    Run withPin(const QStringList &args, const QByteArray &more = {}) { return ctl(args, kPin + '\n' + more); }
    Run admin(const QStringList &args)
    {
        return runProcess(QStringLiteral(SAISIE_SERVER_BIN), args + QStringList{QStringLiteral("--data"), path(QStringLiteral("server"))});
    }

    QString photo(int index, int width)
    {
        // Noise compresses badly, so the JPEG spans several 1 MiB chunks for the wider images.
        QImage image(width, width * 3 / 4, QImage::Format_RGB32);
        auto *rng = QRandomGenerator::global();
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = rng->generate();
        }
        const QString file = path(QStringLiteral("photo%1.jpg").arg(index));
        return image.save(file, "JPEG", 95) ? file : QString();
    }

    QByteArray quickDocument() const
    {
        QFile f(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/quick-seizure.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        doc.remove(QStringLiteral("uuid")); // a new record each time
        return QJsonDocument(doc).toJson();
    }

    QString serverLog() const
    {
        QFile f(path(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        const Run pki = runProcess(QStringLiteral("bash"), {QStringLiteral(SAISIE_MAKE_TEST_PKI), path(QStringLiteral("pki"))});
        QVERIFY2(pki.exitCode == 0, qPrintable(pki.err));
        QFile pinsFile(path(QStringLiteral("pki/pins.txt")));
        QVERIFY(pinsFile.open(QIODevice::ReadOnly));
        const QStringList pins = QString::fromLatin1(pinsFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(pins.size(), 2);

        // The origin in the QR must be the one served: pick a free loopback port for both.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(port);
        const Run init = runProcess(QStringLiteral(SAISIE_SERVER_BIN),
                                    {QStringLiteral("init"), QStringLiteral("--data"), path(QStringLiteral("server")),
                                     QStringLiteral("--url"), origin, QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--tls-cert"),
                                     path(QStringLiteral("pki/server.pem")), QStringLiteral("--tls-key"),
                                     path(QStringLiteral("pki/server.key")), QStringLiteral("--ca-certs"),
                                     path(QStringLiteral("pki/ca.pem")), QStringLiteral("--backup-pin"), pins.at(1)});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        server.setStandardErrorFile(path(QStringLiteral("server.log")));
        server.start(QStringLiteral(SAISIE_SERVER_BIN), {QStringLiteral("serve"), QStringLiteral("--data"), path(QStringLiteral("server"))});
        QByteArray line;
        while (server.state() != QProcess::NotRunning && !line.endsWith('\n') && server.waitForReadyRead(30000))
            line += server.readAllStandardOutput();
        QVERIFY2(line.startsWith("listening "), qPrintable(serverLog()));

        const Run profile = withPin({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("--alias"),
                                     QStringLiteral("T1"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
    }

    void cleanupTestCase()
    {
        server.terminate();
        if (!server.waitForFinished(30000))
            server.kill();
    }

    void enrol()
    {
        const Run code = admin({QStringLiteral("enrol"), QStringLiteral("--unit"), QStringLiteral("unit-test"), QStringLiteral("--json")});
        QVERIFY2(code.exitCode == 0, qPrintable(code.err));
        const Run noDevice = ctl({QStringLiteral("device"), QStringLiteral("show")});
        QCOMPARE(noDevice.exitCode, 1);
        const Run enrolled = ctl({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--qr"), QStringLiteral("-"),
                                  QStringLiteral("--national-ca"), path(QStringLiteral("pki/ca.pem"))},
                                 code.out);
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        const QString deviceId = enrolled.json().value(QStringLiteral("deviceId")).toString();
        QCOMPARE(deviceId.size(), 36);
        // The code is single-use: presented again with a new device key, it is refused and the
        // enrolment already stored stays as it was.
        const Run again = ctl({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--qr"), QStringLiteral("-"),
                               QStringLiteral("--national-ca"), path(QStringLiteral("pki/ca.pem"))},
                              code.out);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already used")), qPrintable(again.err));
        QCOMPARE(ctl({QStringLiteral("device"), QStringLiteral("show")}).json().value(QStringLiteral("deviceId")).toString(), deviceId);
        // A QR from another national CA set is refused before anything is sent.
        const Run foreign = ctl({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--qr"), QStringLiteral("-"),
                                 QStringLiteral("--national-ca"), path(QStringLiteral("pki/other-ca.pem"))},
                                code.out);
        QCOMPARE(foreign.exitCode, 2);
    }

    void fiveRecordsDelivered()
    {
        for (int i = 0; i < 5; ++i) {
            const Run added = withPin({QStringLiteral("add"), QStringLiteral("-")}, quickDocument());
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            const QString uuid = added.json().value(QStringLiteral("uuid")).toString();
            QVERIFY(!uuid.isEmpty());
            // Photos of a few hundred KiB to a few MiB: one to several chunks each.
            for (int p = 0; p < (i % 2) + 1; ++p) {
                const QString file = photo(i * 10 + p, 400 + i * 300);
                QVERIFY(!file.isEmpty());
                const Run attached = withPin({QStringLiteral("attach"), uuid, file, QStringLiteral("--kind"), QStringLiteral("GOODS")});
                QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
            }
            const Run fin = withPin({QStringLiteral("finalize"), uuid});
            QVERIFY2(fin.exitCode == 0, qPrintable(fin.err));
            records << uuid;
        }
        QCOMPARE(withPin({QStringLiteral("sync"), QStringLiteral("status")}).json().value(QStringLiteral("pending")).toInt(), 5);

        const Run sync = withPin({QStringLiteral("sync"), QStringLiteral("--until-idle"), QStringLiteral("--timeout"), QStringLiteral("300")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err + QString::fromUtf8(sync.out) + serverLog()));
        const QJsonObject result = sync.json();
        QCOMPARE(result.value(QStringLiteral("delivered")).toInt(), 5);
        QCOMPARE(result.value(QStringLiteral("deliveredNow")).toInt(), 5);
        QCOMPARE(result.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("parked")).toInt(), 0);
        QCOMPARE(serverLog().count(QRegularExpression(QStringLiteral("PUT /v1/records/\\S+ 20[01]"))), 5);
    }

    void receiptsVerifyOffline()
    {
        // In process, as an auditor would: the stored receipts against the enrolled server key
        // and the signed versions in the vault.
        auto identity = sync::DeviceIdentity::load(path(QStringLiteral("tablet/device")));
        QVERIFY(identity);
        vault::ProfileDirectory profiles(path(QStringLiteral("tablet")));
        auto vaultDir = profiles.open(QStringLiteral("T1"));
        QVERIFY(vaultDir);
        SecureBuffer pin = SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(kPin.constData()), size_t(kPin.size()));
        auto keys = vaultDir->unlock(pin);
        QVERIFY(keys);
        auto session = store::Session::open(*vaultDir, std::move(*keys));
        QVERIFY(session);
        store::Outbox outbox((*session)->database(), (*session)->audit());
        QCOMPARE(outbox.counts()->delivered, 5);
        for (const QString &uuidText : std::as_const(records)) {
            const QUuid uuid = QUuid::fromString(uuidText);
            auto receipt = outbox.receipt(uuid, 1);
            QVERIFY(receipt && !receipt->isEmpty());
            auto version = (*session)->seizures().signedVersion(uuid, 1);
            QVERIFY(version);
            sync::ReceiptExpectation expected{identity->currentServerKeys(), identity->deviceId,
                                              protocol::keyIdOf((*session)->signingPublicKey()), *version};
            auto verified = sync::verifyReceipt(QJsonDocument::fromJson(*receipt).object(), expected);
            QVERIFY2(verified, qPrintable(verified.ok() ? QString() : verified.error().message));
            auto facts = sync::signedAttachments(version->payload);
            QVERIFY(facts && !facts->isEmpty());
        }
        auto problems = (*session)->audit().verify();
        QVERIFY(problems && problems->isEmpty());
        auto events = (*session)->audit().events();
        QVERIFY(events);
        int sends = 0;
        int receipts = 0;
        for (const store::AuditEvent &e : *events) {
            sends += e.type == store::audit::Send;
            receipts += e.type == store::audit::Receipt;
        }
        QCOMPARE(sends, 5);
        QCOMPARE(receipts, 5);
    }

    void replayAfterDeliverySendsNothing()
    {
        QVERIFY(server.state() == QProcess::Running);
        server.terminate();
        QVERIFY(server.waitForFinished(30000));
        const QString logBefore = serverLog();
        const Run sync = withPin({QStringLiteral("sync"), QStringLiteral("--until-idle"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err + QString::fromUtf8(sync.out)));
        QCOMPARE(sync.json().value(QStringLiteral("deliveredNow")).toInt(), 0);
        QCOMPARE(sync.json().value(QStringLiteral("lastError")).toString(), QString());
        QCOMPARE(serverLog(), logBefore);
    }

    void revokedDeviceIsWiped()
    {
        // §16: the administrator revokes the tablet; its next request gets a signed wipe, which
        // the engine verifies, then it shreds every vault and its enrolment, and acknowledges.
        if (server.state() == QProcess::NotRunning) {
            server.start(QStringLiteral(SAISIE_SERVER_BIN), {QStringLiteral("serve"), QStringLiteral("--data"), path(QStringLiteral("server"))});
            QByteArray line;
            while (server.state() != QProcess::NotRunning && !line.endsWith('\n') && server.waitForReadyRead(30000))
                line += server.readAllStandardOutput();
            QVERIFY2(line.startsWith("listening "), qPrintable(serverLog()));
        }
        const QString deviceId = ctl({QStringLiteral("device"), QStringLiteral("show")}).json().value(QStringLiteral("deviceId")).toString();
        const Run revoke = admin({QStringLiteral("revoke"), deviceId});
        QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));

        const Run added = withPin({QStringLiteral("add"), QStringLiteral("-")}, quickDocument());
        const QString uuid = added.json().value(QStringLiteral("uuid")).toString();
        QVERIFY(withPin({QStringLiteral("finalize"), uuid}).exitCode == 0);
        const QStringList vaultsBefore = QDir(path(QStringLiteral("tablet/profiles"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(vaultsBefore.size(), 1);

        const Run sync = withPin({QStringLiteral("sync"), QStringLiteral("--until-idle"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.json().value(QStringLiteral("wiped")).toBool(), qPrintable(QString::fromUtf8(sync.out) + sync.err));
        QVERIFY(QDir(path(QStringLiteral("tablet/profiles"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("tablet/device/device.json"))));
        QTRY_VERIFY_WITH_TIMEOUT(serverLog().contains(QLatin1String("POST /v1/device/wipe-ack 200")), 10000);
        QCOMPARE(ctl({QStringLiteral("device"), QStringLiteral("show")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEnd2End)
#include "tst_syncend2end.moc"
