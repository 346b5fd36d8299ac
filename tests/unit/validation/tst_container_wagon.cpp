// ISO 6346 container and UIC wagon numbers: damaged markings, so every failure needs an override.
#include "resultcheck.h"

using namespace Qt::StringLiterals;
using namespace saisie::validation;

class TestContainerWagon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void container_data();
    void container();
    void containerCheckDetails();
    void wagon_data();
    void wagon();
    void wagonCheckDetails();
};

void TestContainerWagon::container_data()
{
    testing::addResultColumns();
    const bool overrideNeeded = true;
    // DOMAIN.md example and hand-computed vectors (check = sum(value_i * 2^i) mod 11 mod 10).
    QTest::newRow("domain example") << u"CSQU3054383"_s << u"valid"_s << u"ok"_s << u"CSQU3054383"_s << false;
    QTest::newRow("as painted") << u"CSQU 305438 3"_s << u"valid"_s << u"ok"_s << u"CSQU3054383"_s << false;
    QTest::newRow("lower case, hyphen")
        << u" csqu-305438-3 "_s << u"valid"_s << u"ok"_s << u"CSQU3054383"_s << false;
    QTest::newRow("MSCU") << u"MSCU1234566"_s << u"valid"_s << u"ok"_s << u"MSCU1234566"_s << false;
    QTest::newRow("HLXU") << u"HLXU 874541 0"_s << u"invalid"_s << u"check_digit"_s << u"HLXU8745410"_s
                          << overrideNeeded;
    QTest::newRow("HLXU valid") << u"HLXU8745413"_s << u"valid"_s << u"ok"_s << u"HLXU8745413"_s << false;
    QTest::newRow("mod 11 gives 10 -> 0")
        << u"APZU0000000"_s << u"valid"_s << u"ok"_s << u"APZU0000000"_s << false;
    QTest::newRow("category J") << u"ABCJ0000004"_s << u"valid"_s << u"ok"_s << u"ABCJ0000004"_s << false;
    QTest::newRow("category Z") << u"XYZZ0000005"_s << u"valid"_s << u"ok"_s << u"XYZZ0000005"_s << false;
    QTest::newRow("letters up to skip")
        << u"TCNU1234560"_s << u"invalid"_s << u"check_digit"_s << u"TCNU1234560"_s << overrideNeeded;
    QTest::newRow("TCNU valid") << u"TCNU1234565"_s << u"valid"_s << u"ok"_s << u"TCNU1234565"_s << false;
    QTest::newRow("wrong check") << u"CSQU3054385"_s << u"invalid"_s << u"check_digit"_s << u"CSQU3054385"_s
                                 << overrideNeeded;
    QTest::newRow("transposed digits")
        << u"CSQU3045383"_s << u"invalid"_s << u"check_digit"_s << u"CSQU3045383"_s << overrideNeeded;
    QTest::newRow("no check digit") << u"CSQU305438"_s << u"invalid"_s << u"format"_s << QString()
                                    << overrideNeeded;
    QTest::newRow("category X") << u"CSQX3054383"_s << u"invalid"_s << u"format"_s << QString()
                                << overrideNeeded;
    QTest::newRow("digit in owner") << u"C5QU3054383"_s << u"invalid"_s << u"format"_s << QString()
                                    << overrideNeeded;
    QTest::newRow("letter in serial")
        << u"CSQU3O54383"_s << u"invalid"_s << u"format"_s << QString() << overrideNeeded;
    QTest::newRow("too long") << u"CSQU30543833"_s << u"invalid"_s << u"format"_s << QString()
                              << overrideNeeded;
    QTest::newRow("slash") << u"CSQU/3054383"_s << u"invalid"_s << u"format"_s << QString() << overrideNeeded;
    QTest::newRow("accented letter") << u"CSQÜ3054383"_s << u"invalid"_s << u"format"_s << QString()
                                     << overrideNeeded;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
    QTest::newRow("blank") << u" \t "_s << u"invalid"_s << u"empty"_s << QString() << false;
    QTest::newRow("only separators") << u"- . -"_s << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestContainerWagon::container()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateContainer(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Container, input));
}

void TestContainerWagon::containerCheckDetails()
{
    const Result bad = validateContainer(u"CSQU3054385");
    QCOMPARE(bad.message, u"Check digit should be 3 but the number ends in 5."_s);
    QCOMPARE(bad.checks.size(), 1);
    QCOMPARE(bad.checks.first().name, u"check_digit"_s);
    QCOMPARE(bad.checks.first().expected, u"3"_s);
    QCOMPARE(bad.checks.first().found, u"5"_s);
    QVERIFY(!bad.checks.first().passed);

    const Result good = validateContainer(u"CSQU3054383");
    QCOMPARE(good.checks.size(), 1);
    QVERIFY(good.checks.first().passed);
    QVERIFY(validateContainer(u"CSQU305438").checks.isEmpty());
}

void TestContainerWagon::wagon_data()
{
    testing::addResultColumns();
    const bool overrideNeeded = true;
    // DOMAIN.md example and hand-computed vectors (Luhn over 11 digits, weights 2,1,2,1... from the left).
    QTest::newRow("domain example") << u"21 81 2471 217-3"_s << u"valid"_s << u"ok"_s << u"218124712173"_s
                                    << false;
    QTest::newRow("compact") << u"218124712173"_s << u"valid"_s << u"ok"_s << u"218124712173"_s << false;
    QTest::newRow("31 80") << u"31 80 2931 440-4"_s << u"valid"_s << u"ok"_s << u"318029314404"_s << false;
    QTest::newRow("33 87") << u"33-87-4270-123-2"_s << u"valid"_s << u"ok"_s << u"338742701232"_s << false;
    QTest::newRow("84 80") << u"84.80.8723.456.5"_s << u"valid"_s << u"ok"_s << u"848087234565"_s << false;
    QTest::newRow("check 9") << u"23 87 4721 000-9"_s << u"valid"_s << u"ok"_s << u"238747210009"_s << false;
    QTest::newRow("wrong check") << u"21 81 2471 217-4"_s << u"invalid"_s << u"check_digit"_s
                                 << u"218124712174"_s << overrideNeeded;
    QTest::newRow("swapped pair") << u"21 18 2471 217-3"_s << u"invalid"_s << u"check_digit"_s
                                  << u"211824712173"_s << overrideNeeded;
    QTest::newRow("one digit off") << u"61 80 5450 000-4"_s << u"invalid"_s << u"check_digit"_s
                                   << u"618054500004"_s << overrideNeeded;
    QTest::newRow("11 digits") << u"21 81 2471 217"_s << u"invalid"_s << u"format"_s << QString()
                               << overrideNeeded;
    QTest::newRow("13 digits") << u"21 81 2471 217 33"_s << u"invalid"_s << u"format"_s << QString()
                               << overrideNeeded;
    QTest::newRow("letter") << u"21 81 2471 21A-3"_s << u"invalid"_s << u"format"_s << QString()
                            << overrideNeeded;
    QTest::newRow("arabic-indic digits")
        << u"٢١٨١٢٤٧١٢١٧٣"_s << u"invalid"_s << u"format"_s << QString() << overrideNeeded;
    QTest::newRow("empty") << u""_s << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestContainerWagon::wagon()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateWagon(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Wagon, input));
}

void TestContainerWagon::wagonCheckDetails()
{
    const Result bad = validateWagon(u"21 81 2471 217-4");
    QCOMPARE(bad.message, u"Check digit should be 3 but the number ends in 4."_s);
    QCOMPARE(bad.checks.first().expected, u"3"_s);
    QCOMPARE(bad.checks.first().found, u"4"_s);
}

QTEST_GUILESS_MAIN(TestContainerWagon)
#include "tst_container_wagon.moc"
