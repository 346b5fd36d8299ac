#pragma once
// The client retry policy of docs/protocol.md §18 (SECURITY.md Y3) as pure functions: which
// failures are retried, full-jitter exponential backoff, and Retry-After.
#include "sync/syncresult.h"

#include <QByteArrayView>
#include <QDateTime>
#include <functional>
#include <optional>

namespace saisie::sync {

inline constexpr qint64 kBackoffBaseMs = 1000;
inline constexpr qint64 kBackoffCapMs = 900 * 1000;
inline constexpr qint64 kRetryAfterMaxSeconds = 24 * 3600;

/// Network errors and timeouts (not certificate, pin or redirect failures), 408, 425, 429, 5xx.
bool shouldRetry(const SyncResult &result);

/// A uniform random number in [0, 1); injectable so tests can pin the jitter.
using UniformRandom = std::function<double()>;
UniformRandom systemRandom();

/// Full jitter: uniform(0, min(900 s, 1 s * 2^attempt)), attempt counting from 0.
qint64 backoffMs(int attempt, const UniformRandom &random);
/// max(backoff, Retry-After) for a failed result.
qint64 retryDelayMs(int attempt, const SyncResult &result, const UniformRandom &random);

/// Retry-After as delta-seconds or an HTTP date (IMF-fixdate), relative to `now`, clamped to
/// 0..24 h; nullopt for anything else.
std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace saisie::sync
