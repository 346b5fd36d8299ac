#pragma once
// The national server's state behind one interface (issue 4): an embedded SQLCipher file for a
// pilot, or PostgreSQL shared by any number of stateless server instances. Every method is one
// transaction and thread-safe: HTTP worker threads call it concurrently, and with PostgreSQL other
// processes do too, so every "check then write" below is atomic in the database, never in memory.
// Attachment bytes are not here: see BlobDirectory.
#include "common/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <memory>
#include <optional>

namespace saisie::server {

struct EnrolmentCode {
    QString codeHash;   // hex SHA-256 of the normalised code; the code itself is never stored
    QString unitId;
    QString issuedAt;   // RFC 3339 UTC (protocol::utcNowText)
    QString expiresAt;
    QString reenrolDeviceId; // empty: a new device
};

enum class DeviceState { Active, Suspended, Revoked };

struct Device {
    QString id;            // uuid text
    QByteArray publicKey;  // Ed25519, 32 bytes
    QString unitId;
    DeviceState state = DeviceState::Active;
    QString enrolledAt;
    QString lastSeenAt;    // empty until the first signed request
    QByteArray wipeInstruction; // signed saisie-wipe/1 object as JSON bytes; empty unless revoked
    QString wipeAckedAt;
};

/// What enrolment stores: the device and the exact response body, returned byte for byte when
/// the same code is presented again with the same device key.
enum class EnrolOutcome { Enrolled, Replayed, CodeUnknown, CodeExpired, CodeUsed };
struct EnrolResult {
    EnrolOutcome outcome = EnrolOutcome::CodeUnknown;
    QByteArray responseBody; // the stored body for Enrolled and Replayed
    QString expiredAt;
};

struct AttachmentRef {
    QUuid id;
    QString sha256; // hex, of the original bytes
    qint64 size = 0;
};

struct StoredRecord {
    QString deviceId;
    QUuid uuid;
    int version = 0;
    QString vaultKeyId;
    QByteArray payload;    // exact signed bytes
    QString contentHash;
    QByteArray signature;
    QString receivedAt;
    qint64 clockOffsetSeconds = 0;
    QList<AttachmentRef> attachments; // as named by the signed record, sorted by id
    QByteArray receipt;    // signed receipt as JSON bytes; empty until every attachment is complete
    QString completedAt;
};

/// A vault key and the device it is bound to (protocol §9): the first device that registers it or
/// uploads a record signed by it owns it forever. publicKey is empty when the binding came from a
/// record upload before any registration.
struct VaultKey {
    QString keyId;
    QString deviceId;
    QByteArray publicKey;
    QString registeredAt;
};
enum class VaultKeyOutcome { Registered, Existing, Elsewhere };

enum class InsertOutcome { Inserted, Replay, VersionConflict, UuidConflict, VaultKeyElsewhere };
struct InsertResult {
    InsertOutcome outcome = InsertOutcome::Inserted;
    StoredRecord stored; // the row now stored (for Replay and VersionConflict: the earlier one)
};

struct Upload {
    QString id;            // [A-Za-z0-9_-]{16,64}
    QString deviceId;
    QUuid recordUuid;
    QUuid attachmentId;
    QString sha256;
    qint64 length = 0;
    qint64 offset = 0;
    bool complete = false;
    QString mimeType;
    QString updatedAt;
};

enum class UploadOutcome { Created, Existing, Conflict };
struct UploadResult {
    UploadOutcome outcome = UploadOutcome::Created;
    Upload upload; // the stored one
};

class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // Enrolment and devices
    virtual Status addEnrolmentCode(const EnrolmentCode &code) = 0;
    /// Atomically: an unknown code -> CodeUnknown; expired (now > expiresAt) -> CodeExpired; unused ->
    /// inserts `device` (or, for a re-enrolment code, replaces that device's key), marks the code used
    /// by device.publicKey, stores `responseBody` -> Enrolled; used by the same public key -> Replayed
    /// with the first body; used by another key -> CodeUsed.
    /// The stored code by hash (to learn its unit and re-enrolment device before building the body).
    virtual Expected<std::optional<EnrolmentCode>> enrolmentCode(const QString &codeHash) = 0;
    /// A re-enrolment code requires device.id == its reenrolDeviceId (error "reenrol_mismatch").
    /// A code already used answers Replayed/CodeUsed even after it expired (a lost response must not
    /// brick the enrolment).
    virtual Expected<EnrolResult> enrol(const QString &codeHash, const Device &device, const QByteArray &responseBody,
                                        const QString &now) = 0;
    virtual Expected<std::optional<Device>> device(const QString &deviceId) = 0;
    virtual Expected<QList<Device>> devices() = 0;
    /// Suspend, reactivate or revoke; revoking stores the signed wipe instruction.
    virtual Status setDeviceState(const QString &deviceId, DeviceState state, const QByteArray &wipeInstruction) = 0;
    virtual Status touchDevice(const QString &deviceId, const QString &now) = 0;
    virtual Status recordWipeAck(const QString &deviceId, const QString &now) = 0;

    /// Replay protection (protocol §5.3 step 6): false when (device, nonce) was already seen.
    /// Entries older than `forgetBeforeUnix` may be dropped in the same call.
    virtual Expected<bool> rememberNonce(const QString &deviceId, const QString &nonce, qint64 nowUnix,
                                         qint64 forgetBeforeUnix) = 0;

    // Vault keys (protocol §9)
    /// Binds the key to the device: Registered the first time, Existing when already bound to this
    /// device (the public key is filled in if the binding came from a record), Elsewhere otherwise.
    virtual Expected<VaultKeyOutcome> registerVaultKey(const VaultKey &key) = 0;
    virtual Expected<std::optional<VaultKey>> vaultKey(const QString &keyId) = 0;

    // Records (Y1: (device, uuid, version) unique forever)
    /// Atomically: the same (device, uuid, version) with identical payload, signature and vault key
    /// -> Replay; with anything different -> VersionConflict; the uuid already stored from another
    /// device -> UuidConflict; the vault key first seen on another device -> VaultKeyElsewhere
    /// (a vault key is bound to the device that first used it); else Inserted.
    virtual Expected<InsertResult> insertRecord(const StoredRecord &record) = 0;
    virtual Expected<std::optional<StoredRecord>> record(const QString &deviceId, const QUuid &uuid, int version) = 0;
    /// Every stored version of a uuid, any device (administration).
    virtual Expected<QList<StoredRecord>> recordVersions(const QUuid &uuid) = 0;
    /// Stores the receipt unless one exists; returns the receipt now stored (the first one wins).
    virtual Expected<QByteArray> setReceipt(const QString &deviceId, const QUuid &uuid, int version,
                                            const QByteArray &receipt, const QString &completedAt) = 0;
    virtual Expected<qint64> recordCount() = 0;

    // Resumable uploads (protocol §12)
    /// Existing when (device, record, attachment) has an upload with the same sha256 and length;
    /// Conflict when it has one with another hash or length.
    virtual Expected<UploadResult> createUpload(const Upload &upload) = 0;
    virtual Expected<std::optional<Upload>> upload(const QString &uploadId) = 0;
    /// Compare-and-set: moves the offset from `expectedOffset` to `newOffset` (and sets complete);
    /// false, with nothing changed, when another writer moved it first.
    virtual Expected<bool> advanceUpload(const QString &uploadId, qint64 expectedOffset, qint64 newOffset,
                                         bool complete, const QString &now) = 0;
    /// Object hash mismatch at completion: back to offset 0.
    virtual Status resetUpload(const QString &uploadId, const QString &now) = 0;
    /// Whether (device, record uuid, attachment id) has a complete upload with that hash.
    virtual Expected<bool> attachmentComplete(const QString &deviceId, const QUuid &recordUuid,
                                              const QUuid &attachmentId, const QString &sha256) = 0;
};

/// "sqlcipher:DIR" (key in DIR/store.key, created 0600 on first use) or a libpq conninfo
/// ("postgresql://..." or "host=... dbname=..."). Creates the schema when missing.
Expected<std::unique_ptr<ServerStore>> openServerStore(const QString &location);

} // namespace saisie::server
