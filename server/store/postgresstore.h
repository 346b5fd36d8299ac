#pragma once
// ServerStore in PostgreSQL, shared by any number of stateless server processes. Every method is
// one SERIALIZABLE transaction retried on serialization failures, so a "check then write" cannot
// interleave with another process's; the UNIQUE constraints are the last line of defence.
#include "store/serverstore.h"

namespace saisie::server {

class PgPool;

class PostgresServerStore final : public ServerStore
{
public:
    /// Connects once (so a bad conninfo fails here) and creates the schema if missing.
    static Expected<std::unique_ptr<PostgresServerStore>> open(const QString &conninfo);
    ~PostgresServerStore() override;

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
    explicit PostgresServerStore(std::unique_ptr<PgPool> pool);
    std::unique_ptr<PgPool> m_pool;
};

} // namespace saisie::server
