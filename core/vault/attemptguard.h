#pragma once
// Failed-unlock accounting (SECURITY.md S6). The counter is written and synced *before* each try,
// so pulling the battery during a guess still counts it. Delays grow after three failures.
#include "common/expected.h"

#include <QString>

namespace saisie::vault {

struct AttemptState {
    int failures = 0;         // counted tries without a later success
    qint64 lastTryMs = 0;     // wall clock of the last counted try, ms since epoch
    int maxAttempts = 10;
    bool damaged = false;     // the counter file is missing or unreadable: no PIN is tried

    int attemptsLeft() const { return maxAttempts - failures; }
    /// Seconds to wait before the next try may run (0 when it may run now).
    qint64 secondsToWait(qint64 nowMs) const;
    static qint64 delaySecondsAfter(int failures);
};

class AttemptGuard
{
public:
    AttemptGuard(QString path, int maxAttempts) : m_path(std::move(path)), m_max(maxAttempts) {}

    /// Reads the durable state. A missing or damaged file reads as exhausted and damaged rather
    /// than as zero, so deleting or corrupting it never buys extra guesses.
    AttemptState read() const;
    /// Durably counts one more try at nowMs.
    Status countTry(qint64 nowMs);
    /// Durably clears the counter after a successful unlock.
    Status reset();

private:
    Status write(const AttemptState &state);
    QString m_path;
    int m_max;
};

} // namespace saisie::vault
