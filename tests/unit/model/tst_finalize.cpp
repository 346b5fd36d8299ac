// Finalize rules: quick-entry mandatory set, identifier overrides, minor units, photo warning.
#include "model/finalize.h"
#include "model/seizurejson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QTest>

using namespace saisie::model;
using namespace saisie::model::test;

namespace {

/// Applies patch to base: objects merge recursively, the string "$delete" removes a key, anything
/// else (arrays included) replaces.
QJsonObject patched(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value() == QJsonValue(QStringLiteral("$delete")))
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), patched(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QStringList describe(const QList<Issue> &issues)
{
    QStringList out;
    for (const Issue &i : issues)
        out.append(i.path + u' ' + i.code + (i.overridden ? QStringLiteral(" overridden") : QString()));
    return out;
}

QByteArray item(const char *fields)
{
    return QByteArray(R"({"items":[{)") + fields + "}]}";
}

QByteArray conveyance(const char *fields)
{
    return QByteArray(R"({"conveyances":[{"type":"truck",)") + fields + "}]}";
}

const QString kNoPhoto = QStringLiteral("attachments no_photo");

} // namespace

class TestFinalize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("base");          // example file, or empty for an empty draft
        QTest::addColumn<QByteArray>("patch");      // applied to the base document
        QTest::addColumn<QStringList>("overrides"); // "path=reason"
        QTest::addColumn<QStringList>("blocking");
        QTest::addColumn<QStringList>("warnings");
        const QString quick = QStringLiteral("quick-seizure.json");
        const auto row = [&](const char *name, const QString &base, const QByteArray &patch,
                             QStringList overrides, QStringList blocking, QStringList warnings) {
            QTest::newRow(name) << base << patch << overrides << blocking << warnings;
        };
        const auto s = [](const char *text) { return QString::fromUtf8(text); };

        row("quick entry is enough", quick, "{}", {}, {}, {kNoPhoto});
        row("full example", QStringLiteral("full-seizure.json"), "{}", {}, {}, {kNoPhoto});
        row("empty draft", QString(), "{}", {},
            {s("occurredAt missing"), s("placeName missing"), s("locationType missing"), s("gps missing"),
             s("direction missing"), s("transportMode missing"), s("route.departureCountry missing"),
             s("route.destinationCountry missing"), s("items missing")},
            {kNoPhoto});
        row("every coded field UNKNOWN", quick,
            R"({"locationType":"0","direction":"UNKNOWN","transportMode":"0",
                "route":{"departureCountry":"ZZ","destinationCountry":"ZZ"},
                "items":[{"category":"UNKNOWN","subtype":"UNKNOWN","quantity":3,"unit":"UNKNOWN"}]})",
            {}, {}, {kNoPhoto});
        row("occurredAt unknown", quick, R"({"occurredAt":null})", {}, {s("occurredAt missing")}, {kNoPhoto});
        row("customs office instead of place", quick, R"({"placeName":"$delete","customsOffice":"NL000854"})",
            {}, {}, {kNoPhoto});
        row("blank place", quick, R"({"placeName":"   "})", {}, {s("placeName missing")}, {kNoPhoto});
        row("no fix, with reason", quick,
            R"({"gps":{"lat":"$delete","lon":"$delete","manualReason":"Hall"}})", {}, {}, {kNoPhoto});
        row("no fix, no reason", quick, R"({"gps":{"lat":"$delete"}})", {}, {s("gps missing")}, {kNoPhoto});
        row("manual position without reason", quick, R"({"gps":{"source":"MANUAL"}})", {},
            {s("gps.manualReason missing")}, {kNoPhoto});
        row("manual position with reason", quick,
            R"({"gps":{"source":"MANUAL","manualReason":"Read from map"}})", {}, {}, {kNoPhoto});
        row("missing departure", quick, R"({"route":{"departureCountry":"$delete"}})", {},
            {s("route.departureCountry missing")}, {kNoPhoto});
        row("quantity unknown", quick,
            item(R"("category":"TOBACCO","subtype":"CIGARETTES","quantity":null,"unit":"H87")"), {},
            {s("items[0].quantity missing")}, {kNoPhoto});
        row("no unit", quick, item(R"("category":"TOBACCO","subtype":"CIGARETTES","quantity":5)"), {},
            {s("items[0].unit missing")}, {kNoPhoto});
        row("no category or subtype", quick, item(R"("quantity":5,"unit":"KGM")"), {},
            {s("items[0].category missing"), s("items[0].subtype missing")}, {kNoPhoto});
        row("subtype of another category", quick,
            item(R"("category":"DRUGS","subtype":"CIGARETTES","quantity":5,"unit":"KGM")"), {},
            {s("items[0].subtype subtype_mismatch")}, {kNoPhoto});
        row("cash needs amount and currency", quick,
            item(R"("category":"CURRENCY_CASH","subtype":"BANKNOTES")"), {},
            {s("items[0].cashAmount missing"), s("items[0].cashCurrency missing")}, {kNoPhoto});
        row("cash does not need quantity", quick,
            item(
                R"("category":"CURRENCY_CASH","subtype":"BANKNOTES","cashAmount":"85300","cashCurrency":"EUR")"),
            {}, {}, {kNoPhoto});
        row("JPY has no decimals", quick,
            item(
                R"("category":"CURRENCY_CASH","subtype":"BANKNOTES","cashAmount":"1000.5","cashCurrency":"JPY")"),
            {}, {s("items[0].cashAmount minor_units")}, {kNoPhoto});
        row("JPY trailing zeros", quick,
            item(
                R"("category":"CURRENCY_CASH","subtype":"BANKNOTES","cashAmount":"1000.00","cashCurrency":"JPY")"),
            {}, {}, {kNoPhoto});
        row("KWD three decimals", quick,
            item(
                R"("category":"CURRENCY_CASH","subtype":"BANKNOTES","cashAmount":"1.125","cashCurrency":"KWD")"),
            {}, {}, {kNoPhoto});
        row("KWD four decimals", quick,
            item(
                R"("category":"CURRENCY_CASH","subtype":"BANKNOTES","cashAmount":"1.1255","cashCurrency":"KWD")"),
            {}, {s("items[0].cashAmount minor_units")}, {kNoPhoto});
        row("EUR value with cents", quick,
            item(
                R"("category":"TOBACCO","subtype":"CIGARETTES","quantity":1,"unit":"H87","estimatedValue":"12.345","currency":"EUR")"),
            {}, {s("items[0].estimatedValue minor_units")}, {kNoPhoto});
        row("value without currency", quick,
            item(
                R"("category":"TOBACCO","subtype":"CIGARETTES","quantity":1,"unit":"H87","estimatedValue":"12")"),
            {}, {}, {s("items[0].estimatedValue no_currency"), kNoPhoto});

        // Identifiers that need an override.
        row("container check digit", quick, conveyance(R"("containerNumber":"CSQU3054384")"), {},
            {s("conveyances[0].containerNumber check_digit")}, {kNoPhoto});
        row("container overridden", quick, conveyance(R"("containerNumber":"CSQU3054384")"),
            {s("conveyances[0].containerNumber=Last digit painted over, seal intact")}, {},
            {s("conveyances[0].containerNumber check_digit overridden"), kNoPhoto});
        row("blank override reason", quick, conveyance(R"("containerNumber":"CSQU3054384")"),
            {s("conveyances[0].containerNumber=   ")}, {s("conveyances[0].containerNumber check_digit")},
            {kNoPhoto});
        row("override for another path", quick, conveyance(R"("containerNumber":"CSQU3054384")"),
            {s("conveyances[1].containerNumber=reason")}, {s("conveyances[0].containerNumber check_digit")},
            {kNoPhoto});
        row("container format", quick, conveyance(R"("containerNumber":"CSQ305438")"), {},
            {s("conveyances[0].containerNumber format")}, {kNoPhoto});
        row("valid container", quick, conveyance(R"("containerNumber":"CSQU 305438 3")"), {}, {}, {kNoPhoto});
        row("wagon check digit", quick, conveyance(R"("wagonNumber":"21 81 2471 217 4")"), {},
            {s("conveyances[0].wagonNumber check_digit")}, {kNoPhoto});
        row("wagon overridden", quick, conveyance(R"("wagonNumber":"21 81 2471 217 4")"),
            {s("conveyances[0].wagonNumber=Plate damaged")}, {},
            {s("conveyances[0].wagonNumber check_digit overridden"), kNoPhoto});
        const char *badMrz =
            R"({"persons":[{"mrz":"P<NLDVISSER<<JAN<PIETER<<<<<<<<<<<<<<<<<<<<<\nNX7K41P291NLD7408122M3104150<<<<<<<<<<<<<<06"}]})";
        row("MRZ check digit", quick, badMrz, {}, {s("persons[0].mrz check_digit")}, {kNoPhoto});
        row("MRZ overridden", quick, badMrz, {s("persons[0].mrz=Worn document, read by hand")}, {},
            {s("persons[0].mrz check_digit overridden"), kNoPhoto});

        // Identifiers that only warn.
        row("IMO", quick, conveyance(R"("imo":"9074728")"), {}, {},
            {s("conveyances[0].imo check_digit"), kNoPhoto});
        row("VIN", quick, conveyance(R"("vin":"1M8GDM9A1KP042788")"), {}, {},
            {s("conveyances[0].vin check_digit"), kNoPhoto});
        row("air waybill", quick, conveyance(R"("airWaybill":"176-12345670")"), {}, {},
            {s("conveyances[0].airWaybill check_digit"), kNoPhoto});
        row("S10", quick, conveyance(R"("postalItemId":"RR123456780GB")"), {}, {},
            {s("conveyances[0].postalItemId check_digit"), kNoPhoto});
        row("HS code", quick,
            item(
                R"("category":"TOBACCO","subtype":"CIGARETTES","quantity":1,"unit":"H87","hsCode":"990000")"),
            {}, {}, {s("items[0].hsCode unknown_code"), kNoPhoto});
        row("UN/LOCODE", quick, R"({"unLocode":"NL-RTM!"})", {}, {}, {s("unLocode format"), kNoPhoto});
        row("valid warning-only identifiers", quick,
            conveyance(
                R"("imo":"IMO 9074729","vin":"1M8GDM9AXKP042788","airWaybill":"176-12345675","postalItemId":"RR123456785GB")"),
            {}, {}, {kNoPhoto});

        row("finalized record", QStringLiteral("stored-full.json"), "{}", {}, {s("status status")}, {});
    }

    void rules()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, patch);
        QFETCH(QStringList, overrides);
        QFETCH(QStringList, blocking);
        QFETCH(QStringList, warnings);

        const bool stored = base.startsWith(u"stored");
        const QJsonObject doc =
            patched(base.isEmpty() ? QJsonObject() : readObject(base), parseObject(patch));
        QStringList errors;
        const auto seizure = seizureFromJson(doc, stored ? JsonMode::Stored : JsonMode::Input, &errors);
        QVERIFY2(seizure, qPrintable(errors.join(u'\n')));
        QHash<QString, QString> reasons;
        for (const QString &o : std::as_const(overrides))
            reasons.insert(o.section(u'=', 0, 0), o.section(u'=', 1));

        const FinalizeCheck check = checkFinalize(*seizure, reasons);
        QCOMPARE(describe(check.blocking), blocking);
        QCOMPARE(describe(check.warnings), warnings);
        QCOMPARE(check.canFinalize, blocking.isEmpty());
        for (const Issue &i : check.blocking) {
            QVERIFY(!i.message.isEmpty());
            QVERIFY(!i.overridden);
            // Exactly the container, wagon and MRZ checks can be overridden.
            QCOMPARE(i.overridable, i.path.endsWith(u"containerNumber") || i.path.endsWith(u"wagonNumber") ||
                                        i.path.endsWith(u".mrz"));
        }
    }

    void messagesAreSentences()
    {
        const FinalizeCheck check = checkFinalize(Seizure());
        QCOMPARE(check.blocking.first().message, QStringLiteral("occurredAt is required to finalize."));
        QCOMPARE(
            check.blocking.at(2).message,
            QStringLiteral("locationType is required to finalize (choose \"0\" if it cannot be known)."));
        QCOMPARE(check.warnings.first().message, QStringLiteral("At least one photo is recommended."));
    }

    void codesOutsideTheirListBlock()
    {
        // Records built in code bypass the JSON reader; finalize still refuses foreign codes.
        auto s = seizureFromJson(readObject(QStringLiteral("quick-seizure.json")), JsonMode::Input, nullptr);
        QVERIFY(s);
        s->direction = QStringLiteral("SIDEWAYS");
        s->route.transitCountries = {QStringLiteral("DE"), QStringLiteral("QQ")};
        s->items[0].unit = QStringLiteral("kg");
        const FinalizeCheck check = checkFinalize(*s);
        QCOMPARE(describe(check.blocking),
                 (QStringList{QStringLiteral("direction unknown_code"),
                              QStringLiteral("route.transitCountries[1] unknown_code"),
                              QStringLiteral("items[0].unit unknown_code")}));
        QVERIFY(!check.canFinalize);
    }

    void photoSilencesTheWarning()
    {
        auto s = seizureFromJson(readObject(QStringLiteral("quick-seizure.json")), JsonMode::Input, nullptr);
        QVERIFY(s);
        AttachmentInfo document;
        document.mimeType = QStringLiteral("application/pdf");
        s->attachments = {document};
        QCOMPARE(describe(checkFinalize(*s).warnings), QStringList{kNoPhoto});
        AttachmentInfo photo;
        photo.mimeType = QStringLiteral("image/jpeg");
        s->attachments.append(photo);
        QVERIFY(checkFinalize(*s).warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFinalize)
#include "tst_finalize.moc"
