#pragma once
// The vault's outbox (SECURITY.md D3): one row per finalized version, written by finalize in the
// same transaction as the signature, drained by the sync engine. Delivery state only moves forward
// to 'delivered' together with a verified receipt and its audit event, in one transaction.
#include "common/expected.h"
#include "store/auditlog.h"
#include "vault/database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <functional>

namespace saisie::store {

namespace outboxstate {
inline const QString Queued = QStringLiteral("queued"); // not yet delivered, nothing sent this time
inline const QString UploadingRecord = QStringLiteral("uploading_record");
inline const QString UploadingAttachments = QStringLiteral("uploading_attachments");
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Parked = QStringLiteral("parked"); // stopped for a human; keeps all its data
} // namespace outboxstate

struct OutboxEntry {
    QUuid uuid;
    int version = 0;
    QString state;
    int attempts = 0;          // consecutive failures, reset by a success
    qint64 nextAttemptAt = 0;  // ms since epoch: backoff (a "sync now" may shorten it)
    qint64 holdUntil = 0;      // ms since epoch: the server's Retry-After (never shortened)
    QString lastError;         // error code of the last failure, or the park reason
    QString enqueuedAt;
    bool sent = false;         // the record itself reached the server once
};

struct OutboxUpload {
    QString uploadId;     // server upload resource, empty when not created yet
    bool uploaded = false; // the server acknowledged the complete attachment
};

struct OutboxCounts {
    int pending = 0; // queued or uploading
    int parked = 0;
    int delivered = 0;
};

class Outbox
{
public:
    using Clock = std::function<QString()>; // ISO 8601 UTC

    Outbox(vault::Database &db, AuditLog &audit, Clock clock = {});

    /// Entries not delivered (parked ones only with includeParked), versions of one uuid in
    /// version order, uuids in the order they were queued.
    Expected<QList<OutboxEntry>> pending(bool includeParked = false);
    Expected<OutboxEntry> entry(const QUuid &uuid, int version);
    Expected<OutboxCounts> counts();

    /// queued / uploading_record / uploading_attachments only (delivered and parked have their own calls).
    Status setState(const QUuid &uuid, int version, const QString &state);
    /// One more consecutive failure; the entry stays where it is, due again at `nextAttemptAt`.
    Status recordFailure(const QUuid &uuid, int version, const QString &code, qint64 nextAttemptAt, qint64 holdUntil);
    /// A step succeeded: the consecutive-failure count starts again.
    Status resetAttempts(const QUuid &uuid, int version);
    Status park(const QUuid &uuid, int version, const QString &code);
    /// An explicit retry by a person: back to 'queued', due now.
    Status unpark(const QUuid &uuid, int version);
    /// First accepted upload of the record: appends audit event "send" once (content hash only).
    Status markSent(const QUuid &uuid, int version, const QString &contentHash);

    Expected<QHash<QUuid, OutboxUpload>> uploads(const QUuid &uuid, int version);
    Status setUpload(const QUuid &uuid, int version, const QUuid &attachment, const QString &uploadId, bool uploaded);

    /// D3 in one transaction: stores the signed receipt bytes as received, sets 'delivered',
    /// marks the record's list status "delivered" and appends audit event "receipt" (receipt
    /// payload hash and content hash). A second call for a delivered entry changes nothing.
    Status markDelivered(const QUuid &uuid, int version, const QByteArray &receipt, const QString &receiptPayloadHash,
                         const QString &contentHash);
    /// The stored receipt (empty when not delivered).
    Expected<QByteArray> receipt(const QUuid &uuid, int version);

private:
    Status updateOne(const QString &sql, const QUuid &uuid, int version,
                     const std::function<int(vault::Statement &)> &bindFront);
    vault::Database &m_db;
    AuditLog &m_audit;
    Clock m_clock;
};

} // namespace saisie::store
