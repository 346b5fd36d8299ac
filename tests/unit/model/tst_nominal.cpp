// Nominal split: persons and companies stay national; the CEN extract provably carries none of
// them, nor the free text and identifiers that may name people.
#include "model/canonicaljson.h"
#include "model/seizurejson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QTest>

using namespace saisie::model;
using namespace saisie::model::test;

namespace {

Seizure storedFull()
{
    const auto s = seizureFromJson(readObject(QStringLiteral("stored-full.json")), JsonMode::Stored, nullptr);
    if (!s)
        qFatal("stored-full.json does not parse");
    return *s;
}

/// The full example with a unique marker in every place that may hold personal data. Each marker
/// is returned so the test can search the extract for all of them.
Seizure planted(QStringList *markers)
{
    Seizure s = storedFull();
    int n = 0;
    const auto mark = [&](Field<QString> &f) {
        const QString m = QStringLiteral("PLANTED%1X").arg(++n, 3, 10, QLatin1Char('0'));
        f.set(m);
        markers->append(m);
    };
    Person p = s.persons.first();
    for (Field<QString> *f :
         {&p.surname, &p.givenNames, &p.birthPlace, &p.documentNumber, &p.mrz, &p.mrzCheck})
        mark(*f);
    p.birthDate.set(QStringLiteral("1911-11-11"));
    markers->append(QStringLiteral("1911-11-11"));
    p.documentExpiry.set(QStringLiteral("2099-09-09"));
    markers->append(QStringLiteral("2099-09-09"));
    s.persons = {p, p};
    Company c = s.companies.first();
    for (Field<QString> *f : {&c.name, &c.registration, &c.tin, &c.address})
        mark(*f);
    s.companies = {c};
    for (Field<QString> *f : {&s.narrative, &s.officerId, &s.unitId, &s.deviceId, &s.nationalCaseNumber})
        mark(*f);
    for (AttachmentInfo &a : s.attachments)
        mark(a.caption);
    // The non-shareable attachment (a passport page) must vanish entirely, id and hash included.
    const AttachmentInfo &secret = s.attachments[1];
    markers->append(secret.id.toString(QUuid::WithoutBraces));
    markers->append(secret.sha256);
    return s;
}

} // namespace

class TestNominal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAndMergeIsLossless()
    {
        const Seizure s = storedFull();
        const QJsonObject nonNominal = nonNominalJson(s);
        const QJsonObject nominal = nominalJson(s);
        QVERIFY(!nonNominal.contains(u"persons"));
        QVERIFY(!nonNominal.contains(u"companies"));
        QCOMPARE(nominal.keys(), (QStringList{QStringLiteral("companies"), QStringLiteral("persons")}));
        QStringList errors;
        const auto merged = mergeNominal(nonNominal, nominal, &errors);
        QVERIFY2(merged, qPrintable(errors.join(u'\n')));
        QCOMPARE(*merged, s);
        QCOMPARE(canonicalJson(toJson(*merged)), canonicalJson(toJson(s)));
    }

    void emptyNominalPart()
    {
        Seizure s = storedFull();
        s.persons.clear();
        s.companies.clear();
        QCOMPARE(nominalJson(s), QJsonObject());
        const auto merged = mergeNominal(nonNominalJson(s), QJsonObject(), nullptr);
        QVERIFY(merged);
        QCOMPARE(*merged, s);
    }

    void mergeRejectsMixedHalves_data()
    {
        QTest::addColumn<bool>("nominalInNonNominal");
        QTest::addColumn<bool>("headerInNominal");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("persons in the non-nominal half")
            << true << false
            << QStringList{QStringLiteral("persons belongs to the nominal part, not the non-nominal one.")};
        QTest::newRow("header field in the nominal half")
            << false << true << QStringList{QStringLiteral("narrative does not belong to the nominal part.")};
    }

    void mergeRejectsMixedHalves()
    {
        QFETCH(bool, nominalInNonNominal);
        QFETCH(bool, headerInNominal);
        QFETCH(QStringList, expected);
        const Seizure s = storedFull();
        QJsonObject nonNominal = nonNominalJson(s);
        QJsonObject nominal = nominalJson(s);
        if (nominalInNonNominal)
            nonNominal.insert(QStringLiteral("persons"), nominal.value(u"persons"));
        if (headerInNominal)
            nominal.insert(QStringLiteral("narrative"), QStringLiteral("x"));
        QStringList errors;
        QVERIFY(!mergeNominal(nonNominal, nominal, &errors));
        QCOMPARE(errors, expected);
    }

    void cenExtractCarriesNoPlantedPersonalData()
    {
        QStringList markers;
        const Seizure s = planted(&markers);
        // The markers really are in the full record, so their absence below means something.
        const QByteArray full = canonicalJson(toJson(s));
        for (const QString &m : std::as_const(markers))
            QVERIFY2(full.contains(m.toUtf8()), qPrintable(m));

        const QByteArray cen = canonicalJson(cenExtract(s));
        QVERIFY(!cen.isEmpty());
        for (const QString &m : std::as_const(markers))
            QVERIFY2(!cen.contains(m.toUtf8()), qPrintable(QStringLiteral("leaked: ") + m));
        QVERIFY(!cen.contains("PLANTED"));
        // The realistic example's nominal values do not leak either.
        for (const char *value :
             {"Visser", "Jan Pieter", "NX7K41P29", "Utrecht", "Havenweg", "KVK 12345678", "NL001234567B01",
              "NL-OFF-3381", "NL-MOB-SOUTH-2", "tab-nl-0042", "NL-2024-004711"}) {
            const QByteArray exampleCen = canonicalJson(cenExtract(storedFull()));
            QVERIFY2(!exampleCen.contains(value), value);
        }
    }

    void cenExtractKeepsTheNonNominalFacts()
    {
        const Seizure s = storedFull();
        const QJsonObject cen = cenExtract(s);
        for (const char *key : {"uuid", "occurredAt", "placeName", "gps", "direction", "transportMode",
                                "concealmentMethod", "concealmentText", "route", "items", "conveyances"}) {
            QVERIFY2(cen.contains(QLatin1StringView(key)), key);
        }
        for (const char *key :
             {"persons", "companies", "officerId", "unitId", "deviceId", "nationalCaseNumber", "narrative"}) {
            QVERIFY2(!cen.contains(QLatin1StringView(key)), key);
        }
        const QJsonArray attachments = cen.value(u"attachments").toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject photo = attachments.first().toObject();
        QCOMPARE(photo.value(u"kind").toString(), QStringLiteral("CONCEALMENT"));
        QVERIFY(!photo.contains(u"caption"));
        QCOMPARE(photo.value(u"sha256").toString(), s.attachments[0].sha256);
    }

    void cenExtractNeedsAnExplicitYes()
    {
        Seizure s = storedFull();
        s.attachments[0].cenShareable.clear();
        s.attachments[1].cenShareable.setUnknown();
        QVERIFY(!cenExtract(s).contains(u"attachments"));
    }
};

QTEST_GUILESS_MAIN(TestNominal)
#include "tst_nominal.moc"
