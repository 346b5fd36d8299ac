#pragma once
// The rules a draft must meet before it is finalized (signed and queued for delivery).
#include "model/seizure.h"

#include <QHash>
#include <QList>
#include <QString>

namespace saisie::model {

/// One finding about a record, attached to a JSON path.
struct Issue
{
    QString path;    // e.g. "conveyances[0].containerNumber", "items", "attachments"
    QString code;    // "missing", "status", "unknown_code", "subtype_mismatch", "minor_units",
                     // "no_photo", "no_currency", or the validation code ("check_digit", "format", ...)
    QString message; // one English sentence; never repeats free-text or identifier values
    bool overridable = false; // an officer's reason can turn this blocking issue into a warning
    bool overridden = false;  // it was overridden (then it is listed among the warnings)
    friend bool operator==(const Issue &, const Issue &) = default;
};

/// Outcome of checkFinalize.
struct FinalizeCheck
{
    bool canFinalize = false; // no blocking issue left
    QList<Issue> blocking;
    QList<Issue> warnings;
};

/// Checks the quick-entry mandatory set (docs/data-model.md, "Finalize rules") and the
/// identifiers. overrides maps a field path (e.g. "conveyances[0].containerNumber") to the
/// officer's reason for keeping a container, wagon or MRZ value that fails its check; a blank
/// reason does not count. Every coded field's UNKNOWN entry satisfies the mandatory set; null
/// ("unknown") in a mandatory non-coded field does not. Only a Draft can be finalized.
FinalizeCheck checkFinalize(const Seizure &seizure, const QHash<QString, QString> &overrides = {});

} // namespace saisie::model
