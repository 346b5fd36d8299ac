#pragma once
// The product's own client, in this process: enrolment of a device directory against the
// server's one-time code, then a SyncEngine draining an unlocked vault's outbox until every
// record is delivered (verified receipt stored) or something fails.
#include "common/expected.h"
#include "store/session.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saisie::bench::sync {

/// Enrols `deviceDir` with the QR payload printed by `saisie-server enrol --json`; the national
/// CA set is the test PKI's ca.pem.
Status enrolDevice(const QString &deviceDir, const QByteArray &qrPayload, const QString &caPem);

struct EngineRun
{
    double wallMs = 0;      // syncNow() to the last record delivered
    QList<double> ackMs;    // per record, ms after syncNow() when its R1 was acknowledged
    int delivered = 0;
    int requests = 0;       // HTTP requests the engine sent, when it says (0: unknown)
};

/// Starts a SyncEngine on `session`, asks for a sync now and waits until `records` outbox entries
/// are delivered. A parked entry, a stop in an error state or `timeoutMs` is a failure.
Expected<EngineRun> runEngine(const QString &deviceDir, store::Session &session, int records, int timeoutMs);

/// The chunk size the engine uses on a wired network (protocol §12.6), for curl to match.
qint64 engineChunkBytes();

} // namespace saisie::bench::sync
