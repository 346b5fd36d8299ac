// ICAO Doc 9303 MRZ: the specimens from Doc 9303, each check failing on its own, layout errors, parsing, and
// messages that never repeat what was read.
#include "resultcheck.h"

#include "validation/mrz.h"

using namespace Qt::StringLiterals;
using namespace saisie::validation;

namespace {

// Doc 9303 specimens (Part 4 TD3, Part 5 TD1, Part 6 TD2).
const QString td3l1 = u"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"_s;
const QString td3l2 = u"L898902C36UTO7408122F1204159ZE184226B<<<<<10"_s;
const QString td1l1 = u"I<UTOD231458907<<<<<<<<<<<<<<<"_s;
const QString td1l2 = u"7408122F1204159UTO<<<<<<<<<<<6"_s;
const QString td1l3 = u"ERIKSSON<<ANNA<MARIA<<<<<<<<<<"_s;
const QString td2l1 = u"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"_s;
const QString td2l2 = u"D231458907UTO7408122F1204159<<<<<<<6"_s;

QString lines(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(u'\n');
}

} // namespace

class TestMrz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data();
    void checkDigit();
    void validity_data();
    void validity();
    void failingChecks_data();
    void failingChecks();
    void messagesHidePersonalData_data();
    void messagesHidePersonalData();
    void parse();
    void parseTd1LongNumber();
    void parseTd2();
    void parseRejects();
};

void TestMrz::checkDigit_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("digit");
    QTest::newRow("document number") << u"L898902C3"_s << 6;
    QTest::newRow("birth date") << u"740812"_s << 2;
    QTest::newRow("expiry") << u"120415"_s << 9;
    QTest::newRow("personal number") << u"ZE184226B<<<<<"_s << 1;
    QTest::newRow("filler only") << u"<<<<<<<<<<<<<<"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("lower case is not MRZ") << u"abc"_s << -1;
    QTest::newRow("space") << u"74 0812"_s << -1;
}

void TestMrz::checkDigit()
{
    QFETCH(QString, data);
    QFETCH(int, digit);
    QCOMPARE(mrzCheckDigit(data), digit);
}

void TestMrz::validity_data()
{
    testing::addResultColumns();
    const QString td3 = lines({td3l1, td3l2});
    const QString td1 = lines({td1l1, td1l2, td1l3});
    const QString td2 = lines({td2l1, td2l2});

    QTest::newRow("TD3 specimen") << td3 << u"valid"_s << u"ok"_s << td3 << false;
    QTest::newRow("TD1 specimen") << td1 << u"valid"_s << u"ok"_s << td1 << false;
    QTest::newRow("TD2 specimen") << td2 << u"valid"_s << u"ok"_s << td2 << false;
    QTest::newRow("CRLF") << td3l1 + u"\r\n"_s + td3l2 + u"\r\n"_s << u"valid"_s << u"ok"_s << td3 << false;
    QTest::newRow("trailing spaces") << td1l1 + u"  \n"_s + td1l2 + u" \n"_s + td1l3 + u"   "_s << u"valid"_s
                                     << u"ok"_s << td1 << false;
    QTest::newRow("blank lines around")
        << u"\n\n"_s + td2 + u"\n\n"_s << u"valid"_s << u"ok"_s << td2 << false;
    QTest::newRow("lower case OCR") << td3.toLower() << u"valid"_s << u"ok"_s << td3 << false;
    QTest::newRow("line breaks lost") << td3l1 + td3l2 << u"valid"_s << u"ok"_s << td3 << false;
    // Empty personal number: its check digit may be '<' or 0 (Doc 9303 Part 4).
    const QString emptyPersonalFiller = u"L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8"_s;
    const QString emptyPersonalZero = u"L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08"_s;
    QTest::newRow("TD3 empty personal number, <") << lines({td3l1, emptyPersonalFiller}) << u"valid"_s
                                                  << u"ok"_s << lines({td3l1, emptyPersonalFiller}) << false;
    QTest::newRow("TD3 empty personal number, 0") << lines({td3l1, emptyPersonalZero}) << u"valid"_s
                                                  << u"ok"_s << lines({td3l1, emptyPersonalZero}) << false;
    const QString sexUnspecified = u"L898902C36UTO7408122<1204159ZE184226B<<<<<10"_s;
    QTest::newRow("TD3 sex unspecified")
        << lines({td3l1, sexUnspecified}) << u"valid"_s << u"ok"_s << lines({td3l1, sexUnspecified}) << false;
    // Long document number D23145890734: 9 characters, '<', overflow "734" and its check digit 9 in optional
    // data.
    const QString longTd1 = lines({u"I<UTOD23145890<7349<<<<<<<<<<<"_s, td1l2, td1l3});
    QTest::newRow("TD1 long document number") << longTd1 << u"valid"_s << u"ok"_s << longTd1 << false;
    const QString longTd1Optional =
        lines({u"I<UTOD23145890<7349<AB12<<<<<<"_s, u"7408122F1204159UTO<<<<<<<<<<<4"_s, td1l3});
    QTest::newRow("TD1 long number and optional data")
        << longTd1Optional << u"valid"_s << u"ok"_s << longTd1Optional << false;
    const QString longTd2 = lines({td2l1, u"D23145890<UTO7408122F12041597349<<<2"_s});
    QTest::newRow("TD2 long document number") << longTd2 << u"valid"_s << u"ok"_s << longTd2 << false;

    // Layout errors: Invalid, and an override is required because scans and transcriptions go wrong.
    QTest::newRow("one line only") << td3l1 << u"invalid"_s << u"format"_s << QString() << true;
    QTest::newRow("line too short") << lines({td3l1, td3l2.chopped(1)}) << u"invalid"_s << u"format"_s
                                    << QString() << true;
    QTest::newRow("TD1 with two lines")
        << lines({td1l1, td1l2}) << u"invalid"_s << u"format"_s << QString() << true;
    QTest::newRow("four lines") << lines({td1l1, td1l2, td1l3, td1l3}) << u"invalid"_s << u"format"_s
                                << QString() << true;
    QTest::newRow("mixed layouts") << lines({td3l1, td2l2}) << u"invalid"_s << u"format"_s << QString()
                                   << true;
    QTest::newRow("space inside") << lines({td3l1, u"L898902C3 6UTO7408122F1204159ZE184226B<<<<10"_s})
                                  << u"invalid"_s << u"format"_s << QString() << true;
    QTest::newRow("guillemet instead of <")
        << lines({td3l1, u"L898902C36UTO7408122F1204159ZE184226B«««««10"_s}) << u"invalid"_s << u"format"_s
        << QString() << true;
    QTest::newRow("tab separated") << td3l1 + u"\t"_s + td3l2 << u"invalid"_s << u"format"_s << QString()
                                   << true;
    QTest::newRow("empty") << QString() << u"invalid"_s << u"empty"_s << QString() << false;
    QTest::newRow("blank lines") << u"\n \r\n"_s << u"invalid"_s << u"empty"_s << QString() << false;
}

void TestMrz::validity()
{
    QFETCH(QString, input);
    SAISIE_COMPARE_RESULT(validateMrz(input));
    SAISIE_COMPARE_RESULT(validate(IdentifierKind::Mrz, input));
}

void TestMrz::failingChecks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("checkNames");
    QTest::addColumn<QString>("failing");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("found");

    const QStringList td3Checks = {u"document_number"_s, u"birth_date"_s, u"expiry"_s, u"personal_number"_s,
                                   u"composite"_s};
    const QStringList tdChecks = {u"document_number"_s, u"birth_date"_s, u"expiry"_s, u"composite"_s};

    // Each row changes one check digit and recomputes the composite so that exactly one check fails.
    QTest::newRow("TD3 document number") << lines({td3l1, u"L898902C37UTO7408122F1204159ZE184226B<<<<<17"_s})
                                         << td3Checks << u"document_number"_s << u"6"_s << u"7"_s;
    QTest::newRow("TD3 birth date") << lines({td3l1, u"L898902C36UTO7408123F1204159ZE184226B<<<<<13"_s})
                                    << td3Checks << u"birth_date"_s << u"2"_s << u"3"_s;
    QTest::newRow("TD3 expiry") << lines({td3l1, u"L898902C36UTO7408122F1204158ZE184226B<<<<<19"_s})
                                << td3Checks << u"expiry"_s << u"9"_s << u"8"_s;
    QTest::newRow("TD3 personal number") << lines({td3l1, u"L898902C36UTO7408122F1204159ZE184226B<<<<<21"_s})
                                         << td3Checks << u"personal_number"_s << u"1"_s << u"2"_s;
    QTest::newRow("TD3 composite") << lines({td3l1, u"L898902C36UTO7408122F1204159ZE184226B<<<<<11"_s})
                                   << td3Checks << u"composite"_s << u"0"_s << u"1"_s;
    QTest::newRow("TD3 letter O read for 0")
        << lines({td3l1, u"L898902C36UTO7408122F1204159ZE184226B<<<<<1O"_s}) << td3Checks << u"composite"_s
        << u"0"_s << u"O"_s;
    QTest::newRow("TD3 personal number present, < check")
        << lines({td3l1, u"L898902C36UTO7408122F1204159ZE184226B<<<<<<9"_s}) << td3Checks
        << u"personal_number"_s << u"1"_s << u"<"_s;

    QTest::newRow("TD1 document number")
        << lines({u"I<UTOD231458908<<<<<<<<<<<<<<<"_s, u"7408122F1204159UTO<<<<<<<<<<<3"_s, td1l3})
        << tdChecks << u"document_number"_s << u"7"_s << u"8"_s;
    QTest::newRow("TD1 birth date") << lines({td1l1, u"7408123F1204159UTO<<<<<<<<<<<9"_s, td1l3}) << tdChecks
                                    << u"birth_date"_s << u"2"_s << u"3"_s;
    QTest::newRow("TD1 expiry") << lines({td1l1, u"7408122F1204158UTO<<<<<<<<<<<5"_s, td1l3}) << tdChecks
                                << u"expiry"_s << u"9"_s << u"8"_s;
    QTest::newRow("TD1 composite") << lines({td1l1, u"7408122F1204159UTO<<<<<<<<<<<5"_s, td1l3}) << tdChecks
                                   << u"composite"_s << u"6"_s << u"5"_s;
    QTest::newRow("TD1 long number, overflow check")
        << lines({u"I<UTOD23145890<7348<<<<<<<<<<<"_s, u"7408122F1204159UTO<<<<<<<<<<<3"_s, td1l3})
        << tdChecks << u"document_number"_s << u"9"_s << u"8"_s;

    QTest::newRow("TD2 document number") << lines({td2l1, u"D231458901UTO7408122F1204159<<<<<<<4"_s})
                                         << tdChecks << u"document_number"_s << u"7"_s << u"1"_s;
    QTest::newRow("TD2 birth date") << lines({td2l1, u"D231458907UTO7408120F1204159<<<<<<<0"_s}) << tdChecks
                                    << u"birth_date"_s << u"2"_s << u"0"_s;
    QTest::newRow("TD2 expiry") << lines({td2l1, u"D231458907UTO7408122F1204150<<<<<<<7"_s}) << tdChecks
                                << u"expiry"_s << u"9"_s << u"0"_s;
    QTest::newRow("TD2 composite") << lines({td2l1, u"D231458907UTO7408122F1204159<<<<<<<7"_s}) << tdChecks
                                   << u"composite"_s << u"6"_s << u"7"_s;
}

void TestMrz::failingChecks()
{
    QFETCH(QString, input);
    QFETCH(QStringList, checkNames);
    QFETCH(QString, failing);
    QFETCH(QString, expected);
    QFETCH(QString, found);

    const Result r = validateMrz(input);
    QCOMPARE(r.verdict, Verdict::Invalid);
    QCOMPARE(r.code, u"check_digit"_s);
    QVERIFY(r.overrideRequired);
    QVERIFY(!r.normalized.isEmpty());
    QStringList names;
    for (const Check &check : r.checks) {
        names.append(check.name);
        QCOMPARE(check.passed, check.name != failing);
        if (check.name == failing) {
            QCOMPARE(check.expected, expected);
            QCOMPARE(check.found, found);
        }
    }
    QCOMPARE(names, checkNames);
    const QString human = QString(failing).replace(u'_', u' ').replace(u"expiry"_s, u"expiry date"_s);
    QVERIFY2(r.message.contains(human + u" check digit does not match"_s), qPrintable(r.message));
}

void TestMrz::messagesHidePersonalData_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("valid") << lines({td3l1, td3l2});
    QTest::newRow("bad check") << lines({td3l1, u"L898902C37UTO7408122F1204159ZE184226B<<<<<17"_s});
    QTest::newRow("all checks bad") << lines({td3l1, u"L898902C30UTO7408120F1204150ZE184226B<<<<<00"_s});
    QTest::newRow("bad layout") << lines({td3l1, td3l2.chopped(2)});
    QTest::newRow("bad character") << lines({td3l1, td3l2.chopped(1) + u"#"_s});
    QTest::newRow("TD1") << lines({u"I<UTOD231458908<<<<<<<<<<<<<<<"_s, td1l2, td1l3});
}

void TestMrz::messagesHidePersonalData()
{
    QFETCH(QString, input);
    const Result r = validateMrz(input);
    QVERIFY(testing::isSentence(r.message));
    for (const auto *secret :
         {"ERIKSSON", "ANNA", "MARIA", "L898902C", "D23145890", "740812", "120415", "ZE184226", "UTO"}) {
        QVERIFY2(!r.message.contains(QString::fromLatin1(secret), Qt::CaseInsensitive),
                 qPrintable(r.message));
    }
}

void TestMrz::parse()
{
    const auto f = parseMrz(lines({td3l1, td3l2}));
    QVERIFY(f);
    QCOMPARE(f->layout, MrzLayout::TD3);
    QCOMPARE(mrzLayoutName(f->layout), u"TD3"_s);
    QCOMPARE(f->documentType, u"P"_s);
    QCOMPARE(f->issuingState, u"UTO"_s);
    QCOMPARE(f->surname, u"ERIKSSON"_s);
    QCOMPARE(f->givenNames, u"ANNA MARIA"_s);
    QCOMPARE(f->documentNumber, u"L898902C3"_s);
    QCOMPARE(f->nationality, u"UTO"_s);
    QCOMPARE(f->birthDate, u"740812"_s);
    QCOMPARE(f->sex, u"F"_s);
    QCOMPARE(f->expiryDate, u"120415"_s);
    QCOMPARE(f->optionalData, u"ZE184226B"_s);
    QVERIFY(f->optionalData2.isEmpty());

    const auto td1 = parseMrz(lines({td1l1, td1l2, td1l3}));
    QVERIFY(td1);
    QCOMPARE(td1->layout, MrzLayout::TD1);
    QCOMPARE(td1->documentType, u"I"_s);
    QCOMPARE(td1->documentNumber, u"D23145890"_s);
    QCOMPARE(td1->surname, u"ERIKSSON"_s);
    QCOMPARE(td1->givenNames, u"ANNA MARIA"_s);
    QCOMPARE(td1->birthDate, u"740812"_s);
    QCOMPARE(td1->expiryDate, u"120415"_s);
    QCOMPARE(td1->nationality, u"UTO"_s);
    QVERIFY(td1->optionalData.isEmpty());

    // German passports write the issuing state "D<<"; sex '<' means unspecified.
    const auto de = parseMrz(lines({u"P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<"_s,
                                    u"C01X00T478D<<6408125<2010315<<<<<<<<<<<<<<<4"_s}));
    QVERIFY(de);
    QCOMPARE(de->issuingState, u"D"_s);
    QCOMPARE(de->nationality, u"D"_s);
    QCOMPARE(de->sex, u"X"_s);
    QCOMPARE(de->givenNames, u"ERIKA"_s);

    // Surname only, no given names.
    const auto single = parseMrz(lines({u"P<UTOSPECIMEN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"_s, td3l2}));
    QVERIFY(single);
    QCOMPARE(single->surname, u"SPECIMEN"_s);
    QVERIFY(single->givenNames.isEmpty());
    // Parsing does not judge check digits: a misread MRZ still gives its fields to correct.
    QVERIFY(parseMrz(lines({td3l1, u"L898902C37UTO7408122F1204159ZE184226B<<<<<10"_s})));
}

void TestMrz::parseTd1LongNumber()
{
    const auto f =
        parseMrz(lines({u"I<UTOD23145890<7349<AB12<<<<<<"_s, u"7408122F1204159UTO<<<<<<<<<<<4"_s, td1l3}));
    QVERIFY(f);
    QCOMPARE(f->documentNumber, u"D23145890734"_s);
    QCOMPARE(f->optionalData, u"AB12"_s);
}

void TestMrz::parseTd2()
{
    const auto f = parseMrz(lines({td2l1, td2l2}));
    QVERIFY(f);
    QCOMPARE(f->layout, MrzLayout::TD2);
    QCOMPARE(f->documentNumber, u"D23145890"_s);
    QCOMPARE(f->surname, u"ERIKSSON"_s);
    QCOMPARE(f->givenNames, u"ANNA MARIA"_s);
    QCOMPARE(f->sex, u"F"_s);
    const auto longNumber = parseMrz(lines({td2l1, u"D23145890<UTO7408122F12041597349<<<2"_s}));
    QVERIFY(longNumber);
    QCOMPARE(longNumber->documentNumber, u"D23145890734"_s);
    QVERIFY(longNumber->optionalData.isEmpty());
}

void TestMrz::parseRejects()
{
    QVERIFY(!parseMrz(u""));
    QVERIFY(!parseMrz(td3l1));
    QVERIFY(!parseMrz(lines({td3l1, td3l2 + u"<"_s})));
    QVERIFY(!parseMrz(lines({td3l1, u"L898902C36UTO7408122F1204159ZE184226B<<<<<1é"_s})));
    QVERIFY(!parseMrz(QString(5000, u'<')));
}

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
