// SqlCipherServerStore: records (Y1) and resumable uploads (protocol §12).
#include "protocol/encoding.h"
#include "store/sqlcipherstore.h"
#include "store/storecodec.h"

namespace saisie::server {

using vault::Statement;
using vault::Transaction;

namespace {
const char kRecordColumns[] = "SELECT device_id, uuid, version, vault_key_id, payload, content_hash, signature, "
                              "received_at, clock_offset, attachments, receipt, completed_at FROM records";

StoredRecord readRecord(const Statement &s)
{
    StoredRecord r;
    r.deviceId = s.text(0);
    r.uuid = protocol::parseUuid(s.text(1));
    r.version = int(s.int64(2));
    r.vaultKeyId = s.text(3);
    r.payload = s.blob(4);
    r.contentHash = s.text(5);
    r.signature = s.blob(6);
    r.receivedAt = s.text(7);
    r.clockOffsetSeconds = s.int64(8);
    r.attachments = codec::attachmentsFromText(s.text(9));
    r.receipt = s.blob(10);
    r.completedAt = s.text(11);
    return r;
}

const char kUploadColumns[] = "SELECT id, device_id, record_uuid, attachment_id, sha256, length, upload_offset, "
                              "complete, mime_type, updated_at FROM uploads";

Upload readUpload(const Statement &s)
{
    return Upload{s.text(0), s.text(1), protocol::parseUuid(s.text(2)), protocol::parseUuid(s.text(3)), s.text(4),
                  s.int64(5), s.int64(6), s.int64(7) != 0, s.text(8), s.text(9)};
}
} // namespace

Expected<std::optional<StoredRecord>> SqlCipherServerStore::recordLocked(const QString &deviceId, const QUuid &uuid,
                                                                         int version)
{
    auto s = m_db->prepare(QString::fromLatin1(kRecordColumns)
                           + QStringLiteral(" WHERE device_id = ? AND uuid = ? AND version = ?"));
    if (!s)
        return s.error();
    s->bind(1, deviceId).bind(2, protocol::uuidText(uuid)).bind(3, version);
    if (!s->step())
        return s->failed() ? Expected<std::optional<StoredRecord>>(s->error()) : std::optional<StoredRecord>();
    return std::optional<StoredRecord>(readRecord(*s));
}

Expected<InsertResult> SqlCipherServerStore::insertRecord(const StoredRecord &record)
{
    if (Status ok = codec::checkRecord(record); !ok)
        return ok.error();
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started().error();
    auto existing = recordLocked(record.deviceId, record.uuid, record.version);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return InsertResult{codec::compareStored(**existing, record), **existing};

    auto other = m_db->prepare(QString::fromLatin1(kRecordColumns)
                               + QStringLiteral(" WHERE uuid = ? AND device_id <> ? ORDER BY version LIMIT 1"));
    if (!other)
        return other.error();
    other->bind(1, protocol::uuidText(record.uuid)).bind(2, record.deviceId);
    if (other->step())
        return InsertResult{InsertOutcome::UuidConflict, readRecord(*other)};
    if (other->failed())
        return other->error();
    other->reset();

    auto owner = m_db->prepare(QStringLiteral("SELECT device_id FROM vault_keys WHERE key_id = ?"));
    if (!owner)
        return owner.error();
    owner->bind(1, record.vaultKeyId);
    const bool bound = owner->step();
    if (owner->failed())
        return owner->error();
    if (bound && owner->text(0) != record.deviceId)
        return InsertResult{InsertOutcome::VaultKeyElsewhere, {}};
    owner->reset();
    if (!bound) {
        auto bind = m_db->prepare(QStringLiteral("INSERT INTO vault_keys (key_id, device_id) VALUES (?,?)"));
        if (!bind)
            return bind.error();
        bind->bind(1, record.vaultKeyId).bind(2, record.deviceId);
        if (Status w = bind->exec(); !w)
            return w.error();
    }

    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO records (device_id, uuid, version, vault_key_id, payload, content_hash, signature, received_at, "
        "clock_offset, attachments, receipt, completed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, record.deviceId).bind(2, protocol::uuidText(record.uuid)).bind(3, record.version)
        .bind(4, record.vaultKeyId).bind(5, record.payload).bind(6, record.contentHash).bind(7, record.signature)
        .bind(8, record.receivedAt).bind(9, record.clockOffsetSeconds)
        .bind(10, codec::attachmentsText(record.attachments));
    record.receipt.isEmpty() ? insert->bindNull(11) : insert->bind(11, record.receipt);
    record.completedAt.isEmpty() ? insert->bindNull(12) : insert->bind(12, record.completedAt);
    if (Status w = insert->exec(); !w)
        return w.error();
    auto stored = recordLocked(record.deviceId, record.uuid, record.version);
    if (!stored || !stored->has_value())
        return stored ? codec::unknownRecord() : stored.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return InsertResult{InsertOutcome::Inserted, **stored};
}

Expected<std::optional<StoredRecord>> SqlCipherServerStore::record(const QString &deviceId, const QUuid &uuid,
                                                                   int version)
{
    std::lock_guard lock(m_mutex);
    return recordLocked(deviceId, uuid, version);
}

Expected<QList<StoredRecord>> SqlCipherServerStore::recordVersions(const QUuid &uuid)
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QString::fromLatin1(kRecordColumns)
                           + QStringLiteral(" WHERE uuid = ? ORDER BY version, device_id"));
    if (!s)
        return s.error();
    s->bind(1, protocol::uuidText(uuid));
    QList<StoredRecord> list;
    while (s->step())
        list.append(readRecord(*s));
    if (s->failed())
        return s->error();
    return list;
}

Expected<QByteArray> SqlCipherServerStore::setReceipt(const QString &deviceId, const QUuid &uuid, int version,
                                                      const QByteArray &receipt, const QString &completedAt)
{
    if (receipt.isEmpty())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("An empty receipt cannot be stored."));
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started().error();
    auto s = m_db->prepare(QStringLiteral("UPDATE records SET receipt = ?, completed_at = ? "
                                          "WHERE device_id = ? AND uuid = ? AND version = ? AND receipt IS NULL"));
    if (!s)
        return s.error();
    s->bind(1, receipt).bind(2, completedAt).bind(3, deviceId).bind(4, protocol::uuidText(uuid)).bind(5, version);
    if (Status w = s->exec(); !w)
        return w.error();
    auto stored = recordLocked(deviceId, uuid, version);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return codec::unknownRecord();
    if (Status c = tx.commit(); !c)
        return c.error();
    return (*stored)->receipt;
}

Expected<qint64> SqlCipherServerStore::recordCount()
{
    std::lock_guard lock(m_mutex);
    auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM records"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Expected<std::optional<Upload>> SqlCipherServerStore::uploadByKey(const QString &deviceId, const QUuid &recordUuid,
                                                                  const QUuid &attachmentId)
{
    auto s = m_db->prepare(QString::fromLatin1(kUploadColumns)
                           + QStringLiteral(" WHERE device_id = ? AND record_uuid = ? AND attachment_id = ?"));
    if (!s)
        return s.error();
    s->bind(1, deviceId).bind(2, protocol::uuidText(recordUuid)).bind(3, protocol::uuidText(attachmentId));
    if (!s->step())
        return s->failed() ? Expected<std::optional<Upload>>(s->error()) : std::optional<Upload>();
    return std::optional<Upload>(readUpload(*s));
}

Expected<std::optional<Upload>> SqlCipherServerStore::uploadLocked(const QString &uploadId)
{
    auto s = m_db->prepare(QString::fromLatin1(kUploadColumns) + QStringLiteral(" WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, uploadId);
    if (!s->step())
        return s->failed() ? Expected<std::optional<Upload>>(s->error()) : std::optional<Upload>();
    return std::optional<Upload>(readUpload(*s));
}

Expected<UploadResult> SqlCipherServerStore::createUpload(const Upload &upload)
{
    if (Status ok = codec::checkUpload(upload); !ok)
        return ok.error();
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started().error();
    auto existing = uploadByKey(upload.deviceId, upload.recordUuid, upload.attachmentId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Upload &u = **existing;
        const bool same = u.sha256 == upload.sha256 && u.length == upload.length;
        return UploadResult{same ? UploadOutcome::Existing : UploadOutcome::Conflict, u};
    }
    auto s = m_db->prepare(QStringLiteral(
        "INSERT INTO uploads (id, device_id, record_uuid, attachment_id, sha256, length, upload_offset, complete, "
        "mime_type, updated_at) VALUES (?,?,?,?,?,?,0,0,?,?)"));
    if (!s)
        return s.error();
    s->bind(1, upload.id).bind(2, upload.deviceId).bind(3, protocol::uuidText(upload.recordUuid))
        .bind(4, protocol::uuidText(upload.attachmentId)).bind(5, upload.sha256).bind(6, upload.length)
        .bind(7, upload.mimeType.isNull() ? QStringLiteral("") : upload.mimeType).bind(8, upload.updatedAt);
    if (Status w = s->exec(); !w)
        return w.error();
    auto stored = uploadLocked(upload.id);
    if (!stored || !stored->has_value())
        return stored ? codec::unknownUpload() : stored.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return UploadResult{UploadOutcome::Created, **stored};
}

Expected<std::optional<Upload>> SqlCipherServerStore::upload(const QString &uploadId)
{
    if (!codec::isUploadId(uploadId))
        return std::optional<Upload>();
    std::lock_guard lock(m_mutex);
    return uploadLocked(uploadId);
}

Expected<bool> SqlCipherServerStore::advanceUpload(const QString &uploadId, qint64 expectedOffset, qint64 newOffset,
                                                   bool complete, const QString &now)
{
    if (newOffset < expectedOffset)
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("An upload offset cannot move back."));
    std::lock_guard lock(m_mutex);
    // A complete upload is immutable; the length bound keeps the offset inside the declared object.
    auto s = m_db->prepare(QStringLiteral("UPDATE uploads SET upload_offset = ?, complete = ?, updated_at = ? "
                                          "WHERE id = ? AND upload_offset = ? AND complete = 0 AND length >= ?"));
    if (!s)
        return s.error();
    s->bind(1, newOffset).bind(2, complete ? 1 : 0).bind(3, now).bind(4, uploadId).bind(5, expectedOffset)
        .bind(6, newOffset);
    if (Status w = s->exec(); !w)
        return w.error();
    return m_db->changes() == 1;
}

Status SqlCipherServerStore::resetUpload(const QString &uploadId, const QString &now)
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(
        QStringLiteral("UPDATE uploads SET upload_offset = 0, complete = 0, updated_at = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, now).bind(2, uploadId);
    if (Status w = s->exec(); !w)
        return w;
    return m_db->changes() == 1 ? success() : Status(codec::unknownUpload());
}

Expected<bool> SqlCipherServerStore::attachmentComplete(const QString &deviceId, const QUuid &recordUuid,
                                                        const QUuid &attachmentId, const QString &sha256)
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM uploads WHERE device_id = ? AND record_uuid = ? "
                                          "AND attachment_id = ? AND sha256 = ? AND complete = 1"));
    if (!s)
        return s.error();
    s->bind(1, deviceId).bind(2, protocol::uuidText(recordUuid)).bind(3, protocol::uuidText(attachmentId))
        .bind(4, sha256);
    const bool found = s->step();
    if (s->failed())
        return s->error();
    return found;
}

} // namespace saisie::server
