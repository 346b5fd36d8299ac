// HS codes, UN/LOCODEs, countries and currencies: checked against the bundled code lists, or an
// administration's replacement set.
#include "resultcheck.h"

#include "codelists/codelists.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace saisie::validation;
using saisie::codelists::CodeLists;

class TestCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hsCode_data();
    void hsCode();
    void hsCodeMessages();
    void unLocode_data();
    void unLocode();
    void country_data();
    void country();
    void currency_data();
    void currency();
    void replacementLists();
};

void TestCodes::hsCode_data()
{
    testing::addResultColumns();
    QTest::newRow("cigarettes") << u"240220"_s << u"valid"_s << u"ok"_s << u"240220"_s << false;
    QTest::newRow("dotted") << u"2402.20"_s << u"valid"_s << u"ok"_s << u"240220"_s << false;
    QTest::newRow("national 8") << u"2402.20.90"_s << u"valid"_s << u"ok"_s << u"24022090"_s << false;
    QTest::newRow("national 10") << u"8703 23 19 90"_s << u"valid"_s << u"ok"_s << u"8703231990"_s << false;
    QTest::newRow("chapter 01") << u"010121"_s << u"valid"_s << u"ok"_s << u"010121"_s << false;
    QTest::newRow("chapter 97") << u"970110"_s << u"valid"_s << u"ok"_s << u"970110"_s << false;
    QTest::newRow("firearms") << u"9302.00"_s << u"valid"_s << u"ok"_s << u"930200"_s << false;
    QTest::newRow("chapter 77 reserved")
        << u"770100"_s << u"invalid"_s << u"reserved"_s << QString() << false;
    QTest::newRow("chapter 00") << u"000000"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("chapter 98") << u"980100"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("chapter 99") << u"990100"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("heading 00") << u"870010"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("4 digits") << u"2402"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("7 digits") << u"2402209"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("9 digits") << u"240220901"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("12 digits") << u"240220901234"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("letters") << u"24O220"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestCodes::hsCode()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateHsCode(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::HsCode, input));
}

void TestCodes::hsCodeMessages()
{
    QVERIFY(validateHsCode(u"240220").message.contains(u"chapter level"_s));
    QVERIFY(validateHsCode(u"240220").message.contains(u"HS2022"_s));
    QVERIFY(validateHsCode(u"770100").message.contains(u"reserved"_s));
    QVERIFY(validateHsCode(u"2402").message.contains(u"at least 6 digits"_s));
}

void TestCodes::unLocode_data()
{
    testing::addResultColumns();
    QTest::newRow("Le Havre") << u"FRLEH"_s << u"valid"_s << u"ok"_s << u"FRLEH"_s << false;
    QTest::newRow("with space") << u"FR LEH"_s << u"valid"_s << u"ok"_s << u"FRLEH"_s << false;
    QTest::newRow("lower case") << u"nl rtm"_s << u"valid"_s << u"ok"_s << u"NLRTM"_s << false;
    QTest::newRow("digits 2-9") << u"DE2HB"_s << u"valid"_s << u"ok"_s << u"DE2HB"_s << false;
    QTest::newRow("all digits") << u"US 999"_s << u"valid"_s << u"ok"_s << u"US999"_s << false;
    QTest::newRow("international waters") << u"XZ ZZZ"_s << u"valid"_s << u"ok"_s << u"XZZZZ"_s << false;
    QTest::newRow("digit 0") << u"FRLE0"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("digit 1") << u"FR1EH"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("4 chars") << u"FRLE"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("6 chars") << u"FRLEHA"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("digit in country") << u"F1LEH"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("unknown country") << u"QQLEH"_s << u"invalid"_s << u"unknown_country"_s << QString()
                                     << false;
    QTest::newRow("ZZ is not a country")
        << u"ZZLEH"_s << u"invalid"_s << u"unknown_country"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestCodes::unLocode()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateUnLocode(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::UnLocode, input));
}

void TestCodes::country_data()
{
    testing::addResultColumns();
    QTest::newRow("alpha-2") << u"FR"_s << u"valid"_s << u"ok"_s << u"FR"_s << false;
    QTest::newRow("lower case") << u" de "_s << u"valid"_s << u"ok"_s << u"DE"_s << false;
    QTest::newRow("alpha-3") << u"DEU"_s << u"valid"_s << u"ok"_s << u"DE"_s << false;
    QTest::newRow("alpha-3 lower") << u"gbr"_s << u"valid"_s << u"ok"_s << u"GB"_s << false;
    QTest::newRow("numeric") << u"250"_s << u"valid"_s << u"ok"_s << u"FR"_s << false;
    QTest::newRow("Aland") << u"AX"_s << u"valid"_s << u"ok"_s << u"AX"_s << false;
    QTest::newRow("unknown code") << u"ZZ"_s << u"warning"_s << u"unknown_value"_s << u"ZZ"_s << false;
    QTest::newRow("unknown word") << u"unknown"_s << u"warning"_s << u"unknown_value"_s << u"ZZ"_s << false;
    QTest::newRow("not assigned") << u"QQ"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("alpha-3 not assigned")
        << u"QQQ"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("ICAO D is not ISO") << u"D"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("UK is not ISO") << u"UK"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("numeric unknown") << u"999"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("mixed") << u"F1"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("name") << u"France"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestCodes::country()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateCountry(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Country, input));
}

void TestCodes::currency_data()
{
    testing::addResultColumns();
    QTest::newRow("EUR") << u"EUR"_s << u"valid"_s << u"ok"_s << u"EUR"_s << false;
    QTest::newRow("lower") << u"usd"_s << u"valid"_s << u"ok"_s << u"USD"_s << false;
    QTest::newRow("JPY") << u"JPY"_s << u"valid"_s << u"ok"_s << u"JPY"_s << false;
    QTest::newRow("KWD") << u" KWD"_s << u"valid"_s << u"ok"_s << u"KWD"_s << false;
    QTest::newRow("XOF") << u"XOF"_s << u"valid"_s << u"ok"_s << u"XOF"_s << false;
    QTest::newRow("unknown") << u"UNKNOWN"_s << u"warning"_s << u"unknown_value"_s << u"UNKNOWN"_s << false;
    QTest::newRow("gold is not a currency")
        << u"XAU"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("no currency") << u"XXX"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("not assigned") << u"ABC"_s << u"invalid"_s << u"unknown_code"_s << QString() << false;
    QTest::newRow("symbol") << u"€"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("2 letters") << u"EU"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("numeric") << u"978"_s << u"invalid"_s << u"format"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestCodes::currency()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateCurrency(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Currency, input));
    if (input == u"JPY")
        QVERIFY(validateCurrency(input).message.contains(u"0 decimal places"_s));
    if (input.trimmed() == u"KWD")
        QVERIFY(validateCurrency(input).message.contains(u"3 decimal places"_s));
}

void TestCodes::replacementLists()
{
    // An administration replaces the country list with a smaller one and ships no currency list.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"country.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "country", "version": "test", "source": "test", "unknown": "ZZ", "entries": [
        {"code": "FR", "en": "France", "alpha3": "FRA"}, {"code": "ZZ", "en": "Unknown"}]})");
    file.close();
    QString error;
    const auto lists = CodeLists::loadDirectory(dir.path(), &error);
    QVERIFY2(lists, qPrintable(error));

    QCOMPARE(validateCountry(u"FRA", *lists).normalized, u"FR"_s);
    QCOMPARE(validateCountry(u"DE", *lists).code, u"unknown_code"_s);
    QCOMPARE(validateUnLocode(u"DE HAM", *lists).code, u"unknown_country"_s);
    QCOMPARE(validateUnLocode(u"FR LEH", *lists).verdict, Verdict::Valid);
    const Result currency = validateCurrency(u"EUR", *lists);
    QCOMPARE(currency.verdict, Verdict::Warning);
    QCOMPARE(currency.code, u"unchecked"_s);
    QCOMPARE(validateHsCode(u"240220", *lists).code, u"unchecked"_s);
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
