// IMO, VIN, air waybill and UPU S10: failed checks are warnings, malformed numbers are invalid, and neither
// asks for an override (DOMAIN.md: real numbers often break the rule).
#include "resultcheck.h"

using namespace Qt::StringLiterals;
using namespace saisie::validation;

class TestTransportIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imo_data();
    void imo();
    void vin_data();
    void vin();
    void airWaybill_data();
    void airWaybill();
    void upuS10_data();
    void upuS10();
    void checkDetails_data();
    void checkDetails();
};

void TestTransportIds::imo_data()
{
    testing::addResultColumns();
    // (7d1 + 6d2 + 5d3 + 4d4 + 3d5 + 2d6) mod 10 = d7
    QTest::newRow("domain example") << u"9074729"_s << u"valid"_s << u"ok"_s << u"9074729"_s << false;
    QTest::newRow("IMO prefix") << u"IMO 9074729"_s << u"valid"_s << u"ok"_s << u"9074729"_s << false;
    QTest::newRow("lower-case prefix") << u"imo9074729"_s << u"valid"_s << u"ok"_s << u"9074729"_s << false;
    QTest::newRow("prefix with hyphen") << u"IMO-9074729"_s << u"valid"_s << u"ok"_s << u"9074729"_s << false;
    QTest::newRow("9176187") << u"9176187"_s << u"valid"_s << u"ok"_s << u"9176187"_s << false;
    QTest::newRow("9321483") << u"9321483"_s << u"valid"_s << u"ok"_s << u"9321483"_s << false;
    QTest::newRow("8814275") << u"8814275"_s << u"valid"_s << u"ok"_s << u"8814275"_s << false;
    QTest::newRow("9619907") << u"9619907"_s << u"valid"_s << u"ok"_s << u"9619907"_s << false;
    QTest::newRow("check 0") << u"9811000"_s << u"valid"_s << u"ok"_s << u"9811000"_s << false;
    QTest::newRow("wrong check") << u"9074728"_s << u"warning"_s << u"check_digit"_s << u"9074728"_s << false;
    QTest::newRow("1234568") << u"1234568"_s << u"warning"_s << u"check_digit"_s << u"1234568"_s << false;
    QTest::newRow("9811001") << u"IMO 9811001"_s << u"warning"_s << u"check_digit"_s << u"9811001"_s << false;
    QTest::newRow("6 digits") << u"907472"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("8 digits") << u"90747290"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letter O") << u"9O74729"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("MMSI-like") << u"227006760"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("prefix only") << u"IMO"_s << u"invalid"_s << u"empty"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestTransportIds::imo()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateImo(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Imo, input));
}

void TestTransportIds::vin_data()
{
    testing::addResultColumns();
    // Position 9 = sum(transliteration * weight) mod 11, 10 written X.
    QTest::newRow("classic X") << u"1M8GDM9AXKP042788"_s << u"valid"_s << u"ok"_s << u"1M8GDM9AXKP042788"_s
                               << false;
    QTest::newRow("lower case") << u"1m8gdm9axkp042788"_s << u"valid"_s << u"ok"_s << u"1M8GDM9AXKP042788"_s
                                << false;
    QTest::newRow("all ones") << u"11111111111111111"_s << u"valid"_s << u"ok"_s << u"11111111111111111"_s
                              << false;
    QTest::newRow("honda") << u"1HGCM82633A004352"_s << u"valid"_s << u"ok"_s << u"1HGCM82633A004352"_s
                           << false;
    QTest::newRow("tesla") << u"5YJSA1E14FF101307"_s << u"valid"_s << u"ok"_s << u"5YJSA1E14FF101307"_s
                           << false;
    QTest::newRow("acura") << u"JH4KA7561PC008269"_s << u"valid"_s << u"ok"_s << u"JH4KA7561PC008269"_s
                           << false;
    QTest::newRow("spaced") << u"1GNEK13ZX3R 298984"_s << u"valid"_s << u"ok"_s << u"1GNEK13ZX3R298984"_s
                            << false;
    QTest::newRow("european, no check")
        << u"WVWZZZ1JZXW000001"_s << u"warning"_s << u"check_digit"_s << u"WVWZZZ1JZXW000001"_s << false;
    QTest::newRow("porsche") << u"WP0ZZZ99ZTS392124"_s << u"warning"_s << u"check_digit"_s
                             << u"WP0ZZZ99ZTS392124"_s << false;
    QTest::newRow("wrong digit") << u"2T1BURHE0JC074353"_s << u"warning"_s << u"check_digit"_s
                                 << u"2T1BURHE0JC074353"_s << false;
    QTest::newRow("X misread as 1") << u"1M8GDM9A1KP042788"_s << u"warning"_s << u"check_digit"_s
                                    << u"1M8GDM9A1KP042788"_s << false;
    QTest::newRow("16 chars") << u"1M8GDM9AXKP04278"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("18 chars") << u"1M8GDM9AXKP0427881"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letter I") << u"1M8GDM9AXKP04278I"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letter O") << u"1M8GDM9AXKPO42788"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letter Q") << u"QM8GDM9AXKP042788"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("underscore") << u"1M8GDM9AX_P042788"_s << u"invalid"_s << u"format"_s << QString()
                                << false;
    QTest::newRow("empty") << u"   "_s << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestTransportIds::vin()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateVin(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Vin, input));
}

void TestTransportIds::airWaybill_data()
{
    testing::addResultColumns();
    // Last digit = the 7-digit serial mod 7 (1234567 mod 7 = 5).
    QTest::newRow("domain style") << u"020-12345675"_s << u"valid"_s << u"ok"_s << u"02012345675"_s << false;
    QTest::newRow("compact") << u"17612345675"_s << u"valid"_s << u"ok"_s << u"17612345675"_s << false;
    QTest::newRow("spaced") << u"235 0987 6543"_s << u"valid"_s << u"ok"_s << u"23509876543"_s << false;
    QTest::newRow("zero serial") << u"001-00000000"_s << u"valid"_s << u"ok"_s << u"00100000000"_s << false;
    QTest::newRow("618") << u"618-44332212"_s << u"valid"_s << u"ok"_s << u"61844332212"_s << false;
    QTest::newRow("074") << u"074-65432102"_s << u"valid"_s << u"ok"_s << u"07465432102"_s << false;
    QTest::newRow("wrong check") << u"020-12345671"_s << u"warning"_s << u"check_digit"_s << u"02012345671"_s
                                 << false;
    QTest::newRow("618 off by one") << u"618-44332211"_s << u"warning"_s << u"check_digit"_s
                                    << u"61844332211"_s << false;
    QTest::newRow("check above 6") << u"020-12345679"_s << u"warning"_s << u"check_digit"_s
                                   << u"02012345679"_s << false;
    QTest::newRow("10 digits") << u"020-1234567"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("12 digits") << u"020-123456755"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letter") << u"O20-12345675"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("slash") << u"020/12345675"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestTransportIds::airWaybill()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateAirWaybill(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::AirWaybill, input));
}

void TestTransportIds::upuS10_data()
{
    testing::addResultColumns();
    // Weights 8,6,4,2,3,5,9,7; c = 11 - (sum mod 11), 10 -> 0, 11 -> 5.
    QTest::newRow("UPU example") << u"RR123456785FR"_s << u"valid"_s << u"ok"_s << u"RR123456785FR"_s
                                 << false;
    QTest::newRow("spaced, lower") << u"rr 123 456 785 fr"_s << u"valid"_s << u"ok"_s << u"RR123456785FR"_s
                                   << false;
    QTest::newRow("EMS US") << u"EE123456785US"_s << u"valid"_s << u"ok"_s << u"EE123456785US"_s << false;
    QTest::newRow("11 -> 5") << u"CP000000005DE"_s << u"valid"_s << u"ok"_s << u"CP000000005DE"_s << false;
    QTest::newRow("10 -> 0") << u"RR001000090XX"_s << u"warning"_s << u"unknown_country"_s
                             << u"RR001000090XX"_s << false;
    QTest::newRow("10 -> 0, GB") << u"RR001000090GB"_s << u"valid"_s << u"ok"_s << u"RR001000090GB"_s
                                 << false;
    QTest::newRow("GB") << u"RA473124829GB"_s << u"valid"_s << u"ok"_s << u"RA473124829GB"_s << false;
    QTest::newRow("CN") << u"LZ987654326CN"_s << u"valid"_s << u"ok"_s << u"LZ987654326CN"_s << false;
    QTest::newRow("CH") << u"RB246813576CH"_s << u"valid"_s << u"ok"_s << u"RB246813576CH"_s << false;
    QTest::newRow("wrong check") << u"RR123456784FR"_s << u"warning"_s << u"check_digit"_s
                                 << u"RR123456784FR"_s << false;
    QTest::newRow("NL wrong") << u"RR999999999NL"_s << u"warning"_s << u"check_digit"_s << u"RR999999999NL"_s
                              << false;
    QTest::newRow("JP wrong") << u"EA111111111JP"_s << u"warning"_s << u"check_digit"_s << u"EA111111111JP"_s
                              << false;
    QTest::newRow("unknown country ZZ")
        << u"RR123456785ZZ"_s << u"warning"_s << u"unknown_country"_s << u"RR123456785ZZ"_s << false;
    QTest::newRow("12 chars") << u"RR12345678FR"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("digit in service")
        << u"R1123456785FR"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("digit in country")
        << u"RR123456785F1"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letter in serial")
        << u"RR12345678SFR"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestTransportIds::upuS10()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateUpuS10(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::UpuS10, input));
}

void TestTransportIds::checkDetails_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("found");
    QTest::newRow("imo") << u"imo"_s << u"9074728"_s << u"9"_s << u"8"_s;
    QTest::newRow("vin") << u"vin"_s << u"1M8GDM9A1KP042788"_s << u"X"_s << u"1"_s;
    QTest::newRow("vin european") << u"vin"_s << u"WVWZZZ1JZXW000001"_s << u"0"_s << u"Z"_s;
    QTest::newRow("awb") << u"awb"_s << u"020-12345671"_s << u"5"_s << u"1"_s;
    QTest::newRow("s10") << u"s10"_s << u"RR123456784FR"_s << u"5"_s << u"4"_s;
}

void TestTransportIds::checkDetails()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, found);
    const Result r = validate(*kindFromName(kind), input);
    QCOMPARE(r.checks.size(), 1);
    QCOMPARE(r.checks.first().name, u"check_digit"_s);
    QVERIFY(!r.checks.first().passed);
    QCOMPARE(r.checks.first().expected, expected);
    QCOMPARE(r.checks.first().found, found);
    QVERIFY2(r.message.contains(u"should be %1"_s.arg(expected)), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestTransportIds)
#include "tst_transport_ids.moc"
