#pragma once
// saisie-sync-bench: sync throughput figures, each against a baseline measured in the same run
// (CONVENTIONS.md "Tests": print figures and ratios, never assert timings). Sections:
//   upload  SyncEngine (in process, real vault) to a real saisie-server over loopback TLS, versus
//           curl sending pre-signed PATCHes of the same photo bytes to the same server;
//   ingest  R1 records per second into the embedded store and PostgreSQL, versus curl with
//           pre-signed R1 requests and plain INSERTs through the store's own library.
#include "../report.h"

#include <QString>

namespace saisie::bench::sync {

struct Options
{
    int records = 1000;          // upload: records, each with photosPerRecord photos
    int photosPerRecord = 3;
    int photoKiB = 1024;         // random bytes behind a JPEG header
    int ingestRecords = 2000;    // ingest: records without photos, per store backend
    QString postgres;            // conninfo; empty: PostgreSQL is not measured
    QString postgresFrom;        // "--postgres" or "SAISIE_TEST_POSTGRES"
    bool quick = false;
    bool keep = false;
    QString dir;                 // working directory (created by main)
    QString pki;                 // test PKI (make-test-pki), shared by every server of the run

    qint64 photoBytes() const { return qint64(photoKiB) * 1024; }
    qint64 uploadBytes() const { return qint64(records) * photosPerRecord * photoBytes(); }
};

/// Section 1 (upload MB/s, ours vs curl).
void benchUpload(const Options &options, Report &report);
/// Section 2 (records/s into each backend, engine vs curl vs plain INSERTs).
void benchIngest(const Options &options, Report &report);

} // namespace saisie::bench::sync
