// Exports: JSON with signatures that verify offline; the CEN extract carries no personal data;
// CSV is RFC 4180 and safe to open in a spreadsheet.
#include "storetesthelpers.h"

#include "store/exporter.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <sodium.h>

using namespace saisie;
using namespace saisie::testing;
using store::ExportFormat;
using store::ExportRequest;
using store::ExportScope;

namespace {
// Personal or free-text values that must never reach the CEN extract.
const QStringList kPersonal = {
    QStringLiteral("ZZSURNAMEMARK"),   QStringLiteral("ZZGIVENMARK"),    QStringLiteral("ZZDOC4711X"),
    QStringLiteral("ZZBIRTHPLACEMARK"), QStringLiteral("ZZCOMPANYMARK"), QStringLiteral("ZZADDRESSMARK"),
    QStringLiteral("ZZTIN99887766"),   QStringLiteral("ZZREGMARK"),      QStringLiteral("ZZNARRATIVEMARK"),
    QStringLiteral("ZZOFFICERMARK"),   QStringLiteral("ZZUNITMARK"),     QStringLiteral("ZZCASEMARK"),
    QStringLiteral("ZZCAPTIONPERSON"), QStringLiteral("ZZCAPTIONGOODS"),
};

model::Seizure recordWithPersonalData()
{
    model::Seizure s = completeSeizure();
    s.narrative = QStringLiteral("The driver ZZNARRATIVEMARK said he did not know the load.");
    s.officerId = QStringLiteral("ZZOFFICERMARK");
    s.unitId = QStringLiteral("ZZUNITMARK");
    s.nationalCaseNumber = QStringLiteral("ZZCASEMARK");
    model::Person p;
    p.role = QStringLiteral("DRIVER");
    p.surname = QStringLiteral("ZZSURNAMEMARK");
    p.givenNames = QStringLiteral("ZZGIVENMARK");
    p.birthDate = QStringLiteral("1974-08-12");
    p.birthPlace = QStringLiteral("ZZBIRTHPLACEMARK");
    p.documentType = QStringLiteral("PASSPORT");
    p.documentNumber = QStringLiteral("ZZDOC4711X");
    s.persons << p;
    model::Company c;
    c.name = QStringLiteral("ZZCOMPANYMARK");
    c.role = QStringLiteral("CARRIER");
    c.address = QStringLiteral("ZZADDRESSMARK, 13002 Marseille");
    c.tin = QStringLiteral("ZZTIN99887766");
    c.registration = QStringLiteral("ZZREGMARK");
    s.companies << c;
    return s;
}

QJsonObject parse(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

bool verifyDetached(const QByteArray &sig, const QByteArray &message, const QByteArray &pk)
{
    return sig.size() == crypto_sign_BYTES && pk.size() == crypto_sign_PUBLICKEYBYTES
           && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                          reinterpret_cast<const unsigned char *>(message.constData()),
                                          size_t(message.size()), reinterpret_cast<const unsigned char *>(pk.constData()))
                  == 0;
}

/// Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes, line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}
} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestVault> v;
    QUuid m_record;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        v = std::make_unique<TestVault>();
        QString error;
        QVERIFY2(v->create(&error), qPrintable(error));
        auto saved = v->s().seizures().saveDraft(recordWithPersonalData());
        QVERIFY(saved);
        m_record = saved->uuid;
        QVERIFY(attach(v->s(), m_record, makeJpeg(), QStringLiteral("PERSON"), QStringLiteral("ZZCAPTIONPERSON")));
        QVERIFY(attach(v->s(), m_record, makeJpeg(80, 60), QStringLiteral("GOODS"), QStringLiteral("ZZCAPTIONGOODS")));
        auto sealed = v->s().seizures().finalize(m_record, {});
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
    }
    void cleanup() { v.reset(); }

    void jsonCarriesSignatures()
    {
        auto draft = v->s().seizures().saveDraft(completeSeizure()); // an unsigned draft beside it
        QVERIFY(draft);
        auto exported = store::exportRecords(v->s(), {});
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        const QJsonObject doc = parse(*exported);
        QCOMPARE(doc.value(QLatin1String("format")).toString(), QStringLiteral("saisie-export/1"));
        QCOMPARE(doc.value(QLatin1String("scope")).toString(), QStringLiteral("full"));
        QCOMPARE(doc.value(QLatin1String("vaultId")).toString(), v->s().vaultId());
        const QByteArray pk = QByteArray::fromBase64(doc.value(QLatin1String("signingPublicKey")).toString().toLatin1());
        QCOMPARE(pk, v->s().signingPublicKey());
        const QJsonArray records = doc.value(QLatin1String("records")).toArray();
        QCOMPARE(records.size(), 2);
        int signedCount = 0;
        for (const QJsonValue &r : records) {
            const QJsonObject entry = r.toObject();
            const QString uuid = entry.value(QLatin1String("record")).toObject().value(QLatin1String("uuid")).toString();
            if (!entry.contains(QLatin1String("signed"))) {
                QCOMPARE(uuid, draft->uuid.toString(QUuid::WithoutBraces));
                continue;
            }
            ++signedCount;
            QCOMPARE(uuid, m_record.toString(QUuid::WithoutBraces));
            const QJsonObject s = entry.value(QLatin1String("signed")).toObject();
            const QByteArray payload = QByteArray::fromBase64(s.value(QLatin1String("payload")).toString().toLatin1());
            const QByteArray signature =
                QByteArray::fromBase64(s.value(QLatin1String("signature")).toString().toLatin1());
            // Offline verification needs only the export itself.
            QVERIFY(verifyDetached(signature, payload, pk));
            QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
            crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                               reinterpret_cast<const unsigned char *>(payload.constData()), size_t(payload.size()));
            QCOMPARE(s.value(QLatin1String("contentHash")).toString(), QString::fromLatin1(digest.toHex()));
        }
        QCOMPARE(signedCount, 1);
        // The full export is national: personal data is there (positive control for the CEN test).
        for (const QString &marker : kPersonal)
            QVERIFY2(exported->contains(marker.toUtf8()), qPrintable(marker));
        // Every export leaves an audit event naming what left the vault.
        auto events = v->s().audit().events();
        QVERIFY(events);
        const store::AuditEvent &last = events->last();
        QCOMPARE(last.type, store::audit::Export);
        QCOMPARE(last.detail.value(QLatin1String("records")).toInt(), 2);
        QCOMPARE(last.detail.value(QLatin1String("scope")).toString(), QStringLiteral("full"));
        QCOMPARE(last.detail.value(QLatin1String("format")).toString(), QStringLiteral("json"));
    }

    void cenCarriesNoPersonalData_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(ExportFormat::Json);
        QTest::newRow("csv") << int(ExportFormat::Csv);
    }
    void cenCarriesNoPersonalData()
    {
        QFETCH(int, format);
        ExportRequest request;
        request.scope = ExportScope::Cen;
        request.format = ExportFormat(format);
        auto exported = store::exportRecords(v->s(), request);
        QVERIFY(exported);
        for (const QString &marker : kPersonal) {
            QVERIFY2(!exported->contains(marker.toUtf8()), qPrintable(marker));
            QVERIFY2(!exported->toLower().contains(marker.toLower().toUtf8()), qPrintable(marker));
        }
        // What CEN does get: the non-nominal facts.
        QVERIFY(exported->contains("TOBACCO"));
        QVERIFY(exported->contains(m_record.toString(QUuid::WithoutBraces).toLatin1()));
        if (request.format == ExportFormat::Json) {
            const QJsonObject doc = parse(*exported);
            QCOMPARE(doc.value(QLatin1String("scope")).toString(), QStringLiteral("cen"));
            const QJsonObject entry = doc.value(QLatin1String("records")).toArray().first().toObject();
            QVERIFY(!entry.contains(QLatin1String("signed"))); // the signed payload holds the nominal part
            const QJsonObject record = entry.value(QLatin1String("record")).toObject();
            for (const char *key : {"persons", "companies", "narrative", "officerId", "unitId", "nationalCaseNumber",
                                    "deviceId"})
                QVERIFY2(!record.contains(QLatin1String(key)), key);
            const QJsonArray attachments = record.value(QLatin1String("attachments")).toArray();
            QCOMPARE(attachments.size(), 1); // the GOODS photo only, never the PERSON one
            QCOMPARE(attachments.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("GOODS"));
        }
    }

    void csvEscaping_data()
    {
        QTest::addColumn<QString>("placeName");
        QTest::addColumn<QString>("expectedCell"); // after CSV unquoting
        QTest::addColumn<QString>("expectedRaw");  // as written in the file
        QTest::newRow("quotes and comma") << QStringLiteral("Quai \"A\", dock 7") << QStringLiteral("Quai \"A\", dock 7")
                                          << QStringLiteral("\"Quai \"\"A\"\", dock 7\"");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("formula with comma and quotes")
            << QStringLiteral("=HYPERLINK(\"http://x.example\",\"y\")")
            << QStringLiteral("'=HYPERLINK(\"http://x.example\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23") << QStringLiteral("'+33 1 23");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("line break") << QStringLiteral("Quai\nNord") << QStringLiteral("Quai\nNord")
                                    << QStringLiteral("\"Quai\nNord\"");
        QTest::newRow("plain") << QStringLiteral("Fos") << QStringLiteral("Fos") << QStringLiteral("Fos");
    }
    void csvEscaping()
    {
        QFETCH(QString, placeName);
        QFETCH(QString, expectedCell);
        QFETCH(QString, expectedRaw);
        model::Seizure s = completeSeizure();
        s.placeName = placeName;
        auto saved = v->s().seizures().saveDraft(s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.only = {saved->uuid};
        auto exported = store::exportRecords(v->s(), request);
        QVERIFY(exported);
        const QString text = QString::fromUtf8(*exported);
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        QVERIFY(text.contains(QLatin1Char(',') + expectedRaw + QLatin1Char(',')));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 2); // header + one item row
        const qsizetype column = rows.first().indexOf(QStringLiteral("placeName"));
        QVERIFY(column >= 0);
        QCOMPARE(rows.at(1).size(), rows.first().size());
        QCOMPARE(rows.at(1).at(column), expectedCell);
        QCOMPARE(rows.at(1).first(), saved->uuid.toString(QUuid::WithoutBraces));
    }

    void csvOneRowPerItem()
    {
        model::Seizure s = completeSeizure();
        model::CommodityItem cash;
        cash.category = QStringLiteral("CURRENCY_CASH");
        cash.subtype = QStringLiteral("BANKNOTES");
        cash.cashAmount = *model::Decimal::parse(u"85300.50");
        cash.cashCurrency = QStringLiteral("EUR");
        s.items << cash;
        auto saved = v->s().seizures().saveDraft(s);
        QVERIFY(saved);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.only = {saved->uuid};
        auto exported = store::exportRecords(v->s(), request);
        QVERIFY(exported);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(*exported));
        QCOMPARE(rows.size(), 3);
        const qsizetype item = rows.first().indexOf(QStringLiteral("item"));
        const qsizetype amount = rows.first().indexOf(QStringLiteral("cashAmount"));
        QCOMPARE(rows.at(1).at(item), QStringLiteral("1"));
        QCOMPARE(rows.at(2).at(item), QStringLiteral("2"));
        QCOMPARE(rows.at(2).at(amount), QStringLiteral("85300.50")); // exact decimal text, not a double
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
