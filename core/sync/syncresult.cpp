#include "sync/syncresult.h"

namespace saisie::sync {

QString netErrorName(NetError error)
{
    switch (error) {
    case NetError::None: return QString();
    case NetError::Network: return QStringLiteral("network");
    case NetError::Timeout: return QStringLiteral("timeout");
    case NetError::TlsCertificate: return QStringLiteral("tls_certificate");
    case NetError::PinMismatch: return QStringLiteral("pin_mismatch");
    case NetError::Redirect: return QStringLiteral("redirect_refused");
    case NetError::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("network");
}

QString SyncResult::code() const
{
    if (error != NetError::None)
        return netErrorName(error);
    if (!errorCode.isEmpty())
        return errorCode;
    if (status >= 500)
        return QStringLiteral("unavailable"); // §17.1: a non-JSON 5xx from an intermediary
    return status >= 400 ? QStringLiteral("http_%1").arg(status) : QString();
}

} // namespace saisie::sync
