#pragma once
// What the review step and the completeness meter show for a draft: model::completeness and
// model::checkFinalize of the document, with the officer's override reasons applied, as values
// QML can read.
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace saisie::gui {

struct RecordCheck
{
    /// {path, code, message, overridable, overridden, blocking}, blocking issues first.
    QVariantList issues;
    bool canFinalize = false;
    double completeness = 0;
};

RecordCheck checkRecord(const QJsonObject &document, const QHash<QString, QString> &overrides);

} // namespace saisie::gui
