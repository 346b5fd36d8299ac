// IdentifierCheck: the validators' verdicts as QML maps with translated sentences that never repeat the
// input. Vectors come from tests/unit/validation (known good).
#include "forms/identifiercheck.h"

#include <QTest>

using saisie::gui::IdentifierCheck;

namespace {
const QString td3 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                   "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QString td1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                   "7408122F1204159UTO<<<<<<<<<<<6\n"
                                   "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
} // namespace

class TestIdentifierCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("container valid") << "container"
                                         << "CSQU 305438 3"
                                         << "valid"
                                         << "ok"
                                         << "Check digit correct"
                                         << "CSQU3054383";
        QTest::newRow("container MSCU") << "container"
                                        << "mscu1234566"
                                        << "valid"
                                        << "ok"
                                        << "Check digit correct"
                                        << "MSCU1234566";
        QTest::newRow("container check digit") << "container"
                                               << "CSQU3054385"
                                               << "invalid"
                                               << "check_digit"
                                               << "Check digit should be 3, not 5."
                                               << "CSQU3054385";
        QTest::newRow("container HLXU") << "container"
                                        << "HLXU 874541 0"
                                        << "invalid"
                                        << "check_digit"
                                        << "Check digit should be 3, not 0."
                                        << "HLXU8745410";
        QTest::newRow("container format")
            << "container"
            << "CSQU305438"
            << "invalid"
            << "format"
            << "A container number has 11 characters: 3 letters, U, J or Z, 6 digits and a check digit."
            << "";
        QTest::newRow("container bad character") << "container"
                                                 << "CSQÜ3054383"
                                                 << "invalid"
                                                 << "format"
                                                 << "Only letters A-Z and digits 0-9 are allowed."
                                                 << "";
        QTest::newRow("container empty") << "container"
                                         << "  "
                                         << "empty"
                                         << "empty"
                                         << "Nothing entered yet."
                                         << "";
        QTest::newRow("wagon valid") << "wagon"
                                     << "21 81 2471 217-3"
                                     << "valid"
                                     << "ok"
                                     << "Check digit correct"
                                     << "218124712173";
        QTest::newRow("wagon check digit") << "wagon"
                                           << "21 81 2471 217-4"
                                           << "invalid"
                                           << "check_digit"
                                           << "Check digit should be 3, not 4."
                                           << "218124712174";
        QTest::newRow("imo warning") << "imo"
                                     << "9074728"
                                     << "warning"
                                     << "check_digit"
                                     << "Check digit should be 9, not 8. Some registered ships do not follow "
                                        "the rule: check the ship's "
                                        "papers."
                                     << "9074728";
        QTest::newRow("awb valid") << "awb"
                                   << "020-12345675"
                                   << "valid"
                                   << "ok"
                                   << "Check digit correct"
                                   << "02012345675";
        QTest::newRow("vin valid") << "vin"
                                   << "1M8GDM9AXKP042788"
                                   << "valid"
                                   << "ok"
                                   << "Check digit correct"
                                   << "1M8GDM9AXKP042788";
        QTest::newRow("country alpha-3") << "country"
                                         << "fra"
                                         << "valid"
                                         << "ok"
                                         << "Valid; recorded as the ISO code FR."
                                         << "FR";
        QTest::newRow("currency unknown code") << "currency"
                                               << "EUX"
                                               << "invalid"
                                               << "unknown_code"
                                               << "This is not a currency code in the bundled list."
                                               << "";
        QTest::newRow("mrz TD3") << "mrz" << td3 << "valid"
                                 << "ok"
                                 << "All 5 check digits correct." << td3;
        QTest::newRow("mrz TD1") << "mrz" << td1 << "valid"
                                 << "ok"
                                 << "All 4 check digits correct." << td1;
        QTest::newRow("unknown kind") << "iban"
                                      << "FR76"
                                      << "invalid"
                                      << "unknown_kind"
                                      << "This kind of identifier cannot be checked."
                                      << "";
    }

    void verdicts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, verdict);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, normalized);
        IdentifierCheck checker;
        const QVariantMap result = checker.check(kind, text);
        QCOMPARE(result.value(QStringLiteral("verdict")).toString(), verdict);
        QCOMPARE(result.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(result.value(QStringLiteral("message")).toString(), message);
        QCOMPARE(result.value(QStringLiteral("normalized")).toString(), normalized);
        for (const char *key : {"overrideRequired", "checks", "layout"})
            QVERIFY2(result.contains(QString::fromLatin1(key)), key);
    }

    void checksListed()
    {
        IdentifierCheck checker;
        const QVariantMap result = checker.check(QStringLiteral("container"), QStringLiteral("CSQU3054385"));
        QVERIFY(result.value(QStringLiteral("overrideRequired")).toBool());
        const QVariantList checks = result.value(QStringLiteral("checks")).toList();
        QCOMPARE(checks.size(), 1);
        const QVariantMap check = checks.first().toMap();
        QCOMPARE(check.value(QStringLiteral("name")).toString(), QStringLiteral("check_digit"));
        QCOMPARE(check.value(QStringLiteral("passed")).toBool(), false);
        QCOMPARE(check.value(QStringLiteral("expected")).toString(), QStringLiteral("3"));
        QCOMPARE(check.value(QStringLiteral("found")).toString(), QStringLiteral("5"));
    }

    void mrzCorrupted()
    {
        // Birth date 740812 -> 740813: its own check digit and the composite fail.
        QString corrupted = td3;
        corrupted.replace(QStringLiteral("7408122"), QStringLiteral("7408132"));
        IdentifierCheck checker;
        const QVariantMap result = checker.check(QStringLiteral("mrz"), corrupted);
        QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        QCOMPARE(result.value(QStringLiteral("layout")).toString(), QStringLiteral("TD3"));
        QStringList failed;
        const QVariantList checks = result.value(QStringLiteral("checks")).toList();
        QCOMPARE(checks.size(), 5);
        for (const QVariant &c : checks) {
            if (!c.toMap().value(QStringLiteral("passed")).toBool())
                failed << c.toMap().value(QStringLiteral("name")).toString();
        }
        QCOMPARE(failed, (QStringList{QStringLiteral("birth_date"), QStringLiteral("composite")}));
        const QString message = result.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("Date of birth, Composite")), qPrintable(message));
        QCOMPARE(checker.check(QStringLiteral("mrz"), td1).value(QStringLiteral("layout")).toString(),
                 QStringLiteral("TD1"));
    }

    // The message may end up on screen next to other people: it never repeats what was typed.
    void messagesDoNotEchoInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("mrz name") << "mrz" << td3.left(60) << "ERIKSSON";
        QTest::newRow("mrz corrupted") << "mrz" << QString(td3).replace(u'6', u'7') << "L898902C";
        QTest::newRow("country") << "country"
                                 << "QQ"
                                 << "QQ";
        QTest::newRow("unlocode") << "unlocode"
                                  << "QQLEH"
                                  << "QQ";
        QTest::newRow("hs chapter") << "hs"
                                    << "990000"
                                    << "99";
        QTest::newRow("container") << "container"
                                   << "ABCU1234560"
                                   << "ABCU";
    }

    void messagesDoNotEchoInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString message =
            IdentifierCheck().check(kind, text).value(QStringLiteral("message")).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(secret), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierCheck)
#include "tst_identifiercheck.moc"
