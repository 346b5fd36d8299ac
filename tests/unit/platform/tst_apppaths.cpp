// The data root: --data-dir beats SAISIE_DATA_DIR beats the platform default.
#include "desktop/desktopplatform.h"
#include "dummy/dummyplatform.h"
#include "platform.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie::platform;

class TestAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { qunsetenv("SAISIE_DATA_DIR"); }

    void choose_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<QString>("expectedOrigin");
        QTest::newRow("default") << QString() << QString() << QStringLiteral("/def") << QStringLiteral("platform default");
        QTest::newRow("env") << QString() << QStringLiteral("/env") << QStringLiteral("/env") << QStringLiteral("SAISIE_DATA_DIR");
        QTest::newRow("cli beats env") << QStringLiteral("/cli") << QStringLiteral("/env") << QStringLiteral("/cli")
                                       << QStringLiteral("--data-dir");
        QTest::newRow("blank cli skipped") << QStringLiteral("  ") << QStringLiteral("/env") << QStringLiteral("/env")
                                           << QStringLiteral("SAISIE_DATA_DIR");
        QTest::newRow("cleaned") << QStringLiteral("/a/b/../c/") << QString() << QStringLiteral("/a/c")
                                 << QStringLiteral("--data-dir");
    }
    void choose()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, environment);
        QFETCH(QString, expectedPath);
        QFETCH(QString, expectedOrigin);
        const DataRootChoice choice = chooseDataRoot(commandLine, environment, QStringLiteral("/def"));
        QCOMPARE(choice.path, expectedPath);
        QCOMPARE(choice.origin, expectedOrigin);
    }

    void relativeBecomesAbsolute()
    {
        const DataRootChoice choice = chooseDataRoot(QStringLiteral("rel/dir"), QString(), QStringLiteral("/def"));
        QVERIFY(QDir::isAbsolutePath(choice.path));
        QVERIFY(choice.path.endsWith(QStringLiteral("/rel/dir")));
    }

    void desktopHonoursEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("SAISIE_DATA_DIR", QFile::encodeName(dir.path()));
        desktop::DesktopAppPaths fromEnv{QString()};
        QCOMPARE(fromEnv.dataRoot(), QDir(dir.path()).absolutePath());
        QCOMPARE(fromEnv.origin(), QStringLiteral("SAISIE_DATA_DIR"));

        desktop::DesktopAppPaths fromCli{dir.path() + QStringLiteral("/cli")};
        QCOMPARE(fromCli.dataRoot(), dir.path() + QStringLiteral("/cli"));
        QCOMPARE(fromCli.origin(), QStringLiteral("--data-dir"));
    }

    void desktopDefaultIsAppData()
    {
        desktop::DesktopAppPaths paths{QString()};
        QCOMPARE(paths.dataRoot(),
                 QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(paths.origin(), QStringLiteral("platform default"));
    }

    void platformCreateUsesOverride()
    {
        PlatformOptions options;
        options.dataDirOverride = QStringLiteral("/tmp/saisie-override");
        const Platform p = Platform::create(options);
        QCOMPARE(p.paths->dataRoot(), QStringLiteral("/tmp/saisie-override"));
        QVERIFY(p.connectivity);
        QVERIFY(p.positions);
        QVERIFY(p.secureWindow);
        QVERIFY(!p.keyStore->isAvailable()); // desktop: no key store integration yet
    }

    void dummyIsFixed()
    {
        const Platform p = Platform::createDummy(QStringLiteral("/x"));
        QCOMPARE(p.paths->dataRoot(), QStringLiteral("/x"));
        QCOMPARE(p.positions->create(nullptr), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
