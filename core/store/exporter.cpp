#include "store/exporter.h"

#include "model/seizurejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace saisie::store {

namespace {
/// RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula.
QString csvCell(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

const QStringList kHeaderColumns = {QStringLiteral("uuid"), QStringLiteral("version"), QStringLiteral("status"),
                                    QStringLiteral("occurredAt"), QStringLiteral("reportingCountry"),
                                    QStringLiteral("placeName"), QStringLiteral("unLocode"),
                                    QStringLiteral("locationType"), QStringLiteral("direction"),
                                    QStringLiteral("transportMode"), QStringLiteral("detectionMethod"),
                                    QStringLiteral("concealmentMethod")};
const QStringList kItemColumns = {QStringLiteral("category"), QStringLiteral("subtype"), QStringLiteral("quantity"),
                                  QStringLiteral("unit"), QStringLiteral("hsCode"), QStringLiteral("estimatedValue"),
                                  QStringLiteral("currency"), QStringLiteral("cashAmount"),
                                  QStringLiteral("cashCurrency")};

void appendCsvRows(QStringList &lines, const QJsonObject &record)
{
    const QJsonObject route = record.value(QLatin1String("route")).toObject();
    QStringList head;
    for (const QString &c : kHeaderColumns)
        head << csvCell(text(record.value(c)));
    head << csvCell(text(route.value(QLatin1String("departureCountry"))))
         << csvCell(text(route.value(QLatin1String("destinationCountry"))));
    QJsonArray items = record.value(QLatin1String("items")).toArray();
    if (items.isEmpty())
        items.append(QJsonObject());
    for (int i = 0; i < items.size(); ++i) {
        QStringList row = head;
        row << QString::number(i + 1);
        const QJsonObject item = items.at(i).toObject();
        for (const QString &c : kItemColumns)
            row << csvCell(text(item.value(c)));
        lines << row.join(QLatin1Char(','));
    }
}
} // namespace

Expected<QByteArray> exportRecords(Session &session, const ExportRequest &request)
{
    QList<QUuid> ids = request.only;
    if (ids.isEmpty()) {
        auto stmt = session.database().prepare(QStringLiteral("SELECT DISTINCT uuid FROM seizures ORDER BY uuid"));
        if (!stmt)
            return stmt.error();
        while (stmt->step())
            ids << QUuid::fromString(stmt->text(0));
        if (stmt->failed())
            return stmt->error();
    }

    QJsonArray records;
    QStringList csv;
    csv << (kHeaderColumns + QStringList{QStringLiteral("departureCountry"), QStringLiteral("destinationCountry"),
                                         QStringLiteral("item")}
            + kItemColumns)
               .join(QLatin1Char(','));
    for (const QUuid &id : ids) {
        auto seizure = session.seizures().get(id);
        if (!seizure)
            return seizure.error();
        const QJsonObject record =
            request.scope == ExportScope::Cen ? model::cenExtract(*seizure) : model::toJson(*seizure);
        if (request.format == ExportFormat::Csv) {
            appendCsvRows(csv, record);
            continue;
        }
        QJsonObject entry{{QStringLiteral("record"), record}};
        if (request.scope == ExportScope::Full) {
            auto signedVersion = session.seizures().signedVersion(id, seizure->version);
            if (signedVersion)
                entry.insert(QStringLiteral("signed"),
                             QJsonObject{{QStringLiteral("payload"), QString::fromLatin1(signedVersion->payload.toBase64())},
                                         {QStringLiteral("contentHash"), signedVersion->contentHash},
                                         {QStringLiteral("signature"),
                                          QString::fromLatin1(signedVersion->signature.toBase64())}});
        }
        records.append(entry);
    }

    vault::Transaction tx(session.database());
    if (!tx.started())
        return tx.started().error();
    const QString scope = request.scope == ExportScope::Cen ? QStringLiteral("cen") : QStringLiteral("full");
    const QString format = request.format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    if (Status s = session.audit().append(audit::Export, QStringLiteral("vault"), 0,
                                          {{QStringLiteral("records"), ids.size()},
                                           {QStringLiteral("scope"), scope},
                                           {QStringLiteral("format"), format}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    if (request.format == ExportFormat::Csv)
        return (csv.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("saisie-export/1")},
                               {QStringLiteral("scope"), scope},
                               {QStringLiteral("vaultId"), session.vaultId()},
                               {QStringLiteral("signingPublicKey"),
                                QString::fromLatin1(session.signingPublicKey().toBase64())},
                               {QStringLiteral("records"), records}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace saisie::store
