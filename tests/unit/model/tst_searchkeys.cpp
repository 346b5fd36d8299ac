// Search keys: what the store indexes, normalized the way officers will type it back.
#include "model/searchkeys.h"
#include "model/seizurejson.h"
#include "testdata.h"

#include <QTest>

using namespace saisie::model;
using namespace saisie::model::test;

Q_DECLARE_METATYPE(QList<SearchKey>)

class TestSearchKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("container spaced") << "container"
                                          << "csqu 305438-3"
                                          << "CSQU3054383";
        QTest::newRow("container dotted") << "container"
                                          << "CSQU.305438.3"
                                          << "CSQU3054383";
        QTest::newRow("wagon grouped") << "wagon"
                                       << "21 81 2471 217-3"
                                       << "218124712173";
        QTest::newRow("plate hyphens") << "plate"
                                       << "bx-482-kl"
                                       << "BX482KL";
        QTest::newRow("plate spaces") << "plate"
                                      << " AB 123 CD "
                                      << "AB123CD";
        QTest::newRow("plate accented") << "plate"
                                        << "é-12"
                                        << "É12";
        QTest::newRow("imo prefix") << "imo"
                                    << "IMO 9074729"
                                    << "9074729";
        QTest::newRow("awb") << "awb"
                             << "176-1234 5675"
                             << "17612345675";
        QTest::newRow("vin") << "vin"
                             << "1m8gdm9a xkp042788"
                             << "1M8GDM9AXKP042788";
        QTest::newRow("s10") << "s10"
                             << "rr 123 456 785 gb"
                             << "RR123456785GB";
        QTest::newRow("document mrz filler") << "document"
                                             << "NX7K41P2<"
                                             << "NX7K41P2";
        QTest::newRow("document slash") << "document"
                                        << "12/345 678"
                                        << "12345678";
        QTest::newRow("nothing left") << "imo"
                                      << "IMO"
                                      << "";
    }

    void normalize()
    {
        QFETCH(QString, kind);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(normalizeSearchValue(kind, raw), expected);
    }

    void fromFullExample()
    {
        const auto s =
            seizureFromJson(readObject(QStringLiteral("full-seizure.json")), JsonMode::Input, nullptr);
        QVERIFY(s);
        const QList<SearchKey> expected{
            {QStringLiteral("container"), QStringLiteral("CSQU3054383")},
            {QStringLiteral("plate"), QStringLiteral("BX482KL")},
            {QStringLiteral("vin"), QStringLiteral("1M8GDM9AXKP042788")},
            {QStringLiteral("imo"), QStringLiteral("9074729")},
            {QStringLiteral("document"), QStringLiteral("NX7K41P29")},
        };
        QCOMPARE(searchKeys(*s), expected);
    }

    void allKindsDeduplicatedAndSkippingUnknown()
    {
        Seizure s;
        Conveyance c;
        c.containerNumber.set(QStringLiteral("CSQU 305438 3"));
        c.wagonNumber.set(QStringLiteral("21 81 2471 217 3"));
        c.airWaybill.set(QStringLiteral("176-12345675"));
        c.postalItemId.set(QStringLiteral("RR123456785GB"));
        c.plate.setUnknown();
        c.vin.set(QStringLiteral("  "));
        Conveyance same;
        same.containerNumber.set(QStringLiteral("csqu3054383"));
        s.conveyances = {c, same};
        Person p;
        p.documentNumber.set(QStringLiteral("ab 12345"));
        s.persons = {p};
        const QList<SearchKey> expected{
            {QStringLiteral("container"), QStringLiteral("CSQU3054383")},
            {QStringLiteral("wagon"), QStringLiteral("218124712173")},
            {QStringLiteral("awb"), QStringLiteral("17612345675")},
            {QStringLiteral("s10"), QStringLiteral("RR123456785GB")},
            {QStringLiteral("document"), QStringLiteral("AB12345")},
        };
        QCOMPARE(searchKeys(s), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchKeys)
#include "tst_searchkeys.moc"
