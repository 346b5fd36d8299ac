#include "sync/syncjob.h"

#include "sync/retrypolicy.h"
#include "sync/synclog.h"
#include "sync/transport.h"

#include <QDateTime>

namespace saisie::sync {

JobOutcome failureOutcome(const SyncResult &result)
{
    JobOutcome o;
    o.result = result;
    o.code = result.code();
    if (result.error == NetError::PinMismatch || result.error == NetError::TlsCertificate)
        o.kind = JobOutcome::Security;
    else if (result.status == 403 && result.errorCode == QLatin1String("device_revoked"))
        o.kind = JobOutcome::Revoked;
    else if (result.status == 403 && result.errorCode == QLatin1String("device_suspended"))
        o.kind = JobOutcome::Suspended;
    else if (shouldRetry(result))
        o.kind = JobOutcome::Retry;
    else if (result.status == 401 && result.errorCode == QLatin1String("nonce_replayed"))
        o.kind = JobOutcome::Retry; // a dropped connection re-sent by Qt again, after the re-signed try: back off

    else
        o.kind = JobOutcome::Park;
    return o;
}

JobOutcome malformedAnswer(const QString &code)
{
    JobOutcome o;
    o.kind = JobOutcome::Retry;
    o.code = code;
    return o;
}

void sendWithFollowUps(Transport &transport, const SyncRequest &request, std::function<void(SyncResult)> done)
{
    transport.send(request, [&transport, request, done](SyncResult r) {
        if (r.status != 401)
            return done(std::move(r));
        if (r.errorCode == QLatin1String("nonce_replayed")) {
            // Qt's HTTP layer re-sends a request whose connection dropped before any answer, with
            // the same signed headers; the server then rightly refuses the nonce. Every v1 request
            // is idempotent, so the follow-up is the same request signed afresh (new nonce), once.
            qCInfo(lcSync) << "nonce refused after a lost connection: signing again";
            return transport.send(request, done);
        }
        if (r.errorCode != QLatin1String("clock_skew"))
            return done(std::move(r));
        const QDateTime server = QDateTime::fromString(r.errorObject.value(QStringLiteral("serverTime")).toString(),
                                                       Qt::ISODateWithMs);
        if (!server.isValid())
            return done(std::move(r));
        const qint64 offset = server.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        qCInfo(lcSync) << "clock skew: signing offset now" << offset << "s";
        transport.setSigningOffset(offset);
        transport.send(request, done);
    });
}

} // namespace saisie::sync
