#include "sync/syncmessages.h"

#include <QHash>

namespace saisie::sync {

QString messageFor(const QString &code)
{
    if (code.isEmpty())
        return QString();
    static const QHash<QString, QString> sentences{
        {QStringLiteral("network"), QStringLiteral("The server cannot be reached; records wait on the tablet and are sent when the network returns.")},
        {QStringLiteral("timeout"), QStringLiteral("The server did not answer in time; sending will be tried again.")},
        {QStringLiteral("unavailable"), QStringLiteral("The server is unavailable for now; sending will be tried again.")},
        {QStringLiteral("rate_limited"), QStringLiteral("The server asked the tablet to wait; sending will resume by itself.")},
        {QStringLiteral("tls_certificate"), QStringLiteral("The server's certificate was refused; nothing was sent. The network may be intercepted: tell your administrator if it persists.")},
        {QStringLiteral("pin_mismatch"), QStringLiteral("The server's key is not the enrolled one; nothing was sent. The network may be intercepted: tell your administrator.")},
        {QStringLiteral("redirect_refused"), QStringLiteral("The server tried to redirect the tablet elsewhere; nothing was sent. Tell your administrator.")},
        {QStringLiteral("device_revoked"), QStringLiteral("This tablet has been revoked by an administrator and its vaults were erased.")},
        {QStringLiteral("device_suspended"), QStringLiteral("This tablet is suspended by an administrator; records stay on it until it is reactivated.")},
        {QStringLiteral("wipe_unverifiable"), QStringLiteral("The server sent a revocation that could not be verified; nothing was erased and sending will be tried again.")},
        {QStringLiteral("clock_skew"), QStringLiteral("The tablet clock is too far from the server's; check the date and time settings.")},
        {QStringLiteral("attachment_damaged"), QStringLiteral("A photo or file of a record no longer matches its signed hash; run a vault check and tell your administrator.")},
        {QStringLiteral("protocol_unsupported"), QStringLiteral("The server needs a newer version of the app; update it. Records stay on the tablet.")},
        {QStringLiteral("client_outdated"), QStringLiteral("The server needs a newer version of the app; update it. Records stay on the tablet.")},
    };
    const auto it = sentences.constFind(code);
    if (it != sentences.constEnd())
        return *it + QStringLiteral(" (%1)").arg(code);
    if (code.startsWith(QLatin1String("receipt_")) || code == QLatin1String("untrusted_key") ||
        code == QLatin1String("signature_invalid") || code == QLatin1String("payload_not_canonical") ||
        code == QLatin1String("format_mismatch"))
        return QStringLiteral("The server's receipt failed its checks; the record is kept as not delivered (%1).").arg(code);
    if (code.startsWith(QLatin1String("http_5")))
        return QStringLiteral("The server had an error; sending will be tried again (%1).").arg(code);
    if (code == QLatin1String("auth_missing") || code == QLatin1String("unknown_device") ||
        code == QLatin1String("signature_invalid") || code == QLatin1String("nonce_replayed"))
        return QStringLiteral("Sync is not authorised: contact your administrator (%1).").arg(code);
    return QStringLiteral("A record could not be sent and waits for an administrator or a retry (%1).").arg(code);
}

} // namespace saisie::sync
