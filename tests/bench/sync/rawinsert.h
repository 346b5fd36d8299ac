#pragma once
// Raw baselines for server ingest: the same rows (one R1 body each) inserted one per
// transaction straight through the store's library, with none of the server in between:
// SQLCipher through its C API with the vault pragmas (WAL, synchronous=FULL; ../raw.h), and
// PostgreSQL through libpq in autocommit mode, into a scratch table dropped afterwards.
#include "common/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saisie::bench::sync {

/// Total time of the inserts in ms.
Expected<double> rawCipherInserts(const QString &path, const QList<QByteArray> &rows);
Expected<double> rawPostgresInserts(const QString &conninfo, const QList<QByteArray> &rows);

/// "PostgreSQL 15.x (fsync=on, synchronous_commit=on)" behind conninfo, or the connection error.
Expected<QString> postgresVersion(const QString &conninfo);

} // namespace saisie::bench::sync
