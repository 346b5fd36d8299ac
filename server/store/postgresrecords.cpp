// PostgresServerStore: records (Y1) and resumable uploads (protocol §12). The SERIALIZABLE runner
// makes each check-then-insert atomic across processes; the UNIQUE constraints back it up.
#include "protocol/encoding.h"
#include "store/pgconnection.h"
#include "store/postgresstore.h"
#include "store/storecodec.h"

namespace saisie::server {

namespace {
const char kRecordColumns[] = "SELECT device_id, uuid, version, vault_key_id, payload, content_hash, signature, "
                              "received_at, clock_offset, attachments, receipt, completed_at FROM records";

StoredRecord readRecord(const PgResult &r, int row)
{
    StoredRecord s;
    s.deviceId = r.text(row, 0);
    s.uuid = protocol::parseUuid(r.text(row, 1));
    s.version = int(r.int64(row, 2));
    s.vaultKeyId = r.text(row, 3);
    s.payload = r.bytea(row, 4);
    s.contentHash = r.text(row, 5);
    s.signature = r.bytea(row, 6);
    s.receivedAt = r.text(row, 7);
    s.clockOffsetSeconds = r.int64(row, 8);
    s.attachments = codec::attachmentsFromText(r.text(row, 9));
    s.receipt = r.bytea(row, 10);
    s.completedAt = r.text(row, 11);
    return s;
}

const char kUploadColumns[] = "SELECT id, device_id, record_uuid, attachment_id, sha256, length, upload_offset, "
                              "complete, mime_type, updated_at FROM uploads";

Upload readUpload(const PgResult &r, int row)
{
    return Upload{r.text(row, 0), r.text(row, 1), protocol::parseUuid(r.text(row, 2)),
                  protocol::parseUuid(r.text(row, 3)), r.text(row, 4), r.int64(row, 5), r.int64(row, 6),
                  r.boolean(row, 7), r.text(row, 8), r.text(row, 9)};
}

Expected<std::optional<StoredRecord>> recordIn(PgTransaction &tx, const QString &deviceId, const QUuid &uuid,
                                               int version)
{
    auto r = tx.exec((QByteArray(kRecordColumns) + " WHERE device_id = $1 AND uuid = $2 AND version = $3").constData(),
                     PgParams().add(deviceId).add(protocol::uuidText(uuid)).add(version));
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(readRecord(*r, 0));
}

Expected<std::optional<Upload>> uploadIn(PgTransaction &tx, const char *where, const PgParams &params)
{
    auto r = tx.exec((QByteArray(kUploadColumns) + where).constData(), params);
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<Upload>();
    return std::optional<Upload>(readUpload(*r, 0));
}
} // namespace

Expected<InsertResult> PostgresServerStore::insertRecord(const StoredRecord &record)
{
    if (Status ok = codec::checkRecord(record); !ok)
        return ok.error();
    return pgTransact<InsertResult>(*m_pool, [&](PgTransaction &tx) -> Expected<InsertResult> {
        auto existing = recordIn(tx, record.deviceId, record.uuid, record.version);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return InsertResult{codec::compareStored(**existing, record), **existing};
        auto other = tx.exec((QByteArray(kRecordColumns) + " WHERE uuid = $1 AND device_id <> $2 "
                                                           "ORDER BY version LIMIT 1").constData(),
                             PgParams().add(protocol::uuidText(record.uuid)).add(record.deviceId));
        if (!other)
            return other.error();
        if (other->rows() > 0)
            return InsertResult{InsertOutcome::UuidConflict, readRecord(*other, 0)};
        auto bind = tx.exec("INSERT INTO vault_keys (key_id, device_id) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING",
                            PgParams().add(record.vaultKeyId).add(record.deviceId));
        if (!bind)
            return bind.error();
        auto owner = tx.exec("SELECT device_id FROM vault_keys WHERE key_id = $1", PgParams().add(record.vaultKeyId));
        if (!owner)
            return owner.error();
        if (owner->rows() != 1 || owner->text(0, 0) != record.deviceId)
            return InsertResult{InsertOutcome::VaultKeyElsewhere, {}};
        auto insert = tx.exec(
            "INSERT INTO records (device_id, uuid, version, vault_key_id, payload, content_hash, signature, "
            "received_at, clock_offset, attachments, receipt, completed_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            PgParams().add(record.deviceId).add(protocol::uuidText(record.uuid)).add(record.version)
                .add(record.vaultKeyId).addBytea(record.payload).add(record.contentHash).addBytea(record.signature)
                .add(record.receivedAt).add(record.clockOffsetSeconds).add(codec::attachmentsText(record.attachments))
                .addBytea(record.receipt.isEmpty() ? QByteArray() : record.receipt).addOptional(record.completedAt));
        if (!insert)
            return insert.error();
        auto stored = recordIn(tx, record.deviceId, record.uuid, record.version);
        if (!stored || !stored->has_value())
            return stored ? codec::unknownRecord() : stored.error();
        return InsertResult{InsertOutcome::Inserted, **stored};
    });
}

Expected<std::optional<StoredRecord>> PostgresServerStore::record(const QString &deviceId, const QUuid &uuid,
                                                                  int version)
{
    return pgTransact<std::optional<StoredRecord>>(
        *m_pool, [&](PgTransaction &tx) { return recordIn(tx, deviceId, uuid, version); });
}

Expected<QList<StoredRecord>> PostgresServerStore::recordVersions(const QUuid &uuid)
{
    return pgTransact<QList<StoredRecord>>(*m_pool, [&](PgTransaction &tx) -> Expected<QList<StoredRecord>> {
        auto r = tx.exec((QByteArray(kRecordColumns) + " WHERE uuid = $1 ORDER BY version, device_id").constData(),
                         PgParams().add(protocol::uuidText(uuid)));
        if (!r)
            return r.error();
        QList<StoredRecord> list;
        for (int row = 0; row < r->rows(); ++row)
            list.append(readRecord(*r, row));
        return list;
    });
}

Expected<QByteArray> PostgresServerStore::setReceipt(const QString &deviceId, const QUuid &uuid, int version,
                                                     const QByteArray &receipt, const QString &completedAt)
{
    if (receipt.isEmpty())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("An empty receipt cannot be stored."));
    return pgTransact<QByteArray>(*m_pool, [&](PgTransaction &tx) -> Expected<QByteArray> {
        auto u = tx.exec("UPDATE records SET receipt = $1, completed_at = $2 "
                         "WHERE device_id = $3 AND uuid = $4 AND version = $5 AND receipt IS NULL",
                         PgParams().addBytea(receipt).add(completedAt).add(deviceId).add(protocol::uuidText(uuid))
                             .add(version));
        if (!u)
            return u.error();
        auto stored = recordIn(tx, deviceId, uuid, version);
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return codec::unknownRecord();
        return (*stored)->receipt;
    });
}

Expected<qint64> PostgresServerStore::recordCount()
{
    return pgTransact<qint64>(*m_pool, [&](PgTransaction &tx) -> Expected<qint64> {
        auto r = tx.exec("SELECT count(*) FROM records");
        if (!r)
            return r.error();
        return r->int64(0, 0);
    });
}

Expected<UploadResult> PostgresServerStore::createUpload(const Upload &upload)
{
    if (Status ok = codec::checkUpload(upload); !ok)
        return ok.error();
    return pgTransact<UploadResult>(*m_pool, [&](PgTransaction &tx) -> Expected<UploadResult> {
        auto existing = uploadIn(tx, " WHERE device_id = $1 AND record_uuid = $2 AND attachment_id = $3",
                                 PgParams().add(upload.deviceId).add(protocol::uuidText(upload.recordUuid))
                                     .add(protocol::uuidText(upload.attachmentId)));
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const Upload &u = **existing;
            const bool same = u.sha256 == upload.sha256 && u.length == upload.length;
            return UploadResult{same ? UploadOutcome::Existing : UploadOutcome::Conflict, u};
        }
        auto i = tx.exec("INSERT INTO uploads (id, device_id, record_uuid, attachment_id, sha256, length, upload_offset, "
                         "complete, mime_type, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 0, false, $7, $8)",
                         PgParams().add(upload.id).add(upload.deviceId).add(protocol::uuidText(upload.recordUuid))
                             .add(protocol::uuidText(upload.attachmentId)).add(upload.sha256).add(upload.length)
                             .add(upload.mimeType.isNull() ? QStringLiteral("") : upload.mimeType)
                             .add(upload.updatedAt));
        if (!i)
            return i.error();
        auto stored = uploadIn(tx, " WHERE id = $1", PgParams().add(upload.id));
        if (!stored || !stored->has_value())
            return stored ? codec::unknownUpload() : stored.error();
        return UploadResult{UploadOutcome::Created, **stored};
    });
}

Expected<std::optional<Upload>> PostgresServerStore::upload(const QString &uploadId)
{
    if (!codec::isUploadId(uploadId))
        return std::optional<Upload>();
    return pgTransact<std::optional<Upload>>(
        *m_pool, [&](PgTransaction &tx) { return uploadIn(tx, " WHERE id = $1", PgParams().add(uploadId)); });
}

Expected<bool> PostgresServerStore::advanceUpload(const QString &uploadId, qint64 expectedOffset, qint64 newOffset,
                                                  bool complete, const QString &now)
{
    if (newOffset < expectedOffset)
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("An upload offset cannot move back."));
    return pgTransact<bool>(*m_pool, [&](PgTransaction &tx) -> Expected<bool> {
        auto r = tx.exec("UPDATE uploads SET upload_offset = $1, complete = $2, updated_at = $3 "
                         "WHERE id = $4 AND upload_offset = $5 AND NOT complete AND length >= $1",
                         PgParams().add(newOffset).addBool(complete).add(now).add(uploadId).add(expectedOffset));
        if (!r)
            return r.error();
        return r->affected() == 1;
    });
}

Status PostgresServerStore::resetUpload(const QString &uploadId, const QString &now)
{
    return pgTransact<Done>(*m_pool, [&](PgTransaction &tx) -> Status {
        auto r = tx.exec("UPDATE uploads SET upload_offset = 0, complete = false, updated_at = $1 WHERE id = $2",
                         PgParams().add(now).add(uploadId));
        if (!r)
            return r.error();
        return r->affected() == 1 ? success() : Status(codec::unknownUpload());
    });
}

Expected<bool> PostgresServerStore::attachmentComplete(const QString &deviceId, const QUuid &recordUuid,
                                                       const QUuid &attachmentId, const QString &sha256)
{
    return pgTransact<bool>(*m_pool, [&](PgTransaction &tx) -> Expected<bool> {
        auto r = tx.exec("SELECT 1 FROM uploads WHERE device_id = $1 AND record_uuid = $2 AND attachment_id = $3 "
                         "AND sha256 = $4 AND complete",
                         PgParams().add(deviceId).add(protocol::uuidText(recordUuid))
                             .add(protocol::uuidText(attachmentId)).add(sha256));
        if (!r)
            return r.error();
        return r->rows() > 0;
    });
}

} // namespace saisie::server
