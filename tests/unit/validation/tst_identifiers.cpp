// Dispatch, names, and hostile input for every identifier kind: nothing crashes, nothing is Valid by
// accident.
#include "resultcheck.h"

#include "validation/mrz.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace saisie::validation;

Q_DECLARE_METATYPE(saisie::validation::IdentifierKind)

class TestIdentifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void verdictNames();
    void garbage_data();
    void garbage();
    void randomInput();
    void overrideRules_data();
    void overrideRules();
};

void TestIdentifiers::names()
{
    const QStringList expected = {u"container"_s, u"wagon"_s,   u"imo"_s,     u"mrz"_s,
                                  u"vin"_s,       u"awb"_s,     u"s10"_s,     u"hs"_s,
                                  u"unlocode"_s,  u"country"_s, u"currency"_s};
    QStringList names;
    for (const IdentifierKind kind : allKinds()) {
        names.append(kindName(kind));
        QCOMPARE(kindFromName(kindName(kind)), kind);
    }
    QCOMPARE(names, expected);
    QCOMPARE(kindFromName(u" VIN "), IdentifierKind::Vin);
    QCOMPARE(kindFromName(u"AWB"), IdentifierKind::AirWaybill);
    QVERIFY(!kindFromName(u"passport"));
    QVERIFY(!kindFromName(u""));
}

void TestIdentifiers::verdictNames()
{
    QCOMPARE(verdictName(Verdict::Valid), u"valid"_s);
    QCOMPARE(verdictName(Verdict::Warning), u"warning"_s);
    QCOMPARE(verdictName(Verdict::Invalid), u"invalid"_s);
}

void TestIdentifiers::garbage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("emptyExpected");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("whitespace") << u" \t\r\n "_s << true;
    QTest::newRow("no-break spaces") << u"\u00a0\u2003"_s << true;
    QTest::newRow("100 KB of digits") << QString(100 * 1024, u'7') << false;
    QTest::newRow("100 KB of filler") << QString(100 * 1024, u'<') << false;
    QTest::newRow("100 KB of lines") << QString(u"AB\n"_s).repeated(35000) << false;
    QTest::newRow("control characters") << u"CSQU\u00013054383\u0007"_s << false;
    QTest::newRow("NUL") << u"9074729"_s + QChar(0) << false;
    QTest::newRow("emoji") << u"🚢9074729"_s << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"FR"_s << false;
    QTest::newRow("right-to-left mark") << u"\u200fFR"_s << false;
    QTest::newRow("fullwidth digits") << u"９０７４７２９"_s << false;
    QTest::newRow("combining accent") << u"FR\u0301"_s << false;
    QTest::newRow("sharp s") << u"ß"_s << false;
    QTest::newRow("Cyrillic look-alikes") << u"СSQU3054383"_s << false; // first letter is Cyrillic Es
    QTest::newRow("html") << u"<script>alert(1)</script>"_s << false;
    QTest::newRow("sql") << u"'; DROP TABLE seizure;--"_s << false;
}

void TestIdentifiers::garbage()
{
    QFETCH(QString, input);
    QFETCH(bool, emptyExpected);
    for (const IdentifierKind kind : allKinds()) {
        const Result r = validate(kind, input);
        QVERIFY2(r.verdict == Verdict::Invalid, qPrintable(kindName(kind)));
        QVERIFY2(testing::isSentence(r.message), qPrintable(kindName(kind) + u": "_s + r.message));
        QVERIFY(r.message.size() < 400);
        QVERIFY(r.normalized.isEmpty());
        if (emptyExpected)
            QCOMPARE(r.code, u"empty"_s);
        else
            QCOMPARE(r.code, u"format"_s);
    }
    QVERIFY(!parseMrz(input));
}

void TestIdentifiers::randomInput()
{
    // Seeded so a failure reproduces; the fuzz target (tests/fuzz) explores far more.
    QRandomGenerator rng(20240601);
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789<<<<-. \n\r\té€ß\u0000"_s;
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int length = int(rng.bounded(120));
        for (int i = 0; i < length; ++i)
            input += alphabet.at(int(rng.bounded(qsizetype(alphabet.size()))));
        for (const IdentifierKind kind : allKinds()) {
            const Result r = validate(kind, input);
            QVERIFY(!r.code.isEmpty());
            QVERIFY(!r.message.isEmpty());
            if (r.verdict != Verdict::Invalid)
                QVERIFY(!r.normalized.isEmpty());
        }
        if (const auto fields = parseMrz(input)) {
            QCOMPARE(fields->birthDate.size(), 6);
            QCOMPARE(fields->expiryDate.size(), 6);
        }
    }
}

void TestIdentifiers::overrideRules_data()
{
    QTest::addColumn<IdentifierKind>("kind");
    QTest::addColumn<QString>("badCheck");
    QTest::addColumn<QString>("badFormat");
    QTest::addColumn<QString>("checkVerdict");
    QTest::addColumn<bool>("checkOverride");
    QTest::addColumn<bool>("formatOverride");

    const QString mrzBad =
        u"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11"_s;
    QTest::newRow("container") << IdentifierKind::Container << u"CSQU3054385"_s << u"CSQU305438"_s
                               << u"invalid"_s << true << true;
    QTest::newRow("wagon") << IdentifierKind::Wagon << u"218124712174"_s << u"21812471217"_s << u"invalid"_s
                           << true << true;
    QTest::newRow("mrz") << IdentifierKind::Mrz << mrzBad << u"P<UTO"_s << u"invalid"_s << true << true;
    QTest::newRow("imo") << IdentifierKind::Imo << u"9074728"_s << u"907472"_s << u"warning"_s << false
                         << false;
    QTest::newRow("vin") << IdentifierKind::Vin << u"1M8GDM9A1KP042788"_s << u"1M8GDM9AXKP04278"_s
                         << u"warning"_s << false << false;
    QTest::newRow("awb") << IdentifierKind::AirWaybill << u"02012345671"_s << u"0201234567"_s << u"warning"_s
                         << false << false;
    QTest::newRow("s10") << IdentifierKind::UpuS10 << u"RR123456784FR"_s << u"RR12345678FR"_s << u"warning"_s
                         << false << false;
}

void TestIdentifiers::overrideRules()
{
    QFETCH(IdentifierKind, kind);
    QFETCH(QString, badCheck);
    QFETCH(QString, badFormat);
    QFETCH(QString, checkVerdict);
    QFETCH(bool, checkOverride);
    QFETCH(bool, formatOverride);

    const Result check = validate(kind, badCheck);
    QCOMPARE(check.code, u"check_digit"_s);
    QCOMPARE(verdictName(check.verdict), checkVerdict);
    QCOMPARE(check.overrideRequired, checkOverride);
    QVERIFY(!check.normalized.isEmpty());

    const Result format = validate(kind, badFormat);
    QCOMPARE(format.code, u"format"_s);
    QCOMPARE(format.verdict, Verdict::Invalid);
    QCOMPARE(format.overrideRequired, formatOverride);

    const Result empty = validate(kind, u"");
    QCOMPARE(empty.code, u"empty"_s);
    QVERIFY(!empty.overrideRequired);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
