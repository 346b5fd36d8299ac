// SyncController: enrolment state, refusals that change nothing, QR decoding from images, and the
// engine's life tied to the unlocked vault.
#include "sync/qrdecoder.h"
#include "sync/synccontroller.h"
#include "sync/synctext.h"
#include "synctesthelpers.h"
#include "unlockedprofile.h"

#include "protocol/signedobject.h"
#include "store/session.h"
#include "sync/deviceidentity.h"
#include "sync/enrolmentqr.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie;

class TestSyncController : public QObject
{
    Q_OBJECT
    testing::TestPki pki;
    QList<QSslCertificate> national;

    /// A well-formed payload for a server that does not answer (the discard port on loopback).
    QByteArray unreachableQr() const
    {
        const QJsonObject qr{{QStringLiteral("saisie"), QStringLiteral("enrol/1")},
                             {QStringLiteral("url"), QStringLiteral("https://127.0.0.1:9")},
                             {QStringLiteral("code"), QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C")},
                             {QStringLiteral("sk"), QString(64, QLatin1Char('5'))},
                             {QStringLiteral("pins"), QJsonArray::fromStringList(pki.pins())},
                             {QStringLiteral("ca"), QJsonArray{sync::certificateFingerprint(national.first())}}};
        return QJsonDocument(qr).toJson(QJsonDocument::Compact);
    }

    /// qrencode CLI (Debian package qrencode) writes `text` as a QR code PNG.
    static bool encodeQr(const QString &text, const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral("qrencode"), {QStringLiteral("-o"), file, QStringLiteral("-l"), QStringLiteral("M"),
                                             QStringLiteral("-s"), QStringLiteral("6"), text});
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    /// A device file as enrolment leaves it, for a server that does not answer.
    bool writeIdentity(const QString &deviceDir, QString *keyId)
    {
        sync::DeviceIdentity id;
        id.deviceId = QStringLiteral("d7c1a0e2-5b3f-4c8e-9a61-2f0b7e4d9c35");
        id.origin = QStringLiteral("https://127.0.0.1:9");
        testing::ServerKey deviceKey;
        id.deviceSecret = SecureBuffer::copyOf(deviceKey.secret.data(), deviceKey.secret.size());
        id.devicePublicKey = deviceKey.publicKey;
        id.pins = pki.pins();
        id.caPems = {national.first().toPem()};
        testing::ServerKey server;
        id.serverKeys.insert(server.keyId(), sync::TrustedServerKey{server.publicKey, true});
        id.configSerial = 1;
        auto config = protocol::signObject({{QStringLiteral("format"), QStringLiteral("saisie-config/1")}},
                                           server.secret, server.publicKey);
        if (!config)
            return false;
        id.config = *config;
        id.enrolment = *config;
        *keyId = id.deviceKeyId();
        return QDir().mkpath(deviceDir) && id.save(deviceDir).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(pki.make(&error), qPrintable(error));
        auto cas = sync::parseNationalCas(pki.read(QStringLiteral("ca.pem")));
        QVERIFY(cas);
        national = *cas;
    }

    void notEnrolled()
    {
        QTemporaryDir dir;
        gui::SyncController sync(dir.filePath(QStringLiteral("device")), nullptr);
        sync.setPersistent(false);
        QVERIFY(!sync.isEnrolled());
        QCOMPARE(sync.state(), gui::SyncController::State::NotEnrolled);
        QCOMPARE(sync.stateName(), QStringLiteral("notEnrolled"));
        QVERIFY(!sync.isRunning());
        QVERIFY(sync.engine() == nullptr);
        QVERIFY(sync.deviceIdShort().isEmpty());
        QVERIFY(sync.serverOrigin().isEmpty());
        QCOMPARE(sync.pendingCount(), 0);
        QVERIFY(sync.deliveryState(QStringLiteral("d7c1a0e2-5b3f-4c8e-9a61-2f0b7e4d9c35")).isEmpty());
        QVERIFY(!sync.manualEntryAvailable());
    }

    void badQrText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C");
        QTest::newRow("a web address") << QStringLiteral("https://example.org/enrol");
        QTest::newRow("empty object") << QStringLiteral("{}");
        QTest::newRow("other format") << QStringLiteral("{\"saisie\":\"enrol/2\",\"url\":\"https://a.example\"}");
        QTest::newRow("http origin")
            << QString::fromUtf8(unreachableQr()).replace(QStringLiteral("https://"), QStringLiteral("http://"));
        QTest::newRow("unknown member")
            << QString::fromUtf8(unreachableQr()).replace(QStringLiteral("{\"ca\""), QStringLiteral("{\"x\":1,\"ca\""));
        QTest::newRow("expired") << QString::fromUtf8(unreachableQr()).replace(
            QStringLiteral("{\"ca\""), QStringLiteral("{\"exp\":\"2020-01-01T00:00:00.000Z\",\"ca\""));
        QTest::newRow("bad code")
            << QString::fromUtf8(unreachableQr()).replace(QStringLiteral("7K3M-Q9XD"), QStringLiteral("UUUU-UUUU"));
    }

    void badQrText()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString deviceDir = dir.filePath(QStringLiteral("device"));
        gui::SyncController sync(deviceDir, nullptr);
        sync.setNationalCaCertificates(national);
        QSignalSpy errors(&sync, &gui::SyncController::enrolmentErrorChanged);
        QVERIFY(!sync.enrolFromQrText(text));
        QVERIFY(!sync.isEnrolling());
        QCOMPARE(errors.count(), 1);
        // A sentence for a person: capitalised, ends with a full stop, no code.
        const QString sentence = sync.enrolmentError();
        QVERIFY2(sentence.size() > 20 && sentence.at(0).isUpper() && sentence.endsWith(QLatin1Char('.')),
                 qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1Char('_')), qPrintable(sentence));
        QVERIFY(!QFile::exists(sync::DeviceIdentity::pathIn(deviceDir)));
        QVERIFY(!sync.isEnrolled());
    }

    void unreachableServerChangesNothing()
    {
        QTemporaryDir dir;
        const QString deviceDir = dir.filePath(QStringLiteral("device"));
        gui::SyncController sync(deviceDir, nullptr);
        sync.setNationalCaCertificates(national);
        QSignalSpy enrolling(&sync, &gui::SyncController::enrollingChanged);
        QVERIFY(sync.enrolFromQrText(QString::fromUtf8(unreachableQr())));
        QVERIFY(sync.isEnrolling());
        QVERIFY(!sync.enrolFromQrText(QString::fromUtf8(unreachableQr()))); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isEnrolling(), 60000);
        QVERIFY(!sync.enrolmentError().isEmpty());
        QVERIFY(!sync.isEnrolled());
        QVERIFY(!QFile::exists(sync::DeviceIdentity::pathIn(deviceDir)));
    }

    void decodesPng_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C");
        QTest::newRow("utf-8") << QStringLiteral("Douane du Havre – quai Joannès Couvert");
        QTest::newRow("payload") << QString::fromUtf8(unreachableQr());
    }

    void decodesPng()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY2(encodeQr(text, file), "qrencode failed (Debian package qrencode)");
        gui::QrFileError error = gui::QrFileError::NoCode;
        const auto decoded = gui::decodeQrFile(file, &error);
        QVERIFY(decoded);
        QCOMPARE(*decoded, text);
        QCOMPARE(error, gui::QrFileError::None);
        // A phone photo is rarely upright: a quarter turn still reads.
        QImage turned = QImage(file).transformed(QTransform().rotate(90));
        QCOMPARE(gui::decodeQrCode(turned).value_or(QString()), text);
    }

    void imageWithoutCode()
    {
        QTemporaryDir dir;
        const QString blank = dir.filePath(QStringLiteral("blank.png"));
        QImage image(200, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(blank));
        const QString notImage = dir.filePath(QStringLiteral("note.png"));
        QFile note(notImage);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not a picture");
        note.close();

        gui::QrFileError error = gui::QrFileError::None;
        QVERIFY(!gui::decodeQrFile(blank, &error));
        QCOMPARE(error, gui::QrFileError::NoCode);
        QVERIFY(!gui::decodeQrFile(notImage, &error));
        QCOMPARE(error, gui::QrFileError::NotAnImage);
        QVERIFY(!gui::decodeQrFile(dir.filePath(QStringLiteral("missing.png")), &error));
        QCOMPARE(error, gui::QrFileError::Unreadable);

        gui::SyncController sync(dir.filePath(QStringLiteral("device")), nullptr);
        QVERIFY(!sync.enrolFromImage(QUrl::fromLocalFile(blank)));
        QVERIFY(sync.enrolmentError().contains(QStringLiteral("QR")));
        // A readable QR code that is not an enrolment gets the enrolment sentence, not the image one.
        const QString other = dir.filePath(QStringLiteral("other.png"));
        QVERIFY(encodeQr(QStringLiteral("https://example.org"), other));
        QVERIFY(!sync.enrolFromImage(QUrl::fromLocalFile(other)));
        QVERIFY(sync.enrolmentError().contains(QStringLiteral("enrolment")));
        QVERIFY(!QFile::exists(sync::DeviceIdentity::pathIn(dir.filePath(QStringLiteral("device")))));
    }

    void engineLivesWhileUnlocked()
    {
        QTemporaryDir dir;
        const QString deviceDir = dir.filePath(QStringLiteral("device"));
        QString keyId;
        QVERIFY(writeIdentity(deviceDir, &keyId));
        auto session = testing::createProfileController(dir.path());
        QVERIFY(session);
        gui::SyncController sync(deviceDir, session.get());
        sync.setPersistent(false);
        QVERIFY(sync.isEnrolled());
        QCOMPARE(sync.deviceIdShort(), keyId.left(16));
        QCOMPARE(sync.serverOrigin(), QStringLiteral("https://127.0.0.1:9"));
        QVERIFY(sync.engine() == nullptr); // locked: no vault to drain

        QVERIFY(testing::unlockProfile(*session));
        QVERIFY(sync.engine() != nullptr);
        QVERIFY(sync.isRunning());
        QVERIFY(sync.state() != gui::SyncController::State::NotEnrolled);

        // Connected after the controller: runs after it, while the store is still open.
        bool goneBeforeClose = false;
        connect(session.get(), &gui::SessionController::aboutToLock, this,
                [&] { goneBeforeClose = sync.engine() == nullptr && session->storeSession() != nullptr; });
        QSignalSpy stateChanged(&sync, &gui::SyncController::stateChanged);
        session->lock();
        QVERIFY(goneBeforeClose);
        QVERIFY(sync.engine() == nullptr);
        QVERIFY(!sync.isRunning());
        QVERIFY(stateChanged.count() >= 1);
        QVERIFY(sync.isEnrolled()); // locking is not un-enrolling

        QVERIFY(testing::unlockProfile(*session)); // and again
        QVERIFY(sync.engine() != nullptr);
        session->lock();
        QVERIFY(sync.engine() == nullptr);
    }

    void progressSentences()
    {
        QCOMPARE(gui::syncProgressSentence(3, 12, 0, 0), QStringLiteral("Sending record 3 of 12"));
        QCOMPARE(gui::syncProgressSentence(3, 12, 2, 4), QStringLiteral("Sending record 3 of 12 – photo 2 of 4"));
        QCOMPARE(gui::syncProgressSentence(5, 3, 0, 0), QStringLiteral("Sending record 5 of 5"));
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
