#include "vault/attemptguard.h"

#include "common/durablefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace saisie::vault {

qint64 AttemptState::delaySecondsAfter(int failures)
{
    if (failures < 3)
        return 0;
    constexpr qint64 base = 30;
    constexpr qint64 cap = 3600;
    const int doublings = std::min(failures - 3, 10);
    return std::min(base << doublings, cap);
}

qint64 AttemptState::secondsToWait(qint64 nowMs) const
{
    const qint64 readyAt = lastTryMs + delaySecondsAfter(failures) * 1000;
    // A clock set backwards must not shorten the wait: treat "now before last try" as "just tried".
    const qint64 effectiveNow = std::max(nowMs, lastTryMs);
    return std::max<qint64>(0, (readyAt - effectiveNow + 999) / 1000);
}

AttemptState AttemptGuard::read() const
{
    AttemptState state;
    state.maxAttempts = m_max;
    QFile file(m_path);
    // Vault::create writes the counter before the key file, so a vault without one has had it
    // removed: treat that like a damaged counter, never as a fresh start.
    if (!file.open(QIODevice::ReadOnly)) {
        state.failures = m_max;
        state.damaged = true;
        return state;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue failures = o.value(QLatin1String("failures"));
    if (!failures.isDouble() || failures.toInt(-1) < 0) {
        state.failures = m_max;
        state.damaged = true;
        return state;
    }
    state.failures = std::min(failures.toInt(), m_max);
    state.lastTryMs = qint64(o.value(QLatin1String("lastTryMs")).toDouble());
    return state;
}

Status AttemptGuard::countTry(qint64 nowMs)
{
    AttemptState state = read();
    state.failures = std::min(state.failures + 1, m_max);
    state.lastTryMs = nowMs;
    return write(state);
}

Status AttemptGuard::reset()
{
    AttemptState state;
    state.maxAttempts = m_max;
    return write(state);
}

Status AttemptGuard::write(const AttemptState &state)
{
    const QJsonObject o{{QStringLiteral("failures"), state.failures},
                        {QStringLiteral("lastTryMs"), double(state.lastTryMs)}};
    return durable::writeFileAtomically(m_path, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace saisie::vault
