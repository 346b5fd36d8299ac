#pragma once
// What the chaos tests conclude from, read straight from both stores with the server stopped:
// the server's store and blob directory (through saisie_server_store, never through its HTTP
// front end, whose bugs are under test), and the tablet's vault. Independent of core/sync: the
// receipt checks here are written again from docs/protocol.md §13, so a bug in the engine's own
// verifier cannot hide itself. Each function returns the problems found (empty: all good).
#include "store/seizurerepository.h"
#include "store/session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace saisie::synctest {

struct ServerFacts {
    QString deviceId;           // the one enrolled device
    QByteArray serverPublicKey; // receipt signing key (Ed25519)
    QString serverKeyId;
    qint64 records = 0;         // rows in the store
    int attachments = 0;        // attachment objects checked
    qint64 attachmentBytes = 0;
    QHash<QUuid, QByteArray> receipts; // uuid -> the receipt as stored by the server (v1)
};

/// Every expected (uuid, version) stored exactly once, byte-identical to the signed local version
/// and signed by the vault key; nothing else stored; every attachment complete, its object present
/// with the right size and SHA-256; a receipt that verifies under the server key and names the
/// record and its attachments.
QStringList checkServer(const QString &serverDataDir, const QList<store::SignedVersion> &expected,
                        const QByteArray &vaultPublicKey, ServerFacts *facts);

/// Every expected version's outbox entry delivered (none pending, none parked) with a stored
/// receipt that verifies under the server key, names this device, vault, record, content hash and
/// attachments, and is the server's receipt (same payload and signature).
QStringList checkClient(store::Session &session, const QList<store::SignedVersion> &expected,
                        const ServerFacts &facts);

/// The first `max` problems, one per line, for a test failure message.
QByteArray summarize(const QStringList &problems, int max = 20);

} // namespace saisie::synctest
