// Completeness: share of the field set (completeness.cpp kRules) that is filled.
#include "model/completeness.h"
#include "model/seizurejson.h"
#include "testdata.h"

#include <QTest>

using namespace saisie::model;
using namespace saisie::model::test;

namespace {

Seizure load(const QString &file, JsonMode mode)
{
    QStringList errors;
    const auto s = seizureFromJson(readObject(file), mode, &errors);
    if (!s)
        qFatal("%s: %s", qPrintable(file), qPrintable(errors.join(u' ')));
    return *s;
}

double creditOf(const Seizure &s, const QString &path)
{
    for (const FieldCredit &f : completenessDetail(s)) {
        if (f.path == path)
            return f.credit;
    }
    return -1;
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<int>("fields");
        QTest::addColumn<double>("expected");
        // 19 header fields + 8 base item fields, all empty.
        QTest::newRow("empty") << QString() << false << 27 << 0.0;
        // Quick entry fills 8 of 19 header fields (occurredAt, place, location type, gps, direction,
        // transport mode, both route countries) and 3 of the tobacco item's 9 fields.
        QTest::newRow("quick") << QStringLiteral("quick-seizure.json") << false << 28 << 11.0 / 28;
        // Tobacco item: 9 applicable fields; cash item: 6. No photo in an input document.
        QTest::newRow("full input") << QStringLiteral("full-seizure.json") << false << 34 << 33.0 / 34;
        QTest::newRow("full stored") << QStringLiteral("stored-full.json") << true << 34 << 1.0;
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(bool, stored);
        QFETCH(int, fields);
        QFETCH(double, expected);
        Seizure s;
        if (!file.isEmpty())
            s = load(file, stored ? JsonMode::Stored : JsonMode::Input);
        const QList<FieldCredit> detail = completenessDetail(s);
        QCOMPARE(detail.size(), fields);
        QCOMPARE(completeness(s), expected);
    }

    void unknownEarnsHalfCredit_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("credit");
        QTest::newRow("coded UNKNOWN") << QStringLiteral("direction") << 0.5;
        QTest::newRow("country ZZ") << QStringLiteral("route.departureCountry") << 0.5;
        QTest::newRow("null timestamp") << QStringLiteral("occurredAt") << 0.5;
        QTest::newRow("manual reason without fix") << QStringLiteral("gps") << 0.5;
        QTest::newRow("null quantity with unit") << QStringLiteral("items[0].quantity") << 0.5;
        QTest::newRow("null value, no currency") << QStringLiteral("items[0].estimatedValue") << 0.0;
        QTest::newRow("filled code") << QStringLiteral("transportMode") << 1.0;
        QTest::newRow("filled text") << QStringLiteral("placeName") << 1.0;
        QTest::newRow("not filled") << QStringLiteral("narrative") << 0.0;
    }

    void unknownEarnsHalfCredit()
    {
        QFETCH(QString, path);
        QFETCH(double, credit);
        QCOMPARE(creditOf(load(QStringLiteral("stored-draft.json"), JsonMode::Stored), path), credit);
    }

    void categorySpecificFields()
    {
        Seizure s;
        CommodityItem weapon;
        weapon.category = QStringLiteral("WEAPONS_AMMO");
        CommodityItem cites;
        cites.category = QStringLiteral("CITES_WILDLIFE");
        s.items = {weapon, cites};
        QStringList paths;
        for (const FieldCredit &f : completenessDetail(s))
            paths.append(f.path);
        QVERIFY(paths.contains(QStringLiteral("items[0].weaponSerial")));
        QVERIFY(!paths.contains(QStringLiteral("items[0].citesSpecies")));
        QVERIFY(paths.contains(QStringLiteral("items[1].citesAppendix")));
        QVERIFY(!paths.contains(QStringLiteral("items[1].brand")));
        QCOMPARE(creditOf(s, QStringLiteral("items[0].category")), 1.0);
    }

    void blankTextIsNotFilled()
    {
        Seizure s;
        s.placeName.set(QStringLiteral("   "));
        QCOMPARE(creditOf(s, QStringLiteral("placeName")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
