#pragma once
// The sentence a person sees for a sync error code (SyncEngine::lastError, saisiectl sync).
#include <QString>

namespace saisie::sync {

/// One English sentence saying what happened and what to do; the code is appended for support.
QString messageFor(const QString &code);

} // namespace saisie::sync
