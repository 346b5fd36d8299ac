// OfficerProfile: the officer's details in the encrypted database (schema v2), validation with a
// sentence per problem, normalisation, one row, an audit event naming the changed fields only.
#include "storetesthelpers.h"

#include "store/officerprofile.h"
#include "store/schema.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace saisie;
using store::OfficerDetails;
using store::OfficerProblem;
using store::OfficerProfile;

Q_DECLARE_METATYPE(store::OfficerProblem)

class TestOfficerProfile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TestVault> v;
    OfficerProfile profile() { return OfficerProfile(v->db(), &v->s().audit()); }
    int officerEvents()
    {
        auto events = v->s().audit().events();
        int n = 0;
        for (const auto &e : *events)
            n += e.type == QLatin1String("officer_edit") ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        v = std::make_unique<testing::TestVault>();
        QString error;
        QVERIFY2(v->create(&error), qPrintable(error));
    }
    void cleanup() { v.reset(); }

    void emptyUntilSet()
    {
        QVERIFY(store::kSchemaVersion >= 2); // the officer table arrived in v2
        auto details = profile().get();
        QVERIFY(details);
        QVERIFY(details->isEmpty());
    }

    void setGetAndSurviveReopen()
    {
        QVERIFY(profile().set({QStringLiteral("  Claire   Martin "), QStringLiteral(" FR-4521/B "),
                               QStringLiteral("BSI  Le Havre")}));
        const OfficerDetails expected{QStringLiteral("Claire Martin"), QStringLiteral("FR-4521/B"),
                                      QStringLiteral("BSI Le Havre")};
        QCOMPARE(*profile().get(), expected);
        QString error;
        QVERIFY2(v->reopen(&error), qPrintable(error));
        QCOMPARE(*profile().get(), expected);
        QCOMPARE(v->db().scalar(QStringLiteral("SELECT count(*) FROM officer"))->toInt(), 1);
    }

    void replaceKeepsOneRowAndAudits()
    {
        QVERIFY(profile().set({QStringLiteral("A B"), QStringLiteral("S1"), QStringLiteral("U1")}));
        QVERIFY(profile().set({QStringLiteral("A B"), QStringLiteral("S2"), QStringLiteral("U1")}));
        QVERIFY(
            profile().set({QStringLiteral("A B"), QStringLiteral("S2"), QStringLiteral("U1")})); // no change
        QCOMPARE(v->db().scalar(QStringLiteral("SELECT count(*) FROM officer"))->toInt(), 1);
        QCOMPARE(profile().get()->serviceNumber, QStringLiteral("S2"));
        QCOMPARE(officerEvents(), 2); // the unchanged save writes nothing
        auto events = v->s().audit().events();
        const auto last = events->constLast();
        QCOMPARE(last.detail.value(QStringLiteral("fields")).toArray(),
                 QJsonArray{QStringLiteral("serviceNumber")});
        // Values never reach the audit trail.
        for (const auto &e : *events)
            QVERIFY(!QJsonDocument(e.detail).toJson().contains("S2"));
        auto problems = v->s().audit().verify();
        QVERIFY(problems && problems->isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("serviceNumber");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<OfficerProblem>("nameProblem");
        QTest::addColumn<OfficerProblem>("serviceProblem");
        QTest::addColumn<OfficerProblem>("unitProblem");
        const QString ok = QStringLiteral("Ok");
        const auto none = OfficerProblem::None;
        QTest::newRow("all fine") << ok << QStringLiteral("AB-12/3") << ok << none << none << none;
        QTest::newRow("accented name")
            << QStringLiteral("Zoé Lefèvre-Ngô") << QStringLiteral("1") << ok << none << none << none;
        QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("1") << ok
                                    << OfficerProblem::Missing << none << none;
        QTest::newRow("200 chars") << QString(200, QLatin1Char('n')) << QStringLiteral("1") << ok << none
                                   << none << none;
        QTest::newRow("201 chars") << QString(201, QLatin1Char('n')) << QStringLiteral("1") << ok
                                   << OfficerProblem::TooLong << none << none;
        QTest::newRow("200 emoji") << QString::fromUtf8("\xF0\x9F\x98\x80").repeated(200)
                                   << QStringLiteral("1") << ok << none << none
                                   << none; // characters, not UTF-16 units
        QTest::newRow("control in name") << QStringLiteral("A\u0007B") << QStringLiteral("1") << ok
                                         << OfficerProblem::BadCharacters << none << none;
        QTest::newRow("no service number")
            << ok << QString() << ok << none << OfficerProblem::Missing << none;
        QTest::newRow("40 chars") << ok << QString(40, QLatin1Char('9')) << ok << none << none << none;
        QTest::newRow("41 chars") << ok << QString(41, QLatin1Char('9')) << ok << none
                                  << OfficerProblem::TooLong << none;
        QTest::newRow("space inside")
            << ok << QStringLiteral("AB 12") << ok << none << OfficerProblem::BadCharacters << none;
        QTest::newRow("accent") << ok << QStringLiteral("É12") << ok << none << OfficerProblem::BadCharacters
                                << none;
        QTest::newRow("no unit") << ok << QStringLiteral("1") << QString() << none << none
                                 << OfficerProblem::Missing;
        QTest::newRow("101 unit") << ok << QStringLiteral("1") << QString(101, QLatin1Char('u')) << none
                                  << none << OfficerProblem::TooLong;
        QTest::newRow("all missing") << QString() << QString() << QString() << OfficerProblem::Missing
                                     << OfficerProblem::Missing << OfficerProblem::Missing;
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, serviceNumber);
        QFETCH(QString, unit);
        QFETCH(OfficerProblem, nameProblem);
        QFETCH(OfficerProblem, serviceProblem);
        QFETCH(OfficerProblem, unitProblem);
        const auto check = OfficerProfile::check(OfficerProfile::normalized({name, serviceNumber, unit}));
        QCOMPARE(check.name, nameProblem);
        QCOMPARE(check.serviceNumber, serviceProblem);
        QCOMPARE(check.unit, unitProblem);
        const Status stored = profile().set({name, serviceNumber, unit});
        QCOMPARE(stored.ok(), check.ok());
        if (!stored) {
            QCOMPARE(stored.error().code, QStringLiteral("officer_invalid"));
            QVERIFY(stored.error().message.endsWith(QLatin1Char('.')));
            QVERIFY(profile().get()->isEmpty()); // refused: nothing written
        }
    }

    void schemaRefusesBypass()
    {
        // The table's own checks hold even if a caller skipped validation.
        QVERIFY(!v->db().exec(QStringLiteral("INSERT INTO officer (id, name, service_number, unit) "
                                             "VALUES (2, 'a', 'b', 'c')")));
        QVERIFY(!v->db().exec(QStringLiteral("INSERT INTO officer (id, name, service_number, unit) "
                                             "VALUES (1, '', 'b', 'c')")));
    }
};

QTEST_GUILESS_MAIN(TestOfficerProfile)
#include "tst_officerprofile.moc"
