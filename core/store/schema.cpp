#include "store/schema.h"

#include <QStringList>

namespace saisie::store {

namespace {
// Nominal data (persons, companies) lives in seizure_nominal only, so the CEN extract can be
// produced from the other tables without reading a single personal field.
// Signed versions and audit events are immutable: the triggers make an in-place edit fail
// loudly instead of silently rewriting evidence (the hash chain would catch it anyway).
const char *const kMigrationV1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE seizures (
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL,
    document TEXT NOT NULL,
    occurred_at TEXT,
    place_name TEXT,
    category TEXT,
    completeness REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    amends TEXT,
    signed_payload BLOB,
    content_hash TEXT,
    signature BLOB,
    finalized_at TEXT,
    PRIMARY KEY (uuid, version)
) STRICT;
CREATE INDEX seizures_updated ON seizures (updated_at DESC);
CREATE INDEX seizures_status ON seizures (status, updated_at DESC);

CREATE TABLE seizure_nominal (
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (uuid, version),
    FOREIGN KEY (uuid, version) REFERENCES seizures (uuid, version) ON DELETE CASCADE
) STRICT;

CREATE TABLE search_keys (
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    FOREIGN KEY (uuid, version) REFERENCES seizures (uuid, version) ON DELETE CASCADE
) STRICT;
CREATE INDEX search_keys_value ON search_keys (value, kind);
CREATE INDEX search_keys_record ON search_keys (uuid, version);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    uuid TEXT NOT NULL,
    added_in_version INTEGER NOT NULL,
    kind TEXT,
    mime_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    captured_at TEXT,
    caption TEXT,
    cen_shareable INTEGER,
    blob_file TEXT NOT NULL,
    thumb_file TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_record ON attachments (uuid);

CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    subject TEXT NOT NULL,
    version INTEGER NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB NOT NULL
) STRICT;

CREATE TABLE outbox (
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    state TEXT NOT NULL,
    enqueued_at TEXT NOT NULL,
    PRIMARY KEY (uuid, version)
) STRICT;

CREATE TRIGGER signed_versions_immutable
BEFORE UPDATE OF document, signed_payload, content_hash, signature, amends ON seizures
WHEN OLD.signature IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed seizure versions are immutable; amend instead'); END;

CREATE TRIGGER signed_versions_kept
BEFORE DELETE ON seizures WHEN OLD.signature IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed seizure versions cannot be deleted'); END;

-- The nominal half and the attachment rows of a signed version are part of what was signed.
CREATE TRIGGER signed_nominal_insert BEFORE INSERT ON seizure_nominal
WHEN EXISTS (SELECT 1 FROM seizures s WHERE s.uuid = NEW.uuid AND s.version = NEW.version
             AND s.signature IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'signed seizure versions are immutable; amend instead'); END;

CREATE TRIGGER signed_nominal_update BEFORE UPDATE ON seizure_nominal
WHEN EXISTS (SELECT 1 FROM seizures s WHERE s.uuid = OLD.uuid AND s.version = OLD.version
             AND s.signature IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'signed seizure versions are immutable; amend instead'); END;

CREATE TRIGGER signed_nominal_delete BEFORE DELETE ON seizure_nominal
WHEN EXISTS (SELECT 1 FROM seizures s WHERE s.uuid = OLD.uuid AND s.version = OLD.version
             AND s.signature IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'signed seizure versions cannot be deleted'); END;

CREATE TRIGGER signed_attachments_update BEFORE UPDATE ON attachments
WHEN EXISTS (SELECT 1 FROM seizures s WHERE s.uuid = OLD.uuid AND s.version >= OLD.added_in_version
             AND s.signature IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'attachments of a signed version are immutable'); END;

CREATE TRIGGER signed_attachments_delete BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM seizures s WHERE s.uuid = OLD.uuid AND s.version >= OLD.added_in_version
             AND s.signature IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'attachments of a signed version cannot be deleted'); END;

CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END;

CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END;
)sql";

// The officer's own details (personal data, so inside the encrypted database only). One row:
// a vault belongs to one officer.
const char *const kMigrationV2 = R"sql(
CREATE TABLE officer (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    service_number TEXT NOT NULL CHECK (length(service_number) BETWEEN 1 AND 40),
    unit TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 100)
) STRICT;
)sql";

// Sync (issue 4): delivery bookkeeping beside each outbox entry. The receipt is kept as the exact
// signed bytes received (E5: it verifies offline later). Existing rows keep their 'queued' state;
// SQLite cannot add a CHECK to an existing column, so the state names are checked by a trigger.
const char *const kMigrationV3 = R"sql(
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN hold_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN parked_at TEXT;
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN receipt BLOB;
ALTER TABLE outbox ADD COLUMN delivered_at TEXT;
CREATE INDEX outbox_state ON outbox (state, uuid, version);

CREATE TRIGGER outbox_state_insert BEFORE INSERT ON outbox
WHEN NEW.state NOT IN ('queued', 'uploading_record', 'uploading_attachments', 'delivered', 'parked')
BEGIN SELECT RAISE(ABORT, 'unknown outbox state'); END;
CREATE TRIGGER outbox_state_update BEFORE UPDATE OF state ON outbox
WHEN NEW.state NOT IN ('queued', 'uploading_record', 'uploading_attachments', 'delivered', 'parked')
BEGIN SELECT RAISE(ABORT, 'unknown outbox state'); END;
-- A stored receipt is the proof of delivery: it never changes and its entry never leaves 'delivered'.
CREATE TRIGGER outbox_receipt_kept BEFORE UPDATE ON outbox
WHEN OLD.receipt IS NOT NULL AND (NEW.receipt IS NOT OLD.receipt OR NEW.state IS NOT 'delivered')
BEGIN SELECT RAISE(ABORT, 'a delivered outbox entry is final'); END;

CREATE TABLE outbox_uploads (
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    attachment_id TEXT NOT NULL,
    upload_id TEXT,
    uploaded INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (uuid, version, attachment_id),
    FOREIGN KEY (uuid, version) REFERENCES outbox (uuid, version)
) STRICT;
)sql";

const QList<const char *> kMigrations = {kMigrationV1, kMigrationV2, kMigrationV3};
} // namespace

Status migrate(vault::Database &db) { return migrateTo(db, kSchemaVersion); }

Status migrateTo(vault::Database &db, int target)
{
    auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const int from = current->toInt();
    if (from > kSchemaVersion)
        return makeError(QStringLiteral("schema_newer"),
                         QStringLiteral("This vault was written by a newer Saisie (schema %1, this build knows %2); "
                                        "update the app. Nothing was changed.")
                             .arg(from)
                             .arg(kSchemaVersion));
    for (int version = from + 1; version <= qMin(target, kSchemaVersion); ++version) {
        vault::Transaction tx(db);
        if (!tx.started())
            return tx.started();
        if (Status s = db.exec(QString::fromUtf8(kMigrations.at(version - 1))); !s)
            return s;
        if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return success();
}

} // namespace saisie::store
