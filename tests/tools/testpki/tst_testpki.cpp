// make-test-pki run for real into a temporary directory, checked with the openssl CLI and with
// the pin computation the client uses (protocol.md §3.3: sha256(cert.publicKey().toDer())).
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // stdout + stderr
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        proc.setWorkingDirectory(workDir);
    proc.start(program, args);
    if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit)
        return {};
    return {proc.exitCode(), QString::fromUtf8(proc.readAll())};
}

Run makePki(const QStringList &args)
{
    return run(QStringLiteral("bash"), QStringList{QStringLiteral(SAISIE_MAKE_TEST_PKI)} + args);
}

QByteArray pinOf(const QSslCertificate &cert)
{
    return QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

QSslCertificate loadCert(const QString &path)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    return certs.size() == 1 ? certs.first() : QSslCertificate();
}

} // namespace

class TstTestPki : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;

    QString file(const char *name) const { return m_dir + QLatin1Char('/') + QLatin1String(name); }

    Run verify(const QStringList &args) const
    {
        return run(QStringLiteral("openssl"), QStringList{QStringLiteral("verify")} + args, m_dir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("pki"));
        const Run r = makePki({m_dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void writesEveryFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"ca.pem", "ca.key", "other-ca.pem", "server.pem", "server.key", "server-backup.key",
                                 "server-other-ca.pem", "server-other-ca.key", "server-expired.pem",
                                 "server-expired.key", "server-wronghost.pem", "server-wronghost.key",
                                 "server-unpinned.pem", "server-unpinned.key", "pins.txt"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void writesEveryFile()
    {
        QFETCH(QString, name);
        QFileInfo info(m_dir + QLatin1Char('/') + name);
        QVERIFY(info.isFile());
        QVERIFY(info.size() > 0);
        if (name.endsWith(QLatin1String(".key"))) {
            QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!QSslKey(&f, QSsl::Ec).isNull(), "Qt cannot load the key as EC");
        }
    }

    void verifiesAsIntended_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        const QString ca = QStringLiteral("-CAfile");
        const QString nat = QStringLiteral("ca.pem");
        const QStringList host{QStringLiteral("-verify_hostname"), QStringLiteral("localhost")};
        const QStringList ip{QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1")};
        QTest::newRow("server, host") << QStringList{ca, nat} + host + QStringList{QStringLiteral("server.pem")}
                                      << true << QString();
        QTest::newRow("server, ip") << QStringList{ca, nat} + ip + QStringList{QStringLiteral("server.pem")} << true
                                    << QString();
        QTest::newRow("unpinned still chains") << QStringList{ca, nat} + host
                                                       + QStringList{QStringLiteral("server-unpinned.pem")}
                                               << true << QString();
        QTest::newRow("other CA") << QStringList{ca, nat, QStringLiteral("server-other-ca.pem")} << false
                                  << QStringLiteral("unable to get local issuer certificate");
        QTest::newRow("other CA, own anchor") << QStringList{ca, QStringLiteral("other-ca.pem"),
                                                             QStringLiteral("server-other-ca.pem")}
                                              << true << QString();
        QTest::newRow("expired") << QStringList{ca, nat, QStringLiteral("server-expired.pem")} << false
                                 << QStringLiteral("certificate has expired");
        QTest::newRow("wrong host") << QStringList{ca, nat} + host + QStringList{QStringLiteral("server-wronghost.pem")}
                                    << false << QStringLiteral("hostname mismatch");
        QTest::newRow("wrong host, own name")
            << QStringList{ca, nat, QStringLiteral("-verify_hostname"), QStringLiteral("wrong.example"),
                           QStringLiteral("server-wronghost.pem")}
            << true << QString();
    }

    void verifiesAsIntended()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        const Run r = verify(args);
        QVERIFY2((r.exitCode == 0) == valid, qPrintable(r.output));
        QVERIFY2(r.output.contains(reason), qPrintable(r.output));
    }

    void pinsMatchWhatQtComputes()
    {
        QFile f(file("pins.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> pins = f.readAll().split('\n');
        QCOMPARE(pins.size(), 3); // two lines and the final newline
        QCOMPARE(pins.at(2), QByteArray());
        const QSslCertificate server = loadCert(file("server.pem"));
        QVERIFY(!server.isNull());
        QCOMPARE(pins.at(0), pinOf(server));
        QVERIFY(!pins.at(1).isEmpty());
        QVERIFY(pins.at(1) != pins.at(0));
        QCOMPARE(QByteArray::fromBase64(pins.at(1), QByteArray::AbortOnBase64DecodingErrors).size(), 32);
        // No certificate carries the backup key, and only server.pem carries a pinned key.
        for (const char *name : {"ca.pem", "other-ca.pem", "server-other-ca.pem", "server-expired.pem",
                                 "server-wronghost.pem", "server-unpinned.pem"}) {
            const QSslCertificate cert = loadCert(file(name));
            QVERIFY2(!cert.isNull(), name);
            QVERIFY2(!pins.contains(pinOf(cert)), name);
        }
    }

    void refusesToOverwrite()
    {
        QFile f(file("pins.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const Run refused = makePki({m_dir});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.output.contains(QStringLiteral("--force")), qPrintable(refused.output));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        const Run forced = makePki({QStringLiteral("--force"), m_dir});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.output));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() != before); // fresh keys
        QCOMPARE(verify({QStringLiteral("-CAfile"), QStringLiteral("ca.pem"), QStringLiteral("server.pem")}).exitCode, 0);
    }

    void rejectsBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no dir") << QStringList{};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("x")};
        QTest::newRow("two dirs") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    }

    void rejectsBadUsage()
    {
        QFETCH(QStringList, args);
        const Run r = makePki(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(QStringLiteral("usage: make-test-pki")), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TstTestPki)
#include "tst_testpki.moc"
