#include "store/sqlcipherstore.h"

#include "common/durablefile.h"
#include "protocol/encoding.h"
#include "store/secretfile.h"
#include "store/storecodec.h"

#include <QDir>
#include <QFile>

namespace saisie::server {

using vault::Statement;
using vault::Transaction;

namespace {
const char kSchema[] = R"SQL(
CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY, public_key BLOB NOT NULL, unit_id TEXT NOT NULL, state TEXT NOT NULL,
  enrolled_at TEXT NOT NULL, last_seen_at TEXT, wipe_instruction BLOB, wipe_acked_at TEXT);
CREATE TABLE IF NOT EXISTS enrolment_codes (
  code_hash TEXT PRIMARY KEY, unit_id TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,
  reenrol_device_id TEXT, used_by_key BLOB, used_device_id TEXT, used_at TEXT, response_body BLOB);
CREATE TABLE IF NOT EXISTS nonces (
  device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_unix INTEGER NOT NULL, PRIMARY KEY (device_id, nonce));
CREATE INDEX IF NOT EXISTS nonces_seen ON nonces (seen_unix);
CREATE TABLE IF NOT EXISTS vault_keys (
  key_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, public_key BLOB, registered_at TEXT);
CREATE TABLE IF NOT EXISTS records (
  device_id TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, vault_key_id TEXT NOT NULL,
  payload BLOB NOT NULL, content_hash TEXT NOT NULL, signature BLOB NOT NULL, received_at TEXT NOT NULL,
  clock_offset INTEGER NOT NULL, attachments TEXT NOT NULL, receipt BLOB, completed_at TEXT,
  UNIQUE (device_id, uuid, version));
CREATE INDEX IF NOT EXISTS records_uuid ON records (uuid);
CREATE TABLE IF NOT EXISTS uploads (
  id TEXT PRIMARY KEY, device_id TEXT NOT NULL, record_uuid TEXT NOT NULL, attachment_id TEXT NOT NULL,
  sha256 TEXT NOT NULL, length INTEGER NOT NULL, upload_offset INTEGER NOT NULL, complete INTEGER NOT NULL,
  mime_type TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (device_id, record_uuid, attachment_id));
INSERT OR IGNORE INTO server_meta (key, value) VALUES ('schema', '1');
)SQL";

Device readDevice(const Statement &s)
{
    Device d;
    d.id = s.text(0);
    d.publicKey = s.blob(1);
    d.unitId = s.text(2);
    d.state = codec::stateFromText(s.text(3)).value_or(DeviceState::Revoked);
    d.enrolledAt = s.text(4);
    d.lastSeenAt = s.text(5);
    d.wipeInstruction = s.blob(6);
    d.wipeAckedAt = s.text(7);
    return d;
}

const char kDeviceColumns[] =
    "SELECT id, public_key, unit_id, state, enrolled_at, last_seen_at, wipe_instruction, wipe_acked_at FROM devices";
} // namespace

Expected<std::unique_ptr<SqlCipherServerStore>> SqlCipherServerStore::open(const QString &directory)
{
    if (directory.isEmpty())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The store directory is empty."));
    const QString dir = QDir(directory).absolutePath();
    const QString keyPath = dir + QStringLiteral("/store.key");
    const QString dbPath = dir + QStringLiteral("/store.db");
    const bool haveKey = QFile::exists(keyPath);
    const bool haveDb = QFile::exists(dbPath);
    if (haveKey != haveDb)
        return makeError(QStringLiteral("store_incomplete"),
                         haveKey ? QStringLiteral("%1 exists but store.db is missing: restore the database from a "
                                                  "backup (remove store.key only to start an empty store).")
                                       .arg(keyPath)
                                 : QStringLiteral("%1 exists but its key store.key is missing: restore the key from "
                                                  "a backup; nothing was changed.")
                                       .arg(dbPath));
    if (!haveKey) {
        if (Status made = durable::makePrivateDirectory(dir); !made)
            return made.error();
        if (Status written = writeSecretFile(keyPath, SecureBuffer::random(32)); !written)
            return written.error();
    }
    auto key = readSecretFile(keyPath, 32);
    if (!key)
        return key.error();
    auto db = vault::Database::open(dbPath, *key,
                                    haveDb ? vault::Database::OpenMode::ExistingOnly
                                           : vault::Database::OpenMode::CreateNew);
    if (!db)
        return db.error();
    std::unique_ptr<SqlCipherServerStore> store(new SqlCipherServerStore(std::move(*db)));
    if (Status schema = store->createSchema(); !schema)
        return schema.error();
    return store;
}

Status SqlCipherServerStore::createSchema()
{
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started();
    if (Status s = m_db->exec(QString::fromLatin1(kSchema)); !s)
        return s;
    auto version = m_db->scalar(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema'"));
    if (!version)
        return version.error();
    if (version->toString() != QLatin1String("1"))
        return makeError(QStringLiteral("schema"),
                         QStringLiteral("The store has schema version %1, which this server does not know.")
                             .arg(version->toString()));
    return tx.commit();
}

Status SqlCipherServerStore::addEnrolmentCode(const EnrolmentCode &code)
{
    if (!protocol::isSha256Hex(code.codeHash) || code.unitId.isEmpty() || code.expiresAt.isEmpty())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The enrolment code is incomplete."));
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QStringLiteral(
        "INSERT INTO enrolment_codes (code_hash, unit_id, issued_at, expires_at, reenrol_device_id) VALUES (?,?,?,?,?)"));
    if (!s)
        return s.error();
    s->bind(1, code.codeHash).bind(2, code.unitId).bind(3, code.issuedAt).bind(4, code.expiresAt);
    code.reenrolDeviceId.isEmpty() ? s->bindNull(5) : s->bind(5, code.reenrolDeviceId);
    return s->exec();
}

Expected<std::optional<EnrolmentCode>> SqlCipherServerStore::enrolmentCode(const QString &codeHash)
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QStringLiteral(
        "SELECT unit_id, issued_at, expires_at, reenrol_device_id FROM enrolment_codes WHERE code_hash = ?"));
    if (!s)
        return s.error();
    s->bind(1, codeHash);
    if (!s->step())
        return s->failed() ? Expected<std::optional<EnrolmentCode>>(s->error()) : std::optional<EnrolmentCode>();
    return std::optional<EnrolmentCode>(EnrolmentCode{codeHash, s->text(0), s->text(1), s->text(2), s->text(3)});
}

Expected<EnrolResult> SqlCipherServerStore::enrol(const QString &codeHash, const Device &device,
                                                  const QByteArray &responseBody, const QString &now)
{
    if (Status ok = codec::checkDevice(device); !ok)
        return ok.error();
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started().error();
    auto s = m_db->prepare(QStringLiteral("SELECT unit_id, expires_at, reenrol_device_id, used_by_key, response_body "
                                          "FROM enrolment_codes WHERE code_hash = ?"));
    if (!s)
        return s.error();
    s->bind(1, codeHash);
    if (!s->step())
        return s->failed() ? Expected<EnrolResult>(s->error()) : EnrolResult{EnrolOutcome::CodeUnknown, {}, {}};
    const QString unitId = s->text(0), expiresAt = s->text(1), reenrol = s->text(2);
    const bool used = !s->isNull(3);
    const QByteArray usedBy = s->blob(3), storedBody = s->blob(4);
    s->reset();
    if (used)
        return EnrolResult{usedBy == device.publicKey ? EnrolOutcome::Replayed : EnrolOutcome::CodeUsed,
                           usedBy == device.publicKey ? storedBody : QByteArray(), {}};
    if (codec::isExpired(expiresAt, now))
        return EnrolResult{EnrolOutcome::CodeExpired, {}, expiresAt};

    if (!reenrol.isEmpty()) {
        if (device.id != reenrol)
            return makeError(QStringLiteral("reenrol_mismatch"),
                             QStringLiteral("A re-enrolment code must enrol the device it was issued for."));
        auto w = m_db->prepare(QStringLiteral("UPDATE devices SET public_key = ?, unit_id = ? WHERE id = ?"));
        if (!w)
            return w.error();
        w->bind(1, device.publicKey).bind(2, unitId).bind(3, device.id);
        if (Status done = w->exec(); !done)
            return done.error();
        if (m_db->changes() != 1)
            return codec::unknownDevice(device.id);
    } else {
        auto w = m_db->prepare(QStringLiteral("INSERT INTO devices (id, public_key, unit_id, state, enrolled_at) "
                                              "VALUES (?,?,?,'active',?)"));
        if (!w)
            return w.error();
        w->bind(1, device.id).bind(2, device.publicKey).bind(3, unitId)
            .bind(4, device.enrolledAt.isEmpty() ? now : device.enrolledAt);
        if (Status done = w->exec(); !done)
            return done.error();
    }
    auto w = m_db->prepare(QStringLiteral("UPDATE enrolment_codes SET used_by_key = ?, used_device_id = ?, used_at = ?, "
                                          "response_body = ? WHERE code_hash = ? AND used_by_key IS NULL"));
    if (!w)
        return w.error();
    w->bind(1, device.publicKey).bind(2, device.id).bind(3, now).bind(4, responseBody).bind(5, codeHash);
    if (Status done = w->exec(); !done)
        return done.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return EnrolResult{EnrolOutcome::Enrolled, responseBody, {}};
}

Expected<std::optional<Device>> SqlCipherServerStore::deviceLocked(const QString &deviceId)
{
    auto s = m_db->prepare(QString::fromLatin1(kDeviceColumns) + QStringLiteral(" WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, deviceId);
    if (!s->step())
        return s->failed() ? Expected<std::optional<Device>>(s->error()) : std::optional<Device>();
    return std::optional<Device>(readDevice(*s));
}

Expected<std::optional<Device>> SqlCipherServerStore::device(const QString &deviceId)
{
    std::lock_guard lock(m_mutex);
    return deviceLocked(deviceId);
}

Expected<QList<Device>> SqlCipherServerStore::devices()
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QString::fromLatin1(kDeviceColumns) + QStringLiteral(" ORDER BY enrolled_at, id"));
    if (!s)
        return s.error();
    QList<Device> list;
    while (s->step())
        list.append(readDevice(*s));
    if (s->failed())
        return s->error();
    return list;
}

Status SqlCipherServerStore::setDeviceState(const QString &deviceId, DeviceState state,
                                            const QByteArray &wipeInstruction)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started();
    auto current = deviceLocked(deviceId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return codec::unknownDevice(deviceId);
    if (Status allowed = codec::checkTransition((*current)->state, state, wipeInstruction); !allowed)
        return allowed;
    if ((*current)->state == DeviceState::Revoked)
        return success(); // the first instruction stays: the device may already hold it
    auto s = m_db->prepare(QStringLiteral("UPDATE devices SET state = ?, wipe_instruction = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, codec::stateText(state)).bind(3, deviceId);
    state == DeviceState::Revoked ? s->bind(2, wipeInstruction) : s->bindNull(2);
    if (Status w = s->exec(); !w)
        return w;
    s->reset();
    return tx.commit();
}

Status SqlCipherServerStore::touchDevice(const QString &deviceId, const QString &now)
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"));
    if (!s)
        return s.error();
    s->bind(1, now).bind(2, deviceId);
    if (Status w = s->exec(); !w)
        return w;
    return m_db->changes() == 1 ? success() : Status(codec::unknownDevice(deviceId));
}

Status SqlCipherServerStore::recordWipeAck(const QString &deviceId, const QString &now)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started();
    auto current = deviceLocked(deviceId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return codec::unknownDevice(deviceId);
    auto s = m_db->prepare(
        QStringLiteral("UPDATE devices SET wipe_acked_at = ? WHERE id = ? AND wipe_acked_at IS NULL"));
    if (!s)
        return s.error();
    s->bind(1, now).bind(2, deviceId);
    if (Status w = s->exec(); !w)
        return w;
    s->reset();
    return tx.commit();
}

Expected<bool> SqlCipherServerStore::rememberNonce(const QString &deviceId, const QString &nonce, qint64 nowUnix,
                                                   qint64 forgetBeforeUnix)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started().error();
    auto s = m_db->prepare(QStringLiteral("DELETE FROM nonces WHERE seen_unix < ?"));
    if (!s)
        return s.error();
    s->bind(1, forgetBeforeUnix);
    if (Status w = s->exec(); !w)
        return w.error();
    s = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO nonces (device_id, nonce, seen_unix) VALUES (?,?,?)"));
    if (!s)
        return s.error();
    s->bind(1, deviceId).bind(2, nonce).bind(3, nowUnix);
    if (Status w = s->exec(); !w)
        return w.error();
    const bool fresh = m_db->changes() == 1;
    s->reset();
    if (Status c = tx.commit(); !c)
        return c.error();
    return fresh;
}

Expected<VaultKeyOutcome> SqlCipherServerStore::registerVaultKey(const VaultKey &key)
{
    if (!protocol::isSha256Hex(key.keyId) || protocol::parseUuid(key.deviceId).isNull())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The vault key binding is malformed."));
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.started().error();
    auto s = m_db->prepare(QStringLiteral("SELECT device_id FROM vault_keys WHERE key_id = ?"));
    if (!s)
        return s.error();
    s->bind(1, key.keyId);
    const bool bound = s->step();
    if (s->failed())
        return s->error();
    const QString owner = bound ? s->text(0) : QString();
    if (bound && owner != key.deviceId)
        return VaultKeyOutcome::Elsewhere;
    s = m_db->prepare(bound ? QStringLiteral("UPDATE vault_keys SET public_key = ?, registered_at = ? "
                                             "WHERE key_id = ? AND public_key IS NULL")
                            : QStringLiteral("INSERT INTO vault_keys (public_key, registered_at, key_id, device_id) "
                                             "VALUES (?,?,?,?)"));
    if (!s)
        return s.error();
    s->bind(1, key.publicKey).bind(2, key.registeredAt).bind(3, key.keyId);
    if (!bound)
        s->bind(4, key.deviceId);
    if (Status w = s->exec(); !w)
        return w.error();
    s->reset();
    if (Status c = tx.commit(); !c)
        return c.error();
    return bound ? VaultKeyOutcome::Existing : VaultKeyOutcome::Registered;
}

Expected<std::optional<VaultKey>> SqlCipherServerStore::vaultKey(const QString &keyId)
{
    std::lock_guard lock(m_mutex);
    auto s = m_db->prepare(QStringLiteral("SELECT device_id, public_key, registered_at FROM vault_keys WHERE key_id = ?"));
    if (!s)
        return s.error();
    s->bind(1, keyId);
    if (!s->step())
        return s->failed() ? Expected<std::optional<VaultKey>>(s->error()) : std::optional<VaultKey>();
    return std::optional<VaultKey>(VaultKey{keyId, s->text(0), s->blob(1), s->text(2)});
}

} // namespace saisie::server
