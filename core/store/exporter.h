#pragma once
// Exports of a vault's records: JSON (full records with their signatures, for the national side),
// CSV (one row per commodity item, for spreadsheets and the CEN Excel fallback) and the CEN
// extract (non-nominal only). Every export leaves an audit event naming what left the vault.
#include "common/expected.h"
#include "store/session.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace saisie::store {

enum class ExportFormat { Json, Csv };
enum class ExportScope { Full, Cen };

struct ExportRequest {
    ExportFormat format = ExportFormat::Json;
    ExportScope scope = ExportScope::Full;
    QList<QUuid> only;   // empty = every record (latest version)
};

Expected<QByteArray> exportRecords(Session &session, const ExportRequest &request);

} // namespace saisie::store
