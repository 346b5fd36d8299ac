#include "store/outbox.h"

#include <QDateTime>

namespace saisie::store {

namespace {
QString idText(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }

const char *const kColumns = "uuid, version, state, attempts, next_attempt_at, hold_until, coalesce(last_error, ''), "
                             "enqueued_at, sent_at IS NOT NULL";

OutboxEntry readEntry(const vault::Statement &s)
{
    OutboxEntry e;
    e.uuid = QUuid::fromString(s.text(0));
    e.version = int(s.int64(1));
    e.state = s.text(2);
    e.attempts = int(s.int64(3));
    e.nextAttemptAt = s.int64(4);
    e.holdUntil = s.int64(5);
    e.lastError = s.text(6);
    e.enqueuedAt = s.text(7);
    e.sent = s.int64(8) != 0;
    return e;
}

Error notFound() { return makeError(QStringLiteral("not_found"), QStringLiteral("This record version is not in the outbox.")); }
} // namespace

Outbox::Outbox(vault::Database &db, AuditLog &audit, Clock clock)
    : m_db(db), m_audit(audit), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); };
}

Expected<QList<OutboxEntry>> Outbox::pending(bool includeParked)
{
    // A uuid's place in the queue is its oldest entry, so an amendment never overtakes nor
    // separates from the version it amends (the server needs version n-1 first, protocol §11.2).
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM outbox o WHERE state != 'delivered' %2 "
                                            "ORDER BY (SELECT min(enqueued_at) FROM outbox f WHERE f.uuid = o.uuid), "
                                            "uuid, version")
                                 .arg(QLatin1String(kColumns),
                                      includeParked ? QString() : QStringLiteral("AND state != 'parked'")));
    if (!stmt)
        return stmt.error();
    QList<OutboxEntry> entries;
    while (stmt->step())
        entries.append(readEntry(*stmt));
    if (stmt->failed())
        return stmt->error();
    return entries;
}

Expected<OutboxEntry> Outbox::entry(const QUuid &uuid, int version)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE uuid = ? AND version = ?").arg(QLatin1String(kColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, idText(uuid)).bind(2, version);
    if (stmt->step())
        return readEntry(*stmt);
    if (stmt->failed())
        return stmt->error();
    return notFound();
}

Expected<OutboxCounts> Outbox::counts()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!stmt)
        return stmt.error();
    OutboxCounts c;
    while (stmt->step()) {
        const QString state = stmt->text(0);
        const int n = int(stmt->int64(1));
        if (state == outboxstate::Delivered)
            c.delivered += n;
        else if (state == outboxstate::Parked)
            c.parked += n;
        else
            c.pending += n;
    }
    if (stmt->failed())
        return stmt->error();
    return c;
}

Status Outbox::updateOne(const QString &sql, const QUuid &uuid, int version,
                         const std::function<int(vault::Statement &)> &bindFront)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    const int next = bindFront ? bindFront(*stmt) : 1;
    stmt->bind(next, idText(uuid)).bind(next + 1, version);
    if (Status s = stmt->exec(); !s)
        return s;
    if (m_db.changes() != 1)
        return notFound();
    return success();
}

Status Outbox::setState(const QUuid &uuid, int version, const QString &state)
{
    if (state != outboxstate::Queued && state != outboxstate::UploadingRecord &&
        state != outboxstate::UploadingAttachments)
        return makeError(QStringLiteral("state"), QStringLiteral("This outbox state is set by its own operation."));
    return updateOne(QStringLiteral("UPDATE outbox SET state = ? WHERE uuid = ? AND version = ? "
                                    "AND state NOT IN ('delivered', 'parked')"),
                     uuid, version, [&](vault::Statement &s) { s.bind(1, state); return 2; });
}

Status Outbox::recordFailure(const QUuid &uuid, int version, const QString &code, qint64 nextAttemptAt,
                             qint64 holdUntil)
{
    return updateOne(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                                    "hold_until = max(hold_until, ?) WHERE uuid = ? AND version = ? "
                                    "AND state != 'delivered'"),
                     uuid, version, [&](vault::Statement &s) {
                         s.bind(1, code).bind(2, nextAttemptAt).bind(3, holdUntil);
                         return 4;
                     });
}

Status Outbox::resetAttempts(const QUuid &uuid, int version)
{
    return updateOne(QStringLiteral("UPDATE outbox SET attempts = 0, last_error = NULL, next_attempt_at = 0 "
                                    "WHERE uuid = ? AND version = ? AND state != 'delivered'"),
                     uuid, version, {});
}

Status Outbox::park(const QUuid &uuid, int version, const QString &code)
{
    return updateOne(QStringLiteral("UPDATE outbox SET state = 'parked', last_error = ?, parked_at = ? "
                                    "WHERE uuid = ? AND version = ? AND state != 'delivered'"),
                     uuid, version, [&](vault::Statement &s) {
                         s.bind(1, code).bind(2, m_clock());
                         return 3;
                     });
}

Status Outbox::unpark(const QUuid &uuid, int version)
{
    return updateOne(QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = 0, "
                                    "parked_at = NULL WHERE uuid = ? AND version = ? AND state = 'parked'"),
                     uuid, version, {});
}

Status Outbox::markSent(const QUuid &uuid, int version, const QString &contentHash)
{
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE outbox SET sent_at = ? WHERE uuid = ? AND version = ? AND sent_at IS NULL"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_clock()).bind(2, idText(uuid)).bind(3, version);
    if (Status s = stmt->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return success(); // already recorded (or not in the outbox): one "send" event per version
    if (Status s = m_audit.append(audit::Send, idText(uuid), version, {{QStringLiteral("contentHash"), contentHash}});
        !s)
        return s;
    return tx.commit();
}

Expected<QHash<QUuid, OutboxUpload>> Outbox::uploads(const QUuid &uuid, int version)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT attachment_id, coalesce(upload_id, ''), uploaded "
                                            "FROM outbox_uploads WHERE uuid = ? AND version = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, idText(uuid)).bind(2, version);
    QHash<QUuid, OutboxUpload> result;
    while (stmt->step())
        result.insert(QUuid::fromString(stmt->text(0)), OutboxUpload{stmt->text(1), stmt->int64(2) != 0});
    if (stmt->failed())
        return stmt->error();
    return result;
}

Status Outbox::setUpload(const QUuid &uuid, int version, const QUuid &attachment, const QString &uploadId,
                         bool uploaded)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO outbox_uploads (uuid, version, attachment_id, upload_id, uploaded, updated_at) "
        "VALUES (?, ?, ?, nullif(?, ''), ?, ?) ON CONFLICT (uuid, version, attachment_id) DO UPDATE SET "
        "upload_id = excluded.upload_id, uploaded = excluded.uploaded, updated_at = excluded.updated_at"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, idText(uuid)).bind(2, version).bind(3, idText(attachment)).bind(4, uploadId);
    stmt->bind(5, uploaded ? 1 : 0).bind(6, m_clock());
    return stmt->exec();
}

Status Outbox::markDelivered(const QUuid &uuid, int version, const QByteArray &receipt,
                             const QString &receiptPayloadHash, const QString &contentHash)
{
    if (receipt.isEmpty())
        return makeError(QStringLiteral("receipt"), QStringLiteral("A delivery needs its receipt."));
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = entry(uuid, version);
    if (!current)
        return current.error();
    if (current->state == outboxstate::Delivered)
        return success();
    const QString now = m_clock();
    if (Status s = updateOne(QStringLiteral("UPDATE outbox SET state = 'delivered', receipt = ?, delivered_at = ?, "
                                            "last_error = NULL, attempts = 0, next_attempt_at = 0, parked_at = NULL "
                                            "WHERE uuid = ? AND version = ? AND state != 'delivered'"),
                             uuid, version, [&](vault::Statement &stmt) {
                                 stmt.bind(1, receipt).bind(2, now);
                                 return 3;
                             });
        !s)
        return s;
    // The list's status column (not the signed document, which never changes) shows the delivery.
    auto status = m_db.prepare(QStringLiteral("UPDATE seizures SET status = 'delivered' WHERE uuid = ? AND version = ? "
                                              "AND signature IS NOT NULL"));
    if (!status)
        return status.error();
    status->bind(1, idText(uuid)).bind(2, version);
    if (Status s = status->exec(); !s)
        return s;
    if (Status s = m_audit.append(audit::Receipt, idText(uuid), version,
                                  {{QStringLiteral("receiptHash"), receiptPayloadHash},
                                   {QStringLiteral("contentHash"), contentHash}});
        !s)
        return s;
    return tx.commit();
}

Expected<QByteArray> Outbox::receipt(const QUuid &uuid, int version)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT receipt FROM outbox WHERE uuid = ? AND version = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, idText(uuid)).bind(2, version);
    if (stmt->step())
        return stmt->isNull(0) ? QByteArray() : stmt->blob(0);
    if (stmt->failed())
        return stmt->error();
    return notFound();
}

} // namespace saisie::store
