// Database: the fail-closed SQLCipher wrapper (SECURITY.md S1, S2, S4, D1). Real SQLCipher
// files; the plain sqlite3 command-line tool as an outside observer.
#include "vaulttesthelpers.h"

#include "vault/database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie;
using namespace saisie::vault;
using saisie::testing::fileHashes;
using saisie::testing::filesUnder;
using saisie::testing::flipBit;
using saisie::testing::readFile;
using saisie::testing::writeFile;

namespace {
constexpr int kRows = 400;

SecureBuffer randomKey() { return SecureBuffer::random(32); }

/// Creates a closed database with a table and an index spread over many pages.
bool makeDatabase(const QString &path, const SecureBuffer &key)
{
    auto db = Database::open(path, key, Database::OpenMode::CreateNew);
    if (!db)
        return false;
    if (!(*db)->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT;"
                                    "CREATE INDEX t_payload ON t (payload);")))
        return false;
    Transaction tx(**db);
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?)"));
    if (!tx.started() || !insert)
        return false;
    for (int i = 0; i < kRows; ++i) {
        insert->reset();
        insert->bind(1, QStringLiteral("row %1 ").arg(i, 5, 10, QLatin1Char('0')) + QString(120, QLatin1Char('x')));
        if (!insert->exec())
            return false;
    }
    return bool(tx.commit());
}

/// Reads every row; returns the count, or -1 when a read failed.
qint64 readEverything(Database &db, QString *error)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id, payload FROM t ORDER BY payload"));
    if (!stmt) {
        *error = stmt.error().message;
        return -1;
    }
    qint64 rows = 0;
    while (stmt->step())
        ++rows;
    if (stmt->failed()) {
        *error = stmt->error().message;
        return -1;
    }
    return rows;
}

QString sqliteCli()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!found.isEmpty())
        return found;
    return QFile::exists(QStringLiteral("/usr/bin/sqlite3")) ? QStringLiteral("/usr/bin/sqlite3") : QString();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // S2/S4/D1: every setting is read back from the running connection.
    void settingsReadBack()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString path = tmp.filePath(QStringLiteral("s.db"));
        const SecureBuffer key = randomKey();
        for (auto mode : {Database::OpenMode::CreateNew, Database::OpenMode::ExistingOnly}) {
            auto db = Database::open(path, key, mode);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            const CipherSettings &s = (*db)->settings();
            QVERIFY2(s.cipherVersion.startsWith(QStringLiteral("4.")), qPrintable(s.cipherVersion));
            QCOMPARE(s.cipherVersion, Database::linkedCipherVersion());
            QVERIFY(Database::linkedSqliteVersion().startsWith(QStringLiteral("3.")));
            QCOMPARE(Database::foreignSqliteMapped(), QString()); // S3: no second SQLite in this process
            QVERIFY(!s.cipherProvider.isEmpty());
            QVERIFY(s.pageSize >= 4096);
            QVERIFY(s.memorySecurity);
            QCOMPARE(s.journalMode, QStringLiteral("wal"));
            QCOMPARE(s.synchronous, 2);
            QVERIFY(s.secureDelete);
            QCOMPARE(s.tempStore, 2);

            // Ask again, independently of the wrapper's own bookkeeping.
            auto scalar = [&](const char *sql) {
                auto v = (*db)->scalar(QString::fromLatin1(sql));
                return v ? v->toString() : QStringLiteral("<error>");
            };
            QCOMPARE(scalar("PRAGMA cipher_version"), s.cipherVersion);
            QCOMPARE(scalar("PRAGMA journal_mode"), QStringLiteral("wal"));
            QCOMPARE(scalar("PRAGMA synchronous"), QStringLiteral("2"));
            QCOMPARE(scalar("PRAGMA secure_delete"), QStringLiteral("1"));
            QCOMPARE(scalar("PRAGMA temp_store"), QStringLiteral("2"));
            QCOMPARE(scalar("PRAGMA cipher_memory_security"), QStringLiteral("1"));
            QCOMPARE(scalar("PRAGMA foreign_keys"), QStringLiteral("1"));
            QCOMPARE(scalar("PRAGMA trusted_schema"), QStringLiteral("0"));
            QCOMPARE((*db)->integrityProblems(), QStringList());
        }
    }

    // S2: a wrong key is reported as such and leaves every file byte-identical.
    void wrongKeyChangesNothing()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("w.db"));
        const SecureBuffer key = randomKey();
        QVERIFY(makeDatabase(path, key));
        const auto before = fileHashes(tmp.path());
        QCOMPARE(before.keys(), QStringList{QStringLiteral("w.db")}); // closed: WAL checkpointed away
        for (int i = 0; i < 3; ++i) {
            auto db = Database::open(path, randomKey(), Database::OpenMode::ExistingOnly);
            QVERIFY(!db);
            QCOMPARE(db.error().code, QStringLiteral("wrong_key"));
            QCOMPARE(fileHashes(tmp.path()), before);
        }
        // A CreateNew with the wrong key is refused too, before the key matters.
        auto create = Database::open(path, randomKey(), Database::OpenMode::CreateNew);
        QVERIFY(!create);
        QCOMPARE(create.error().code, QStringLiteral("exists"));
        QCOMPARE(fileHashes(tmp.path()), before);

        auto right = Database::open(path, key, Database::OpenMode::ExistingOnly);
        QVERIFY(right);
        QString error;
        QCOMPARE(readEverything(**right, &error), qint64(kRows));
    }

    // S2: a plain (unencrypted) SQLite file is not opened as if it were ours, and is left alone.
    void plainFileRefused()
    {
        const QString cli = sqliteCli();
        if (cli.isEmpty())
            QFAIL("the sqlite3 command-line tool is not installed (scripts/setup installs it)");
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("plain.db"));
        QCOMPARE(QProcess::execute(cli, {path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")}), 0);
        const auto before = fileHashes(tmp.path());
        auto db = Database::open(path, randomKey(), Database::OpenMode::ExistingOnly);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("wrong_key"));
        QCOMPARE(fileHashes(tmp.path()), before);
    }

    void missingFileCreatesNothing()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("absent.db"));
        auto db = Database::open(path, randomKey(), Database::OpenMode::ExistingOnly);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("missing"));
        QCOMPARE(filesUnder(tmp.path()), QStringList());
    }

    void createNewOnExistingRefused()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("e.db"));
        const SecureBuffer key = randomKey();
        QVERIFY(makeDatabase(path, key));
        const auto before = fileHashes(tmp.path());
        auto db = Database::open(path, key, Database::OpenMode::CreateNew);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("exists"));
        QCOMPARE(fileHashes(tmp.path()), before);
    }

    void unopenablePath()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("no/such/dir/x.db")), randomKey(),
                                 Database::OpenMode::CreateNew);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("io"));
    }

    // S2 "never recreate": an existing file emptied by a crash or an attacker is not silently
    // turned into a fresh, empty database.
    void emptiedFileNotReinitialised()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("z.db"));
        QVERIFY(writeFile(path, QByteArray()));
        auto db = Database::open(path, randomKey(), Database::OpenMode::ExistingOnly);
        QVERIFY(!db);
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }

    // S1: a key that is not 32 bytes never reaches SQLCipher (where it would become a passphrase).
    void badKeySizeRefused_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("0") << 0;
        QTest::newRow("16") << 16;
        QTest::newRow("31") << 31;
        QTest::newRow("33") << 33;
        QTest::newRow("64") << 64;
    }
    void badKeySizeRefused()
    {
        QFETCH(int, size);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("k.db"));
        auto db = Database::open(path, SecureBuffer::random(std::size_t(size)), Database::OpenMode::CreateNew);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("key"));
        QCOMPARE(filesUnder(tmp.path()), QStringList());
    }

    // S1: the plain sqlite3 tool sees no database at all.
    void plainSqliteCannotRead()
    {
        const QString cli = sqliteCli();
        if (cli.isEmpty())
            QFAIL("the sqlite3 command-line tool is not installed (scripts/setup installs it)");
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("c.db"));
        QVERIFY(makeDatabase(path, randomKey()));
        const auto before = fileHashes(tmp.path());
        QProcess p;
        p.start(cli, {path, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
        QVERIFY(p.waitForFinished(30'000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("file is not a database")), qPrintable(err));
        QVERIFY(p.exitCode() != 0);
        QCOMPARE(fileHashes(tmp.path()), before);
    }

    // S2: one flipped bit in any page is reported, never silently read.
    void bitFlipReported_data()
    {
        QTest::addColumn<int>("page"); // 1-based; 0 = middle page; -1 = last page
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("openMustFail");
        QTest::newRow("page 1 salt") << 1 << 3 << true;
        QTest::newRow("page 1 header area") << 1 << 40 << true;
        QTest::newRow("page 1 schema") << 1 << 1500 << true;
        QTest::newRow("page 1 reserve (IV/HMAC)") << 1 << -20 << true;
        QTest::newRow("page 2 start") << 2 << 0 << false;
        QTest::newRow("page 2 body") << 2 << 2048 << false;
        QTest::newRow("page 2 reserve") << 2 << -1 << false;
        QTest::newRow("middle page") << 0 << 777 << false;
        QTest::newRow("last page body") << -1 << 100 << false;
        QTest::newRow("last page HMAC") << -1 << -5 << false;
    }
    void bitFlipReported()
    {
        QFETCH(int, page);
        QFETCH(int, offset);
        QFETCH(bool, openMustFail);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("f.db"));
        const SecureBuffer key = randomKey();
        QVERIFY(makeDatabase(path, key));
        int pageSize = 0;
        {
            auto db = Database::open(path, key, Database::OpenMode::ExistingOnly);
            QVERIFY(db);
            pageSize = (*db)->settings().pageSize;
        }
        const qint64 size = QFileInfo(path).size();
        QCOMPARE(size % pageSize, qint64(0));
        const qint64 pages = size / pageSize;
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        const qint64 pageIndex = page > 0 ? page - 1 : page == 0 ? pages / 2 : pages - 1;
        const qint64 at = pageIndex * pageSize + (offset >= 0 ? offset : pageSize + offset);
        QVERIFY(flipBit(path, at, 3));
        const QByteArray damaged = readFile(path);

        auto db = Database::open(path, key, Database::OpenMode::ExistingOnly);
        if (!db) {
            // Refused at open: with a reason, and nothing rewritten or deleted.
            QVERIFY(!db.error().code.isEmpty());
            QCOMPARE(readFile(path), damaged);
            return;
        }
        QVERIFY2(!openMustFail, "a damaged first page was opened");
        const QStringList problems = (*db)->integrityProblems();
        QString readError;
        const qint64 rows = readEverything(**db, &readError);
        const bool reported = !problems.isEmpty() || rows < 0;
        QVERIFY2(reported, qPrintable(QStringLiteral("flip at byte %1 (page %2 of %3) went unnoticed, %4 rows read")
                                          .arg(at)
                                          .arg(pageIndex + 1)
                                          .arg(pages)
                                          .arg(rows)));
        QVERIFY(rows < 0 || rows == kRows); // never a silently different answer
    }

    void transactionRollsBackOnDestruction()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("t.db"));
        const SecureBuffer key = randomKey();
        auto db = Database::open(path, key, Database::OpenMode::CreateNew);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (x INTEGER) STRICT")));
        {
            Transaction tx(**db);
            QVERIFY(tx.started());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (1), (2)")));
            QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 2);
            // A second transaction cannot start inside the first (one writer, no nesting).
            Transaction nested(**db);
            QVERIFY(!nested.started());
        }
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 0);
        {
            Transaction tx(**db);
            QVERIFY(tx.started());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (3)")));
            QVERIFY(tx.commit());
        }
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
        // A failing statement inside a transaction leaves nothing behind either.
        {
            Transaction tx(**db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (4)")));
            QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO t VALUES ('not an integer')")));
        }
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
        db->reset();
        auto reopened = Database::open(path, key, Database::OpenMode::ExistingOnly);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->scalar(QStringLiteral("SELECT sum(x) FROM t"))->toInt(), 3);
    }

    void statementErrors()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("e.db")), randomKey(), Database::OpenMode::CreateNew);
        QVERIFY(db);
        auto bad = (*db)->prepare(QStringLiteral("SELEKT 1"));
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
        QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO nowhere VALUES (1)")));
        auto v = (*db)->scalar(QStringLiteral("SELECT x'00ff'"));
        QVERIFY(v);
        QCOMPARE(v->toByteArray(), QByteArray("\x00\xff", 2));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
