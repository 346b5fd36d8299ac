#pragma once
// The officer's typing replayed by saisie_capture_writer and checked by tst_capturekill: a fixed
// list of edits, text fields typed one character at a time, as a person fills the quick form.
#include <QList>
#include <QString>
#include <QVariant>

namespace saisie::test {

struct Edit
{
    QString path;
    QVariant value;
};

inline QList<Edit> captureScript()
{
    QList<Edit> edits;
    const auto type = [&edits](const QString &path, const QString &text) {
        for (qsizetype n = 1; n <= text.size(); ++n)
            edits.append({path, text.left(n)});
    };
    edits.append({QStringLiteral("items[0].category"), QStringLiteral("TOBACCO")});
    edits.append({QStringLiteral("items[0].subtype"), QStringLiteral("UNKNOWN")});
    edits.append({QStringLiteral("items[0].quantity"), 1});
    edits.append({QStringLiteral("items[0].quantity"), 12});
    edits.append({QStringLiteral("items[0].quantity"), 120});
    edits.append({QStringLiteral("items[0].unit"), QStringLiteral("KGM")});
    type(QStringLiteral("placeName"), QStringLiteral("Port 2000, quai de l'Europe, poste 4"));
    type(QStringLiteral("conveyances[0].containerNumber"), QStringLiteral("CSQU3054383"));
    type(QStringLiteral("narrative"),
         QStringLiteral("Cartons de cigarettes derrière une fausse cloison, côté porte, rangées 3 à 7."));
    edits.append({QStringLiteral("route.departureCountry"), QStringLiteral("CN")});
    edits.append({QStringLiteral("route.destinationCountry"), QStringLiteral("FR")});
    return edits;
}

} // namespace saisie::test
