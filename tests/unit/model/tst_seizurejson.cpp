// JSON reader and writer of the seizure record: round trips, every error path, field states.
#include "model/canonicaljson.h"
#include "model/seizurejson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QTest>

using namespace saisie::model;
using namespace saisie::model::test;

namespace {

const QString kUuid = QStringLiteral("0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b");
const QString kHash = QStringLiteral("5d41402abc4b2a76b9719d911017c592ae2f1e4b6a8c3d7e9f0a1b2c3d4e5f60");

QJsonObject withUuid(QJsonObject o)
{
    o.insert(QStringLiteral("uuid"), kUuid);
    return o;
}

QJsonObject attachment()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("9c2b7d4e-1a3f-4b5c-8d6e-7f8091a2b3c4")},
                       {QStringLiteral("mimeType"), QStringLiteral("image/jpeg")},
                       {QStringLiteral("sha256"), kHash},
                       {QStringLiteral("size"), 1024}};
}

} // namespace

class TestSeizureJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("full, finalized v2") << QStringLiteral("stored-full");
        QTest::newRow("draft with unknowns") << QStringLiteral("stored-draft");
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        const QJsonObject stored = readObject(name + QStringLiteral(".json"));
        QStringList errors;
        const auto seizure = seizureFromJson(stored, JsonMode::Stored, &errors);
        QVERIFY2(seizure, qPrintable(errors.join(u'\n')));
        QVERIFY(errors.isEmpty());
        const QJsonObject again = toJson(*seizure);
        QCOMPARE(again, stored);
        QVERIFY(matchesGolden(canonicalJson(again), name + QStringLiteral(".canon")));
        // Parsing our own output must give the same value: the store relies on it.
        const auto reread = seizureFromJson(again, JsonMode::Stored, nullptr);
        QVERIFY(reread);
        QCOMPARE(*reread, *seizure);
    }

    void inputExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("quick") << QStringLiteral("quick-seizure.json");
        QTest::newRow("full") << QStringLiteral("full-seizure.json");
    }

    void inputExamples()
    {
        QFETCH(QString, file);
        QStringList errors;
        const auto seizure = seizureFromJson(readObject(file), JsonMode::Input, &errors);
        QVERIFY2(seizure, qPrintable(errors.join(u'\n')));
        QVERIFY(!seizure->uuid.isNull());
        QCOMPARE(seizure->version, 1);
        QCOMPARE(seizure->status, Status::Draft);
        QVERIFY(!seizure->items.isEmpty());
    }

    void fieldStates()
    {
        const auto s =
            seizureFromJson(readObject(QStringLiteral("stored-draft.json")), JsonMode::Stored, nullptr);
        QVERIFY(s);
        QVERIFY(s->occurredAt.isUnknown());
        QVERIFY(s->customsOffice.isUnset());
        QCOMPARE(s->direction, Code(QStringLiteral("UNKNOWN")));
        QVERIFY(!s->detectionMethod.has_value());
        QVERIFY(s->items[0].quantity.isUnknown());
        QVERIFY(s->items[0].estimatedValue.isUnknown());
        QVERIFY(s->persons[0].surname.isUnknown());
        QVERIFY(s->persons[0].arrested.isUnknown());
        QVERIFY(s->gps && !s->gps->hasCoordinates());
        QCOMPARE(s->gps->source, Code(QStringLiteral("MANUAL")));
    }

    void fullValues()
    {
        const auto s =
            seizureFromJson(readObject(QStringLiteral("stored-full.json")), JsonMode::Stored, nullptr);
        QVERIFY(s);
        QCOMPARE(s->uuid, QUuid::fromString(kUuid));
        QCOMPARE(s->version, 2);
        QCOMPARE(s->status, Status::Finalized);
        QCOMPARE(s->route.transitCountries, (QStringList{QStringLiteral("DE"), QStringLiteral("PL")}));
        QCOMPARE(s->items[0].estimatedValue.value().toString(), QStringLiteral("4800.00"));
        QCOMPARE(s->items[1].cashAmount.value().toString(), QStringLiteral("85300"));
        QCOMPARE(s->items[0].quantity.value(), 12000.0);
        QCOMPARE(s->conveyances[0].sealNumbers.size(), 2);
        QCOMPARE(s->attachments.size(), 2);
        QCOMPARE(s->attachments[0].size, qint64(2483117));
        QVERIFY(s->attachments[0].cenShareable.value());
        QVERIFY(s->persons[0].arrested.value());
    }

    void emptyDocument()
    {
        QStringList errors;
        const auto input = seizureFromJson(QJsonObject(), JsonMode::Input, &errors);
        QVERIFY(input);
        QVERIFY(input->uuid.isNull()); // the caller generates it
        QVERIFY(!seizureFromJson(QJsonObject(), JsonMode::Stored, &errors));
        QCOMPARE(errors, QStringList{QStringLiteral("uuid is required.")});
        const auto minimal = seizureFromJson(withUuid({}), JsonMode::Stored, &errors);
        QVERIFY(minimal);
        QCOMPARE(toJson(*minimal), (QJsonObject{{QStringLiteral("uuid"), kUuid},
                                                {QStringLiteral("version"), 1},
                                                {QStringLiteral("status"), QStringLiteral("draft")}}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *json, bool stored, QStringList expected) {
            QTest::newRow(name) << QByteArray(json) << stored << expected;
        };
        const auto one = [](const char *s) { return QStringList{QString::fromUtf8(s)}; };

        // Wrong types.
        row("quantity as string", R"({"items":[{},{"quantity":"12"}]})", false,
            one("items[1].quantity must be a number, got a string."));
        row("text as number", R"({"placeName":12})", false, one("placeName must be a string, got a number."));
        row("boolean as string", R"({"persons":[{"arrested":"yes"}]})", false,
            one("persons[0].arrested must be true or false, got a string."));
        row("items not an array", R"({"items":{}})", false, one("items must be an array, got an object."));
        row("item not an object", R"({"items":[5]})", false,
            one("items[0] must be an object, got a number."));
        row("gps not an object", R"({"gps":[]})", false, one("gps must be an object, got an array."));
        row("route null", R"({"route":null})", false, one("route must be an object, got null."));
        row("seal number type", R"({"conveyances":[{"sealNumbers":["A1",7]}]})", false,
            one("conveyances[0].sealNumbers[1] must be a string, got a number."));
        row("whole number", R"({"items":[{"packagesCount":2.5}]})", false,
            one("items[0].packagesCount must be a whole number between 0 and 1000000000, got 2.5."));
        row("number range", R"({"gps":{"lat":91,"lon":-180.5}})", false,
            QStringList{QStringLiteral("gps.lat must be between -90 and 90, got 91."),
                        QStringLiteral("gps.lon must be between -180 and 180, got -180.5.")});
        row("negative quantity", R"({"items":[{"quantity":-1}]})", false,
            one("items[0].quantity must be between 0 and 1e+15, got -1."));
        row("amount as number", R"({"items":[{"cashAmount":100}]})", false,
            one("items[0].cashAmount must be a decimal string such as \"1250.50\", got a number."));
        row("amount with separator", R"({"items":[{"estimatedValue":"1,250.00"}]})", false,
            one("items[0].estimatedValue must be a decimal string such as \"1250.50\": digits, optionally a "
                "point and at most 6 decimals, no sign, no exponent."));
        row("negative amount", R"({"items":[{"estimatedValue":"-5"}]})", false,
            one("items[0].estimatedValue must be a decimal string such as \"1250.50\": digits, optionally a "
                "point and at most 6 decimals, no sign, no exponent."));

        // Unknown keys.
        row("typo with suggestion", R"({"items":[{"quantiy":5}]})", false,
            one("items[0].quantiy is not a known field. Did you mean \"quantity\"?"));
        row("unknown key", R"({"favouriteFood":"fries"})", false, one("favouriteFood is not a known field."));
        row("nested typo", R"({"route":{"destinationCountri":"NL"}})", false,
            one("route.destinationCountri is not a known field. Did you mean \"destinationCountry\"?"));

        // Codes.
        row("bad code", R"({"direction":"IMPORTX"})", false,
            one("direction: \"IMPORTX\" is not in code list \"direction\"."));
        row("code is case-sensitive", R"({"conveyances":[{"type":"TRUCK"}]})", false,
            one("conveyances[0].type: \"TRUCK\" is not in code list \"conveyance_type\"."));
        row("code null", R"({"transportMode":null})", false,
            one("transportMode must be a code from list \"transport_mode\" (use \"0\" when it is not known), "
                "got null."));
        row("code as number", R"({"items":[{"unit":5}]})", false,
            one("items[0].unit must be a code from list \"unit\", got a number."));
        row("transit country", R"({"route":{"transitCountries":["DE","XY"]}})", false,
            one("route.transitCountries[1]: \"XY\" is not in code list \"country\"."));
        row("nationality alpha-2", R"({"persons":[{"nationality":"NL"}]})", false,
            one("persons[0].nationality: \"NL\" is not in code list \"icao_nationality\"."));
        row("sex", R"({"persons":[{"sex":"male"}]})", false,
            one("persons[0].sex: \"male\" is not in code list \"sex\"."));
        row("position source", R"({"gps":{"source":"gps"}})", false,
            one("gps.source: \"gps\" is not in code list \"position_source\"."));

        // Formats.
        row("timestamp without offset", R"({"occurredAt":"2024-05-14T06:42:00"})", false,
            one("occurredAt must be an ISO 8601 timestamp with a UTC offset, such as "
                "\"2024-05-01T14:30:00+02:00\"."));
        row("impossible date", R"({"occurredAt":"2024-02-30T10:00:00Z"})", false,
            one("occurredAt must be an ISO 8601 timestamp with a UTC offset, such as "
                "\"2024-05-01T14:30:00+02:00\"."));
        row("birth date", R"({"persons":[{"birthDate":"1974-13-01"}]})", false,
            one("persons[0].birthDate must be an ISO 8601 date such as \"1980-04-23\" (or \"1980-04\", "
                "\"1980\" when only partly known)."));
        row("uuid", R"({"uuid":"{0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b}"})", false,
            one("uuid must be a non-nil UUID such as \"3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b3c\"."));
        row("nil uuid", R"({"uuid":"00000000-0000-0000-0000-000000000000"})", false,
            one("uuid must be a non-nil UUID such as \"3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b3c\"."));

        // System-managed fields in an input document.
        const auto system = [](const char *key) {
            return QStringList{QString::fromUtf8(key) +
                               QStringLiteral(" is managed by the system and cannot be supplied in an input "
                                              "document.")};
        };
        row("input version", R"({"version":2})", false, system("version"));
        row("input status", R"({"status":"accepted"})", false, system("status"));
        row("input amends", R"({"amends":"x"})", false, system("amends"));
        row("input createdAt", R"({"createdAt":"2024-05-14T06:42:00Z"})", false, system("createdAt"));
        row("input updatedAt", R"({"updatedAt":"2024-05-14T06:42:00Z"})", false, system("updatedAt"));
        row("input deviceId", R"({"deviceId":"tab-1"})", false, system("deviceId"));
        row("input attachments", R"({"attachments":[]})", false, system("attachments"));

        // Stored-mode rules.
        row("stored without uuid", R"({"version":1})", true, one("uuid is required."));
        row("version zero", R"({"uuid":"0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b","version":0})", true,
            one("version must be a whole number between 1 and 1000000, got 0."));
        row("bad status", R"({"uuid":"0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b","status":"done"})", true,
            one("status: \"done\" is not a status; use one of draft, finalized, queued, delivered, "
                "underReview, returned, accepted, merged."));
        row("amends on v1",
            R"({"uuid":"0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b","version":1,
                "amends":"5d41402abc4b2a76b9719d911017c592ae2f1e4b6a8c3d7e9f0a1b2c3d4e5f60"})",
            true, one("amends must be absent for version 1: a first version amends nothing."));
        row("v2 without amends", R"({"uuid":"0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b","version":2})", true,
            one("amends is required when version is greater than 1: a correction names the version it "
                "corrects."));
        row("upper-case hash",
            R"({"uuid":"0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b","attachments":[{"id":"9c2b7d4e-1a3f-4b5c-8d6e-7f8091a2b3c4",
                "mimeType":"image/jpeg","size":1,
                "sha256":"5D41402ABC4B2A76B9719D911017C592AE2F1E4B6A8C3D7E9F0A1B2C3D4E5F60"}]})",
            true, one("attachments[0].sha256 must be 64 lower-case hexadecimal digits (a SHA-256 hash)."));
        row("attachment missing fields",
            R"({"uuid":"0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b","attachments":[{}]})", true,
            QStringList{QStringLiteral("attachments[0].id is required."),
                        QStringLiteral("attachments[0].mimeType is required."),
                        QStringLiteral("attachments[0].sha256 is required."),
                        QStringLiteral("attachments[0].size is required.")});

        // Several problems are all reported, in document order.
        row("several", R"({"placeName":1,"items":[{"unit":"KG","colour":"red"}],"narrative":true})", false,
            QStringList{QStringLiteral("placeName must be a string, got a number."),
                        QStringLiteral("narrative must be a string, got a boolean."),
                        QStringLiteral("items[0].unit: \"KG\" is not in code list \"unit\"."),
                        QStringLiteral("items[0].colour is not a known field.")});
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, stored);
        QFETCH(QStringList, expected);
        QStringList errors;
        const auto s =
            seizureFromJson(parseObject(json), stored ? JsonMode::Stored : JsonMode::Input, &errors);
        QVERIFY(!s);
        QCOMPARE(errors, expected);
    }

    void duplicateAttachmentIds()
    {
        const QJsonObject doc =
            withUuid({{QStringLiteral("attachments"), QJsonArray{attachment(), attachment()}}});
        QStringList errors;
        QVERIFY(!seizureFromJson(doc, JsonMode::Stored, &errors));
        QCOMPARE(errors,
                 QStringList{QStringLiteral("attachments[1].id repeats the id of an earlier attachment.")});
    }

    void storedDocumentIsNotInput()
    {
        QStringList errors;
        QVERIFY(!seizureFromJson(readObject(QStringLiteral("stored-full.json")), JsonMode::Input, &errors));
        QCOMPARE(errors.size(), 7); // version, status, amends, deviceId, createdAt, updatedAt, attachments
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.endsWith(QStringLiteral("cannot be supplied in an input document.")), qPrintable(e));
    }

    void limits_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QString s4000(4000, u'x');
        const QString s4001(4001, u'x');
        QJsonArray items501;
        QJsonArray items500;
        for (int i = 0; i < 501; ++i)
            (i < 500 ? items500 : items501).append(QJsonObject());
        items501 = items500;
        items501.append(QJsonObject());
        QJsonArray seals501;
        for (int i = 0; i < 501; ++i)
            seals501.append(QStringLiteral("S"));
        QJsonArray transit501;
        for (int i = 0; i < 501; ++i)
            transit501.append(QStringLiteral("DE"));

        QTest::newRow("text at limit") << QJsonObject{{QStringLiteral("placeName"), s4000}} << QString();
        QTest::newRow("text over limit")
            << QJsonObject{{QStringLiteral("placeName"), s4001}}
            << QStringLiteral("placeName is too long: 4001 characters, the limit is 4000.");
        QTest::newRow("narrative at limit")
            << QJsonObject{{QStringLiteral("narrative"), QString(20000, u'n')}} << QString();
        QTest::newRow("narrative over limit")
            << QJsonObject{{QStringLiteral("narrative"), QString(20001, u'n')}}
            << QStringLiteral("narrative is too long: 20001 characters, the limit is 20000.");
        QTest::newRow("nested text over limit")
            << QJsonObject{{QStringLiteral("persons"),
                            QJsonArray{QJsonObject{{QStringLiteral("mrz"), s4001}}}}}
            << QStringLiteral("persons[0].mrz is too long: 4001 characters, the limit is 4000.");
        QTest::newRow("seal over limit")
            << QJsonObject{{QStringLiteral("conveyances"),
                            QJsonArray{QJsonObject{{QStringLiteral("sealNumbers"), QJsonArray{s4001}}}}}}
            << QStringLiteral(
                   "conveyances[0].sealNumbers[0] is too long: 4001 characters, the limit is 4000.");
        QTest::newRow("500 items") << QJsonObject{{QStringLiteral("items"), items500}} << QString();
        QTest::newRow("501 items") << QJsonObject{{QStringLiteral("items"), items501}}
                                   << QStringLiteral("items has 501 entries, the limit is 500.");
        QTest::newRow("501 seals")
            << QJsonObject{{QStringLiteral("conveyances"),
                            QJsonArray{QJsonObject{{QStringLiteral("sealNumbers"), seals501}}}}}
            << QStringLiteral("conveyances[0].sealNumbers has 501 entries, the limit is 500.");
        QTest::newRow("501 transit countries")
            << QJsonObject{{QStringLiteral("route"),
                            QJsonObject{{QStringLiteral("transitCountries"), transit501}}}}
            << QStringLiteral("route.transitCountries has 501 entries, the limit is 500.");
    }

    void limits()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        QStringList errors;
        const auto s = seizureFromJson(json, JsonMode::Input, &errors);
        if (expected.isEmpty()) {
            QVERIFY2(s, qPrintable(errors.join(u'\n')));
        } else {
            QVERIFY(!s);
            QCOMPARE(errors, QStringList{expected});
        }
    }

    void decimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("significant");
        QTest::newRow("integer") << QStringLiteral("85300") << true << 0;
        QTest::newRow("zero") << QStringLiteral("0") << true << 0;
        QTest::newRow("cents") << QStringLiteral("12.50") << true << 1;
        QTest::newRow("trailing zeros") << QStringLiteral("12.000") << true << 0;
        QTest::newRow("three decimals") << QStringLiteral("0.125") << true << 3;
        QTest::newRow("six decimals") << QStringLiteral("1.000001") << true << 6;
        QTest::newRow("seven decimals") << QStringLiteral("1.0000001") << false << 0;
        QTest::newRow("leading zero") << QStringLiteral("012") << false << 0;
        QTest::newRow("bare point") << QStringLiteral("12.") << false << 0;
        QTest::newRow("exponent") << QStringLiteral("1e3") << false << 0;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << false << 0;
        QTest::newRow("18 integer digits") << QStringLiteral("999999999999999999") << true << 0;
        QTest::newRow("19 integer digits") << QStringLiteral("1000000000000000000") << false << 0;
    }

    void decimals()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, significant);
        const auto d = Decimal::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (d) {
            QCOMPARE(d->toString(), text);
            QCOMPARE(d->significantFractionDigits(), significant);
        }
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zulu") << QStringLiteral("2024-05-14T06:42:00Z") << true;
        QTest::newRow("offset") << QStringLiteral("2024-05-14T06:42+02:00") << true;
        QTest::newRow("millis") << QStringLiteral("2024-05-14T07:15:03.250+02:00") << true;
        QTest::newRow("negative offset") << QStringLiteral("2024-12-31T23:59:59-11:00") << true;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << true;
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29T00:00:00Z") << false;
        QTest::newRow("no offset") << QStringLiteral("2024-05-14T06:42:00") << false;
        QTest::newRow("space") << QStringLiteral("2024-05-14 06:42:00Z") << false;
        QTest::newRow("hour 24") << QStringLiteral("2024-05-14T24:00:00Z") << false;
        QTest::newRow("offset 15h") << QStringLiteral("2024-05-14T06:42:00+15:00") << false;
        QTest::newRow("date only") << QStringLiteral("2024-05-14") << false;
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isIsoTimestamp(text), valid);
    }
};

QTEST_GUILESS_MAIN(TestSeizureJson)
#include "tst_seizurejson.moc"
