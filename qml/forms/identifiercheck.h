#pragma once
// Live identifier checks for QML: validation::validate() with its result turned into a map and its message
// replaced by a translated sentence. Stateless, so one default-constructed singleton serves every field.
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace saisie::validation {
struct Result;
}

namespace saisie::gui {

class IdentifierCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit IdentifierCheck(QObject *parent = nullptr);

    /// Checks `text` as an identifier of `kind` ("container", "wagon", "imo", "mrz", "vin", "awb", "s10",
    /// "hs", "unlocode", "country", "currency"). Returns {verdict: "empty"|"valid"|"warning"|"invalid", code,
    /// message (translated, never repeats the input), normalized, overrideRequired, layout (MRZ only: "TD1",
    /// "TD2", "TD3" or ""), checks: [{name, label, passed, expected, found}]}. An unknown kind gives verdict
    /// "invalid" and code "unknown_kind".
    Q_INVOKABLE QVariantMap check(const QString &kind, const QString &text) const;

    /// Translated sentence for a result of `kind` (exposed for tests and for C++ callers).
    static QString messageFor(const QString &kind, const validation::Result &result, const QString &text);
    /// Translated name of one check ("document_number" -> "Document number").
    static QString checkLabel(const QString &name);
};

} // namespace saisie::gui
