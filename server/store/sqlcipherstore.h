#pragma once
// ServerStore in one SQLCipher file (DIR/store.db) for a pilot or a single-instance deployment.
// One connection behind one mutex: SQLite has a single writer anyway, and the statement cache of
// vault::Database is not thread-safe. The raw key lives in DIR/store.key (32 random bytes, 0600).
#include "store/serverstore.h"
#include "vault/database.h"

#include <mutex>

namespace saisie::server {

class SqlCipherServerStore final : public ServerStore
{
public:
    /// Creates DIR, its key and the database on first use; afterwards refuses a missing database
    /// next to an existing key (restore it rather than silently start an empty store).
    static Expected<std::unique_ptr<SqlCipherServerStore>> open(const QString &directory);

    Status addEnrolmentCode(const EnrolmentCode &code) override;
    Expected<std::optional<EnrolmentCode>> enrolmentCode(const QString &codeHash) override;
    Expected<EnrolResult> enrol(const QString &codeHash, const Device &device, const QByteArray &responseBody,
                                const QString &now) override;
    Expected<std::optional<Device>> device(const QString &deviceId) override;
    Expected<QList<Device>> devices() override;
    Status setDeviceState(const QString &deviceId, DeviceState state, const QByteArray &wipeInstruction) override;
    Status touchDevice(const QString &deviceId, const QString &now) override;
    Status recordWipeAck(const QString &deviceId, const QString &now) override;
    Expected<bool> rememberNonce(const QString &deviceId, const QString &nonce, qint64 nowUnix,
                                 qint64 forgetBeforeUnix) override;
    Expected<VaultKeyOutcome> registerVaultKey(const VaultKey &key) override;
    Expected<std::optional<VaultKey>> vaultKey(const QString &keyId) override;

    Expected<InsertResult> insertRecord(const StoredRecord &record) override;
    Expected<std::optional<StoredRecord>> record(const QString &deviceId, const QUuid &uuid, int version) override;
    Expected<QList<StoredRecord>> recordVersions(const QUuid &uuid) override;
    Expected<QByteArray> setReceipt(const QString &deviceId, const QUuid &uuid, int version, const QByteArray &receipt,
                                    const QString &completedAt) override;
    Expected<qint64> recordCount() override;

    Expected<UploadResult> createUpload(const Upload &upload) override;
    Expected<std::optional<Upload>> upload(const QString &uploadId) override;
    Expected<bool> advanceUpload(const QString &uploadId, qint64 expectedOffset, qint64 newOffset, bool complete,
                                 const QString &now) override;
    Status resetUpload(const QString &uploadId, const QString &now) override;
    Expected<bool> attachmentComplete(const QString &deviceId, const QUuid &recordUuid, const QUuid &attachmentId,
                                      const QString &sha256) override;

private:
    explicit SqlCipherServerStore(std::unique_ptr<vault::Database> db) : m_db(std::move(db)) {}
    Status createSchema();
    Expected<std::optional<Device>> deviceLocked(const QString &deviceId);
    Expected<std::optional<StoredRecord>> recordLocked(const QString &deviceId, const QUuid &uuid, int version);
    Expected<std::optional<Upload>> uploadByKey(const QString &deviceId, const QUuid &recordUuid,
                                                const QUuid &attachmentId);
    Expected<std::optional<Upload>> uploadLocked(const QString &uploadId);

    std::mutex m_mutex;
    std::unique_ptr<vault::Database> m_db;
};

} // namespace saisie::server
