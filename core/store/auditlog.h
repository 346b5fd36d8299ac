#pragma once
// The device's evidence trail (SECURITY.md E2): every event carries a sequence number, the hash of
// the event before it, its own hash and an Ed25519 signature by the vault key. verify() walks the
// chain and names the first event at which an insertion, deletion, reordering or edit shows.
#include "common/expected.h"
#include "common/securebuffer.h"
#include "vault/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace saisie::store {

/// Event types. Details hold identifiers and hashes only, never record contents.
namespace audit {
inline const QString Create = QStringLiteral("create");
inline const QString Edit = QStringLiteral("edit");
inline const QString Finalize = QStringLiteral("finalize");
inline const QString Amend = QStringLiteral("amend");
inline const QString Attach = QStringLiteral("attach");
inline const QString AttachmentEdit = QStringLiteral("attachment_edit");
inline const QString Detach = QStringLiteral("detach");
inline const QString View = QStringLiteral("view");
inline const QString Export = QStringLiteral("export");
inline const QString Discard = QStringLiteral("discard");
inline const QString PinChange = QStringLiteral("pin_change");
inline const QString Send = QStringLiteral("send");       // a record version reached the server
inline const QString Receipt = QStringLiteral("receipt"); // a verified receipt was stored (delivered)
} // namespace audit

struct AuditEvent {
    qint64 seq = 0;
    QString at;       // ISO 8601 UTC with milliseconds
    QString type;
    QString subject;  // record uuid, attachment id or "vault"
    int version = 0;
    QJsonObject detail;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray signature;
};

struct AuditProblem {
    qint64 seq = 0;
    QString kind;     // "missing", "reordered", "altered", "bad_signature", "bad_start"
    QString message;
};

class AuditLog
{
public:
    using Clock = std::function<QString()>; // ISO 8601 UTC timestamp

    AuditLog(vault::Database &db, const SecureBuffer &signingSecret, QByteArray signingPublic, Clock clock);

    /// Appends inside the caller's transaction (the event commits with the change it records).
    Status append(const QString &type, const QString &subject, int version, const QJsonObject &detail = {});
    Expected<QList<AuditEvent>> events(qint64 fromSeq = 1, int limit = -1);
    /// A chain head recorded outside this vault (printed by 'audit verify', kept by a supervisor
    /// or, later, by the national server's receipts). The chain alone cannot show that its newest
    /// events were removed; an anchor can.
    struct Anchor {
        qint64 seq = 0;
        QByteArray hash;
    };

    /// Empty when the chain is intact (and, when given, still holds the anchor event unchanged).
    Expected<QList<AuditProblem>> verify(const std::optional<Anchor> &anchor = std::nullopt);
    /// The newest event's seq and hash; seq 0 for an empty chain.
    Expected<Anchor> head();

    /// The bytes an event hash covers; public so that an offline verifier can recompute it.
    static QByteArray hashInput(const AuditEvent &event);

private:
    vault::Database &m_db;
    const SecureBuffer &m_secret;
    QByteArray m_public;
    Clock m_clock;
};

} // namespace saisie::store
