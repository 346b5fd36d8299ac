#pragma once
// Schema migrations of an officer database. PRAGMA user_version records the applied version;
// each step runs in its own transaction, so a crash leaves either the old or the new schema.
#include "common/expected.h"
#include "vault/database.h"

namespace saisie::store {

constexpr int kSchemaVersion = 3;

/// Brings the database to kSchemaVersion. Refuses a database newer than this build knows.
Status migrate(vault::Database &db);
/// Stops at `target` (tests build an older schema to check that a migration keeps its rows).
Status migrateTo(vault::Database &db, int target);

} // namespace saisie::store
