// ProfileDirectory: the profile picker shown before unlock sees aliases and attempt counters only.
#include "vaulttesthelpers.h"

#include "store/session.h"
#include "vault/profiles.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie;
using namespace saisie::vault;
using saisie::testing::filesUnder;
using saisie::testing::pin;
using saisie::testing::readFile;
using saisie::testing::testOptions;
using saisie::testing::writeFile;

class TestProfileDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listShowsAliasOnly()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        ProfileDirectory profiles(tmp.path());
        QVERIFY(profiles.list().isEmpty());
        auto alpha = profiles.create(QStringLiteral("  Alpha  "), pin("482915"), testOptions());
        QVERIFY2(alpha, qPrintable(alpha ? QString() : alpha.error().message));
        auto bravo = profiles.create(QStringLiteral("Bravo"), pin("615243"), testOptions());
        QVERIFY(bravo);

        // The officer's identity goes into the encrypted database only.
        {
            auto vault = profiles.open(QStringLiteral("Alpha"));
            QVERIFY(vault);
            auto session = store::Session::open(*vault, std::move(alpha->second));
            QVERIFY(session);
            model::Seizure s;
            s.officerId = QStringLiteral("ZZOFFICERID4711");
            s.unitId = QStringLiteral("ZZUNITMARKER");
            model::Person p;
            p.surname = QStringLiteral("ZZOFFICERSURNAME");
            s.persons << p;
            QVERIFY((*session)->seizures().saveDraft(s));
        }

        QStringList problems;
        const auto list = profiles.list(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(list.size(), 2);
        QStringList aliases;
        for (const ProfileSummary &p : list) {
            aliases << p.alias;
            QCOMPARE(p.attemptsLeft, 10);
            QCOMPARE(p.secondsToWait, qint64(0));
            QVERIFY(!QUuid::fromString(p.vaultId).isNull());
        }
        aliases.sort();
        QCOMPARE(aliases, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo")})); // trimmed

        // Nothing readable before unlock names the officer: not the directory names, not the key
        // files, not the counters.
        for (const QString &rel : filesUnder(profiles.profilesPath())) {
            QVERIFY2(!rel.contains(QStringLiteral("Alpha")), qPrintable(rel));
            if (!rel.endsWith(QStringLiteral(".json")))
                continue;
            const QByteArray bytes = readFile(profiles.profilesPath() + QLatin1Char('/') + rel);
            for (const char *marker : {"ZZOFFICERID4711", "ZZUNITMARKER", "ZZOFFICERSURNAME"})
                QVERIFY2(!bytes.contains(marker), qPrintable(rel));
        }
    }

    void attemptsVisibleInList()
    {
        QTemporaryDir tmp;
        ProfileDirectory profiles(tmp.path());
        QVERIFY(profiles.create(QStringLiteral("Alpha"), pin("482915"), testOptions(5)));
        auto vault = profiles.open(QStringLiteral("Alpha"));
        QVERIFY(vault);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!vault->unlock(pin("902731")));
        const auto list = profiles.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().attemptsLeft, 2);
        QVERIFY(list.first().secondsToWait > 0 && list.first().secondsToWait <= 30);
    }

    void aliasRules_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("alias");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("alias");
        QTest::newRow("41 chars") << QString(41, QLatin1Char('a')) << QStringLiteral("alias");
        QTest::newRow("taken") << QStringLiteral("Alpha") << QStringLiteral("alias_taken");
        QTest::newRow("taken, other case") << QStringLiteral("aLPHA ") << QStringLiteral("alias_taken");
        QTest::newRow("40 chars") << QString(40, QLatin1Char('a')) << QString();
    }
    void aliasRules()
    {
        QFETCH(QString, alias);
        QFETCH(QString, code);
        QTemporaryDir tmp;
        ProfileDirectory profiles(tmp.path());
        QVERIFY(profiles.create(QStringLiteral("Alpha"), pin("482915"), testOptions()));
        auto r = profiles.create(alias, pin("615243"), testOptions());
        if (code.isEmpty()) {
            QVERIFY(r);
            QCOMPARE(profiles.list().size(), 2);
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().code, code);
            QCOMPARE(profiles.list().size(), 1);
        }
    }

    void openByIdAliasOrPrefix()
    {
        QTemporaryDir tmp;
        ProfileDirectory profiles(tmp.path());
        auto created = profiles.create(QStringLiteral("Alpha"), pin("482915"), testOptions());
        QVERIFY(created);
        const QString id = created->first;
        for (const QString &key : {id, QStringLiteral("Alpha"), id.left(4), id.left(13)}) {
            auto v = profiles.open(key);
            QVERIFY2(v, qPrintable(key));
            QCOMPARE(v->keyFile().vaultId, id);
        }
        for (const QString &key : {id.left(3), QStringLiteral("Zulu")}) {
            auto v = profiles.open(key);
            QVERIFY2(!v, qPrintable(key));
            QCOMPARE(v.error().code, QStringLiteral("no_profile"));
        }
    }

    void damagedProfileReported()
    {
        QTemporaryDir tmp;
        ProfileDirectory profiles(tmp.path());
        QVERIFY(profiles.create(QStringLiteral("Alpha"), pin("482915"), testOptions()));
        QVERIFY(profiles.create(QStringLiteral("Bravo"), pin("615243"), testOptions()));
        const QStringList dirs = QDir(profiles.profilesPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(dirs.size(), 2);
        QVERIFY(writeFile(profiles.profilesPath() + QLatin1Char('/') + dirs.first() + QStringLiteral("/vault.json"),
                          QByteArray("{\"format\":\"saisie-vault\"")));
        QStringList problems;
        const auto list = profiles.list(&problems);
        QCOMPARE(list.size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(dirs.first()));
    }
};

QTEST_GUILESS_MAIN(TestProfileDirectory)
#include "tst_profiledirectory.moc"
