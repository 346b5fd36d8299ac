#include "store/auditlog.h"

#include "model/canonicaljson.h"

#include <QJsonDocument>
#include <QtEndian>
#include <sodium.h>

namespace saisie::store {

namespace {
const auto *u8(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()), u8(data), size_t(data.size()));
    return out;
}

void appendField(QByteArray &out, const QByteArray &field)
{
    // Length-prefixed so that no two different events can produce the same input.
    const quint32 size = qToBigEndian(quint32(field.size()));
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
    out.append(field);
}
} // namespace

AuditLog::AuditLog(vault::Database &db, const SecureBuffer &signingSecret, QByteArray signingPublic, Clock clock)
    : m_db(db), m_secret(signingSecret), m_public(std::move(signingPublic)), m_clock(std::move(clock))
{
}

QByteArray AuditLog::hashInput(const AuditEvent &event)
{
    QByteArray in("saisie-audit-v1");
    appendField(in, QByteArray::number(event.seq));
    appendField(in, event.prevHash);
    appendField(in, event.at.toUtf8());
    appendField(in, event.type.toUtf8());
    appendField(in, event.subject.toUtf8());
    appendField(in, QByteArray::number(event.version));
    appendField(in, model::canonicalJson(event.detail));
    return in;
}

Status AuditLog::append(const QString &type, const QString &subject, int version, const QJsonObject &detail)
{
    auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEvent event;
    event.prevHash = QByteArray(crypto_hash_sha256_BYTES, '\0');
    event.seq = 1;
    if (last->step()) {
        event.seq = last->int64(0) + 1;
        event.prevHash = last->blob(1);
    } else if (last->failed()) {
        return last->error();
    }
    event.at = m_clock();
    event.type = type;
    event.subject = subject;
    event.version = version;
    event.detail = detail;
    event.hash = sha256(hashInput(event));
    event.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(event.signature.data()), nullptr, u8(event.hash),
                         size_t(event.hash.size()), m_secret.data());

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_events (seq, at, type, subject, version, detail, prev_hash, hash, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, event.seq).bind(2, event.at).bind(3, event.type).bind(4, event.subject).bind(5, event.version);
    insert->bind(6, QString::fromUtf8(model::canonicalJson(event.detail)));
    insert->bind(7, event.prevHash).bind(8, event.hash).bind(9, event.signature);
    return insert->exec();
}

Expected<QList<AuditEvent>> AuditLog::events(qint64 fromSeq, int limit)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT seq, at, type, subject, version, detail, prev_hash, hash, "
                                            "signature FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fromSeq).bind(2, qint64(limit));
    QList<AuditEvent> result;
    while (stmt->step()) {
        AuditEvent e;
        e.seq = stmt->int64(0);
        e.at = stmt->text(1);
        e.type = stmt->text(2);
        e.subject = stmt->text(3);
        e.version = int(stmt->int64(4));
        e.detail = QJsonDocument::fromJson(stmt->text(5).toUtf8()).object();
        e.prevHash = stmt->blob(6);
        e.hash = stmt->blob(7);
        e.signature = stmt->blob(8);
        result.append(std::move(e));
    }
    if (stmt->failed())
        return stmt->error();
    return result;
}

Expected<AuditLog::Anchor> AuditLog::head()
{
    auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (!last->step())
        return last->failed() ? Expected<Anchor>(last->error()) : Expected<Anchor>(Anchor{});
    return Anchor{last->int64(0), last->blob(1)};
}

Expected<QList<AuditProblem>> AuditLog::verify(const std::optional<Anchor> &anchor)
{
    auto all = events();
    if (!all)
        return all.error();
    QList<AuditProblem> problems;
    if (anchor && anchor->seq > 0) {
        const bool present = anchor->seq <= all->size() && all->at(anchor->seq - 1).seq == anchor->seq;
        if (!present)
            problems.append({anchor->seq, QStringLiteral("truncated"),
                             QStringLiteral("Audit event %1, recorded earlier as the chain head, is gone: the newest "
                                            "events were removed.")
                                 .arg(anchor->seq)});
        else if (anchor->hash.isEmpty() || !all->at(anchor->seq - 1).hash.startsWith(anchor->hash))
            problems.append({anchor->seq, QStringLiteral("altered"),
                             QStringLiteral("Audit event %1 no longer has the hash recorded for it earlier.")
                                 .arg(anchor->seq)});
    }
    QByteArray expectedPrev(crypto_hash_sha256_BYTES, '\0');
    qint64 expectedSeq = 1;
    for (const AuditEvent &e : *all) {
        if (e.seq != expectedSeq) {
            problems.append({expectedSeq, QStringLiteral("missing"),
                             QStringLiteral("Audit events %1 to %2 are missing: deleted from the chain.")
                                 .arg(expectedSeq)
                                 .arg(e.seq - 1)});
        } else if (e.prevHash != expectedPrev) {
            problems.append({e.seq, QStringLiteral("reordered"),
                             QStringLiteral("Audit event %1 does not follow event %2: an event was inserted, "
                                            "removed or moved here.")
                                 .arg(e.seq)
                                 .arg(e.seq - 1)});
        }
        if (sha256(hashInput(e)) != e.hash) {
            problems.append({e.seq, QStringLiteral("altered"),
                             QStringLiteral("Audit event %1 was altered after it was written.").arg(e.seq)});
        } else if (e.signature.size() != crypto_sign_BYTES
                   || crypto_sign_verify_detached(u8(e.signature), u8(e.hash), size_t(e.hash.size()), u8(m_public))
                          != 0) {
            problems.append({e.seq, QStringLiteral("bad_signature"),
                             QStringLiteral("Audit event %1 is not signed by this vault's key.").arg(e.seq)});
        }
        // Continue from what the event claims, so one problem is reported once, not at every later event.
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    return problems;
}

} // namespace saisie::store
