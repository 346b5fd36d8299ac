#pragma once
// The editing rules behind SeizureEditor, on plain JSON: a change is addressed by a model path,
// may not touch what the system manages (uuid, version, status, history, attachments), and is
// kept only if the model's own reader accepts the whole document afterwards. A refused change
// leaves the document as it was and says why in one sentence.
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace saisie::gui::recordedits {

struct Outcome
{
    QJsonObject document; // the document after the change (unchanged when refused)
    QString refusal;      // empty when accepted
    bool changed = false; // accepted and different from before
};

/// Sets (or, with an undefined value, clears) the value at `path`.
Outcome setAt(const QJsonObject &document, const QString &path, const QJsonValue &value);
/// Appends an empty entry to the list at `listPath`; `index` receives its position.
Outcome appendTo(const QJsonObject &document, const QString &listPath, int *index);
/// Removes entry `index` of the list at `listPath`.
Outcome removeFrom(const QJsonObject &document, const QString &listPath, int index);

/// The value at `path`; undefined when not filled or when the path is malformed.
QJsonValue valueAt(const QJsonObject &document, const QString &path);

} // namespace saisie::gui::recordedits
