// S3 at run time: once a second SQLite library is mapped into the process (as Qt's QSQLITE plugin
// would do), Database refuses to open anything, because symbol lookup may now serve plain SQLite
// and PRAGMA key would be ignored silently. Its own binary: the library stays mapped afterwards.
#include "vaulttesthelpers.h"

#include "vault/database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <dlfcn.h>

using namespace saisie;
using namespace saisie::vault;
using saisie::testing::filesUnder;

class TestSecondSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusedOnceMapped()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const SecureBuffer key = SecureBuffer::random(32);
        QCOMPARE(Database::foreignSqliteMapped(), QString());
        QVERIFY(Database::open(tmp.filePath(QStringLiteral("before.db")), key, Database::OpenMode::CreateNew));

        void *plain = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
        if (!plain)
            QFAIL("the system libsqlite3.so.0 is not installed (scripts/setup installs sqlite3)");
        const QString mapped = Database::foreignSqliteMapped();
        QVERIFY2(mapped.startsWith(QLatin1Char('/')) && mapped.contains(QLatin1String("libsqlite3.so")),
                 qPrintable(mapped)); // the path, so the refusal can name what to remove
        const QStringList before = filesUnder(tmp.path());
        auto created = Database::open(tmp.filePath(QStringLiteral("after.db")), key, Database::OpenMode::CreateNew);
        QVERIFY(!created);
        QCOMPARE(created.error().code, QStringLiteral("plain_sqlite"));
        auto existing = Database::open(tmp.filePath(QStringLiteral("before.db")), key, Database::OpenMode::ExistingOnly);
        QVERIFY(!existing);
        QCOMPARE(existing.error().code, QStringLiteral("plain_sqlite"));
        QCOMPARE(filesUnder(tmp.path()), before);
        ::dlclose(plain);
    }
};

QTEST_GUILESS_MAIN(TestSecondSqlite)
#include "tst_secondsqlite.moc"
