#pragma once
// What the record and attachment uploaders share: their context, how a job ends, and the one
// follow-up every request may need (§18.3: clock_skew and nonce_replayed, re-sign once).
#include "store/outbox.h"
#include "store/session.h"
#include "sync/syncengine.h"
#include "sync/syncresult.h"

#include <QHash>
#include <functional>

namespace saisie::sync {

class Transport;
struct SyncRequest;

struct JobContext {
    Transport &transport;
    store::Session &session;
    store::Outbox &outbox;
    QString deviceId;
    QString vaultKeyId;
    QHash<QString, QByteArray> trustedKeys; // current server keys
    bool holdPhotos = false;                // metered network and the officer's setting
    std::function<void(const SyncProgress &)> progress;
};

struct JobOutcome {
    enum Kind {
        Delivered, // verified receipt stored
        Retry,     // retryable failure: back off (Retry-After honoured)
        Park,      // not retryable: stop until a person acts
        Revoked,   // 403 device_revoked: the engine checks the instruction
        Suspended, // 403 device_suspended
        Held,      // photos held back on a metered network
        Security,  // certificate or pin failure: next cycle, never a fast retry
    };
    Kind kind = Retry;
    QString code;
    SyncResult result;
    bool receiptRejected = false; // a receipt failed §13.4 (parks when it happens twice)
};

/// Retry, Park, Revoked, Suspended or Security for a failed exchange.
JobOutcome failureOutcome(const SyncResult &result);

/// Sends; on 401 clock_skew sets signingOffset = serverTime - now and sends once more, and on
/// 401 nonce_replayed sends once more (each time a new nonce and signature). A second refusal is
/// returned as it is (and parks).
/// A 2xx answer whose body does not parse: most often a response cut short by the network (a
/// dropped connection, a server killed mid-answer), so it is retried with backoff like a network
/// error rather than parked; every v1 request can be repeated.
JobOutcome malformedAnswer(const QString &code);

void sendWithFollowUps(Transport &transport, const SyncRequest &request, std::function<void(SyncResult)> done);

} // namespace saisie::sync
