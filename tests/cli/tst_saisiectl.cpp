// End-to-end tests of saisiectl: every command, its JSON output, its exit code and its error sentence.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kPin = "482915";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson(out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
};
} // namespace

class TestSaisiectl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    Run run(const QStringList &args, const QByteArray &stdinBytes = {})
    {
        QProcess p;
        p.start(QStringLiteral(SAISIECTL_PATH), QStringList{QStringLiteral("--data-dir"), dataDir()} + args);
        if (!p.waitForStarted())
            return {};
        p.write(stdinBytes);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromLocal8Bit(p.readAllStandardError())};
    }
    Run withPin(const QStringList &args, const QByteArray &more = {}) { return run(args, kPin + '\n' + more); }

    QByteArray quickDocument() const
    {
        QFile f(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/quick-seizure.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString jpegFile()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        image.save(path, "JPEG");
        return path;
    }
    QString addQuick()
    {
        const Run r = withPin({QStringLiteral("add"), QStringLiteral("-")}, quickDocument());
        return r.exitCode == 0 ? r.json().toObject().value(QLatin1String("uuid")).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!quickDocument().isEmpty());
        const Run r = withPin({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("--alias"),
                               QStringLiteral("JD"), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().toObject().value(QLatin1String("alias")).toString(), QStringLiteral("JD"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << 2
                                        << QStringLiteral("Unknown option --colour");
        QTest::newRow("pin as argument is not an option")
            << QStringList{QStringLiteral("unlock"), QStringLiteral("--pin"), QStringLiteral("482915")} << 2
            << QStringLiteral("Unknown option --pin");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("x")}
                                   << 2 << QStringLiteral("--limit");
        QTest::newRow("bad date") << QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("27/11")}
                                  << 2 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("bad uuid") << QStringList{QStringLiteral("show"), QStringLiteral("nope")} << 2
                                  << QStringLiteral("not a seizure UUID");
        QTest::newRow("discard without --yes")
            << QStringList{QStringLiteral("discard"), QUuid::createUuid().toString(QUuid::WithoutBraces)} << 2
            << QStringLiteral("--yes");
        QTest::newRow("validate unknown kind") << QStringList{QStringLiteral("validate"), QStringLiteral("ship"),
                                                              QStringLiteral("1")}
                                               << 2 << QStringLiteral("Unknown identifier kind");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = withPin(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void wrongPinIsRefusedAndCounted()
    {
        const Run r = run({QStringLiteral("unlock")}, "000000\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Wrong PIN")), qPrintable(r.err));
        const Run list = run({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(list.json().toArray().first().toObject().value(QLatin1String("attemptsLeft")).toInt(), 9);
        QCOMPARE(withPin({QStringLiteral("unlock")}).exitCode, 0); // success resets the counter
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("list")})
                     .json().toArray().first().toObject().value(QLatin1String("attemptsLeft")).toInt(), 10);
    }

    void refusesToRunBesideAPlainSqlite()
    {
        // SECURITY.md S3: with a second SQLite in the process, PRAGMA key could be silently ignored.
        const QString plain = QStringLiteral("/usr/lib/x86_64-linux-gnu/libsqlite3.so.0");
        QVERIFY2(QFile::exists(plain), "libsqlite3-0 is installed by scripts/setup (sqlite3 package)");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), plain);
        // Under AddressSanitizer a preload ahead of its runtime would abort the process first.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SAISIECTL_PATH), {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("list")});
        QVERIFY(p.waitForStarted());
        p.write(kPin + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromLocal8Bit(p.readAllStandardError()).contains(QLatin1String("second SQLite")));
    }

    void missingPinIsAUsageError()
    {
        const Run r = run({QStringLiteral("unlock")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("PIN")));
    }

    void badDocumentsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"placeName\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("must be a JSON object");
        QTest::newRow("unknown key") << QByteArray("{\"plaecName\": \"x\"}") << QStringLiteral("plaecName");
        QTest::newRow("wrong type") << QByteArray("{\"items\": [{\"quantity\": \"ten\"}]}")
                                    << QStringLiteral("items[0].quantity");
        QTest::newRow("system field") << QByteArray("{\"status\": \"finalized\"}") << QStringLiteral("status");
        QTest::newRow("bad code") << QByteArray("{\"transportMode\": \"42\"}") << QStringLiteral("transportMode");
    }
    void badDocumentsAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        const int before = withPin({QStringLiteral("list")}).json().toArray().size();
        const Run r = withPin({QStringLiteral("add"), QStringLiteral("-")}, document);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(withPin({QStringLiteral("list")}).json().toArray().size(), before); // nothing stored
    }

    void captureFinalizeAmendLifecycle()
    {
        const QString uuid = addQuick();
        QVERIFY(!uuid.isEmpty());

        const Run attach = withPin({QStringLiteral("attach"), uuid, jpegFile(), QStringLiteral("--kind"),
                                    QStringLiteral("CONCEALMENT"), QStringLiteral("--caption"), QStringLiteral("floor")});
        QCOMPARE(attach.exitCode, 0);
        QCOMPARE(attach.json().toObject().value(QLatin1String("mimeType")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(attach.json().toObject().value(QLatin1String("sha256")).toString().size(), 64);

        const Run badKind = withPin({QStringLiteral("attach"), uuid, jpegFile(), QStringLiteral("--kind"),
                                     QStringLiteral("SELFIE")});
        QCOMPARE(badKind.exitCode, 1);
        QVERIFY(badKind.err.contains(QLatin1String("attachment kind")));

        const Run fin = withPin({QStringLiteral("finalize"), uuid});
        QVERIFY2(fin.exitCode == 0, qPrintable(fin.err));
        const QString hash = fin.json().toObject().value(QLatin1String("contentHash")).toString();
        QCOMPARE(hash.size(), 64);

        const Run show = withPin({QStringLiteral("show"), uuid});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = show.json().toObject();
        QCOMPARE(shown.value(QLatin1String("signature")).toObject().value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(shown.value(QLatin1String("record")).toObject().value(QLatin1String("attachments")).toArray().size(), 1);

        const Run edit = withPin({QStringLiteral("update"), uuid, QStringLiteral("-")}, quickDocument());
        QCOMPARE(edit.exitCode, 1);
        QVERIFY(edit.err.contains(QLatin1String("amend")));

        const Run amend = withPin({QStringLiteral("amend"), uuid});
        QCOMPARE(amend.exitCode, 0);
        QCOMPARE(amend.json().toObject().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(amend.json().toObject().value(QLatin1String("amends")).toString(), hash);

        const Run v1 = withPin({QStringLiteral("show"), uuid, QStringLiteral("--version"), QStringLiteral("1")});
        QCOMPARE(v1.json().toObject().value(QLatin1String("record")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("finalized"));

        const Run audit = withPin({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.json().toObject().value(QLatin1String("intact")).toBool());
        const QString head = audit.json().toObject().value(QLatin1String("head")).toString();
        QVERIFY2(head.contains(QLatin1Char(':')) && head.size() > 60, qPrintable(head));
        const Run anchored = withPin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), head});
        QCOMPARE(anchored.exitCode, 0);
        const Run future = withPin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                                    QStringLiteral("99999:") + head.section(QLatin1Char(':'), 1)});
        QCOMPARE(future.exitCode, 5); // an anchor the chain does not reach: events were removed
        const Run badAnchor = withPin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                                       QStringLiteral("3:abc")});
        QCOMPARE(badAnchor.exitCode, 2);
        const Run check = withPin({QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    void incompleteDraftCannotBeFinalized()
    {
        const Run add = withPin({QStringLiteral("add"), QStringLiteral("-")}, "{\"placeName\": \"Quay 4\"}");
        QCOMPARE(add.exitCode, 0);
        const QString uuid = add.json().toObject().value(QLatin1String("uuid")).toString();
        const Run fin = withPin({QStringLiteral("finalize"), uuid});
        QCOMPARE(fin.exitCode, 1);
        QVERIFY2(fin.err.contains(QLatin1String("cannot be finalized")), qPrintable(fin.err));
        QVERIFY(fin.err.contains(QLatin1String("transportMode")));
        const Run discard = withPin({QStringLiteral("discard"), uuid, QStringLiteral("--yes")});
        QCOMPARE(discard.exitCode, 0);
        QCOMPARE(withPin({QStringLiteral("show"), uuid}).exitCode, 1);
    }

    void searchFindsIdentifiersAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("container with spaces and case") << QStringLiteral("csqu 305438-3");
        QTest::newRow("container prefix") << QStringLiteral("CSQU3054");
        QTest::newRow("plate with other separators") << QStringLiteral("bx 482 kl");
    }
    void searchFindsIdentifiersAsTyped()
    {
        QFETCH(QString, typed);
        QFile full(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/full-seizure.json"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(full.readAll()).object();
        doc.remove(QStringLiteral("uuid")); // a fresh record per row
        const Run add = withPin({QStringLiteral("add"), QStringLiteral("-")}, QJsonDocument(doc).toJson());
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString uuid = add.json().toObject().value(QLatin1String("uuid")).toString();
        const Run r = withPin({QStringLiteral("list"), QStringLiteral("--search"), typed});
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const QJsonValue &row : r.json().toArray())
            found |= row.toObject().value(QLatin1String("uuid")).toString() == uuid;
        QVERIFY(found);
        const Run none = withPin({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("MSKU0000000")});
        QVERIFY(none.json().toArray().isEmpty());
    }

    void exportsAndCenScope()
    {
        QVERIFY(!addQuick().isEmpty());
        const Run json = withPin({QStringLiteral("export")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().toObject().value(QLatin1String("format")).toString(), QStringLiteral("saisie-export/1"));
        const Run csv = withPin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("uuid,version,status"));
        const Run cen = withPin({QStringLiteral("export"), QStringLiteral("--cen")});
        QCOMPARE(cen.exitCode, 0);
        for (const QJsonValue &entry : cen.json().toObject().value(QLatin1String("records")).toArray()) {
            const QJsonObject record = entry.toObject().value(QLatin1String("record")).toObject();
            QVERIFY(!record.contains(QLatin1String("persons")));
            QVERIFY(!record.contains(QLatin1String("companies")));
            QVERIFY(!record.contains(QLatin1String("narrative")));
        }
        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(withPin({QStringLiteral("export"), QStringLiteral("--out"), out}).exitCode, 0);
        const Run again = withPin({QStringLiteral("export"), QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 1); // never overwrites an earlier export
    }

    void validateIdentifiers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("container ok") << "container" << "CSQU 305438 3" << 0 << "valid";
        QTest::newRow("container bad") << "container" << "CSQU3054385" << 4 << "invalid";
        QTest::newRow("wagon ok") << "wagon" << "21 81 2471 217-3" << 0 << "valid";
        QTest::newRow("imo ok") << "imo" << "IMO 9074729" << 0 << "valid";
        QTest::newRow("imo check warns") << "imo" << "9074728" << 0 << "warning";
        QTest::newRow("mrz td3") << "mrz"
                                 << "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
                                 << 0 << "valid";
        QTest::newRow("empty") << "vin" << "" << 4 << "invalid";
    }
    void validateIdentifiers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        const Run r = run({QStringLiteral("validate"), kind, value});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.json().toObject().value(QLatin1String("verdict")).toString(), verdict);
    }

    void changePinKeepsTheData()
    {
        const Run weak = run({QStringLiteral("profile"), QStringLiteral("pin")}, kPin + "\n111111\n");
        QCOMPARE(weak.exitCode, 3);
        QVERIFY(weak.err.contains(QLatin1String("too easy")));
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("pin")}, kPin + "\n730164\n").exitCode, 0);
        QCOMPARE(run({QStringLiteral("unlock")}, kPin + '\n').exitCode, 3);
        QCOMPARE(run({QStringLiteral("list")}, "730164\n").exitCode, 0);
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("pin")}, "730164\n" + kPin + '\n').exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSaisiectl)
#include "tst_saisiectl.moc"
