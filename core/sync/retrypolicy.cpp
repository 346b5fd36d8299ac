#include "sync/retrypolicy.h"

#include "protocol/wireerror.h"

#include <QLocale>
#include <QRandomGenerator>

namespace saisie::sync {

bool shouldRetry(const SyncResult &result)
{
    switch (result.error) {
    case NetError::Network:
    case NetError::Timeout:
        return true;
    case NetError::TlsCertificate: // a security event: waits for the next cycle, never retried as such
    case NetError::PinMismatch:
    case NetError::Redirect:
    case NetError::Cancelled:
        return false;
    case NetError::None:
        break;
    }
    return protocol::isRetryableStatus(result.status);
}

UniformRandom systemRandom()
{
    return [] { return QRandomGenerator::system()->generateDouble(); };
}

qint64 backoffMs(int attempt, const UniformRandom &random)
{
    const int shift = qBound(0, attempt, 30); // 2^30 s is far past the cap: no overflow
    const qint64 ceiling = qMin(kBackoffCapMs, kBackoffBaseMs << shift);
    const double r = qBound(0.0, random ? random() : 0.0, 1.0);
    return qMin(ceiling, qint64(r * double(ceiling)));
}

qint64 retryDelayMs(int attempt, const SyncResult &result, const UniformRandom &random)
{
    const qint64 delay = backoffMs(attempt, random);
    if (result.retryAfterSeconds)
        return qMax(delay, *result.retryAfterSeconds * 1000);
    return delay;
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool digits = true;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        if (text.size() > 12) // larger than any clamp: still a valid "very long"
            return kRetryAfterMaxSeconds;
        return qMin(text.toLongLong(), kRetryAfterMaxSeconds);
    }
    // IMF-fixdate, the only HTTP-date form senders produce (RFC 9110 §5.6.7).
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    const qint64 seconds = now.secsTo(at);
    return qBound<qint64>(0, seconds, kRetryAfterMaxSeconds);
}

} // namespace saisie::sync
