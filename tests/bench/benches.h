#pragma once
// The measured sections of saisie-bench. Each adds rows (ours vs a raw baseline measured in the
// same process) and notes to the report; functional errors are report.fail(), never asserts.
#include "fixtures.h"
#include "report.h"
#include "store/session.h"
#include "vault/vault.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace saisie::bench {

struct Options
{
    int records = 100000; // search table size
    int inserts = 2000;   // saveDraft calls measured (and as many raw inserts)
    int photos = 12;      // BlobStore::write calls (and as many raw writes)
    int attaches = 6;     // Attachments::add calls
    int queries = 300;    // per query kind, >= 200
    int kdfRuns = 5;      // median of
    int jpegWidth = 4000; // the 4 MiB photo is a real 4000x3000 JPEG padded to 4 MiB
    int jpegHeight = 3000;
    bool quick = false;
    bool explain = false;
    bool keep = false; // keep the working directory
    QStringList sections = {QStringLiteral("unlock"), QStringLiteral("inserts"), QStringLiteral("photos"),
                            QStringLiteral("search")}; // --only, for profiling one section
    bool runs(const char *section) const { return sections.contains(QLatin1String(section)); }
    QString dir; // working directory for vaults and raw files
};

struct OpenVault
{
    std::optional<vault::Vault> vault;
    std::optional<vault::VaultKeys> keys;
};

/// Disk context: median fsync latency of a small write, plus an atomic-replace (write, fsync,
/// rename, directory fsync) as the attempt counter and key file use. Notes only.
void probeDisk(const Options &options, Report &report);

/// Section 3. Creates a MODERATE and an INTERACTIVE vault, times Vault::unlock against raw
/// crypto_pwhash. Returns the unlocked MODERATE vault (the default) for the store sections.
OpenVault benchUnlock(const Options &options, Report &report);

/// Without the unlock section (--only): an INTERACTIVE vault for the store sections, not timed.
OpenVault openUntimed(const Options &options, Report &report);

/// Section 1. saveDraft of new quick-entry records vs raw one-row transactions.
void benchInserts(store::Session &session, const Options &options, const RecordFactory &records, Report &report);

/// Section 2. BlobStore::write vs raw secretstream + SHA-256 + write + fsync; Attachments::add.
void benchPhotos(store::Session &session, const Options &options, const RecordFactory &records, Report &report);

/// Section 4. Loads the table to options.records seizures, then list() latencies vs hand-written
/// queries on a second connection to the same file. `databaseKey` is a copy of the raw key.
void benchSearch(store::Session &session, const QString &databasePath, const QByteArray &databaseKey,
                 const Options &options, RecordFactory &records, Report &report);

} // namespace saisie::bench
