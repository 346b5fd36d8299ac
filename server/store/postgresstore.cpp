#include "store/postgresstore.h"

#include "protocol/encoding.h"
#include "store/pgconnection.h"
#include "store/storecodec.h"

#include <libpq-fe.h>

namespace saisie::server {

namespace {
// Any constant works; it only has to be the same in every server process sharing the database.
const char kSchema[] = R"SQL(
BEGIN;
SELECT pg_advisory_xact_lock(5341736973696531);
CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY, public_key BYTEA NOT NULL, unit_id TEXT NOT NULL, state TEXT NOT NULL,
  enrolled_at TEXT NOT NULL, last_seen_at TEXT, wipe_instruction BYTEA, wipe_acked_at TEXT);
CREATE TABLE IF NOT EXISTS enrolment_codes (
  code_hash TEXT PRIMARY KEY, unit_id TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,
  reenrol_device_id TEXT, used_by_key BYTEA, used_device_id TEXT, used_at TEXT, response_body BYTEA);
CREATE TABLE IF NOT EXISTS nonces (
  device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_unix BIGINT NOT NULL, PRIMARY KEY (device_id, nonce));
CREATE INDEX IF NOT EXISTS nonces_seen ON nonces (seen_unix);
CREATE TABLE IF NOT EXISTS vault_keys (
  key_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, public_key BYTEA, registered_at TEXT);
CREATE TABLE IF NOT EXISTS records (
  device_id TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, vault_key_id TEXT NOT NULL,
  payload BYTEA NOT NULL, content_hash TEXT NOT NULL, signature BYTEA NOT NULL, received_at TEXT NOT NULL,
  clock_offset BIGINT NOT NULL, attachments TEXT NOT NULL, receipt BYTEA, completed_at TEXT,
  UNIQUE (device_id, uuid, version));
CREATE INDEX IF NOT EXISTS records_uuid ON records (uuid);
CREATE TABLE IF NOT EXISTS uploads (
  id TEXT PRIMARY KEY, device_id TEXT NOT NULL, record_uuid TEXT NOT NULL, attachment_id TEXT NOT NULL,
  sha256 TEXT NOT NULL, length BIGINT NOT NULL, upload_offset BIGINT NOT NULL, complete BOOLEAN NOT NULL,
  mime_type TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (device_id, record_uuid, attachment_id));
INSERT INTO server_meta (key, value) VALUES ('schema', '1') ON CONFLICT (key) DO NOTHING;
COMMIT;
)SQL";

const char kDeviceColumns[] =
    "SELECT id, public_key, unit_id, state, enrolled_at, last_seen_at, wipe_instruction, wipe_acked_at FROM devices";

Device readDevice(const PgResult &r, int row)
{
    Device d;
    d.id = r.text(row, 0);
    d.publicKey = r.bytea(row, 1);
    d.unitId = r.text(row, 2);
    d.state = codec::stateFromText(r.text(row, 3)).value_or(DeviceState::Revoked);
    d.enrolledAt = r.text(row, 4);
    d.lastSeenAt = r.text(row, 5);
    d.wipeInstruction = r.bytea(row, 6);
    d.wipeAckedAt = r.text(row, 7);
    return d;
}

Expected<std::optional<Device>> deviceIn(PgTransaction &tx, const QString &deviceId, bool forUpdate)
{
    const QByteArray sql = QByteArray(kDeviceColumns) + " WHERE id = $1" + (forUpdate ? " FOR UPDATE" : "");
    auto r = tx.exec(sql.constData(), PgParams().add(deviceId));
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<Device>();
    return std::optional<Device>(readDevice(*r, 0));
}

Status done(const Expected<PgResult> &r) { return r ? success() : Status(r.error()); }
} // namespace

PostgresServerStore::PostgresServerStore(std::unique_ptr<PgPool> pool) : m_pool(std::move(pool)) {}
PostgresServerStore::~PostgresServerStore() = default;

Expected<std::unique_ptr<PostgresServerStore>> PostgresServerStore::open(const QString &conninfo)
{
    auto pool = PgPool::open(conninfo);
    if (!pool)
        return pool.error();
    {
        auto lease = (*pool)->acquire();
        if (!lease)
            return lease.error();
        if (Status schema = (*pool)->execScript(lease->get(), kSchema); !schema) {
            pg::rollback(lease->get());
            return schema.error();
        }
        PgTransaction tx(lease->get());
        auto version = tx.exec("SELECT value FROM server_meta WHERE key = 'schema'");
        if (!version)
            return version.error();
        if (version->rows() != 1 || version->text(0, 0) != QLatin1String("1"))
            return makeError(QStringLiteral("schema"),
                             QStringLiteral("The PostgreSQL store has a schema version this server does not know."));
    }
    return std::unique_ptr<PostgresServerStore>(new PostgresServerStore(std::move(*pool)));
}

Status PostgresServerStore::addEnrolmentCode(const EnrolmentCode &code)
{
    if (!protocol::isSha256Hex(code.codeHash) || code.unitId.isEmpty() || code.expiresAt.isEmpty())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The enrolment code is incomplete."));
    return pgTransact<Done>(*m_pool, [&](PgTransaction &tx) -> Status {
        auto r = tx.exec("INSERT INTO enrolment_codes (code_hash, unit_id, issued_at, expires_at, reenrol_device_id) "
                         "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code_hash) DO NOTHING",
                         PgParams().add(code.codeHash).add(code.unitId).add(code.issuedAt).add(code.expiresAt)
                             .addOptional(code.reenrolDeviceId));
        if (!r)
            return r.error();
        if (r->affected() != 1)
            return makeError(QStringLiteral("exists"), QStringLiteral("This enrolment code already exists."));
        return success();
    });
}

Expected<std::optional<EnrolmentCode>> PostgresServerStore::enrolmentCode(const QString &codeHash)
{
    using Result = std::optional<EnrolmentCode>;
    return pgTransact<Result>(*m_pool, [&](PgTransaction &tx) -> Expected<Result> {
        auto r = tx.exec("SELECT unit_id, issued_at, expires_at, reenrol_device_id FROM enrolment_codes "
                         "WHERE code_hash = $1",
                         PgParams().add(codeHash));
        if (!r)
            return r.error();
        if (r->rows() == 0)
            return Result();
        return Result(EnrolmentCode{codeHash, r->text(0, 0), r->text(0, 1), r->text(0, 2), r->text(0, 3)});
    });
}

Expected<EnrolResult> PostgresServerStore::enrol(const QString &codeHash, const Device &device,
                                                 const QByteArray &responseBody, const QString &now)
{
    if (Status ok = codec::checkDevice(device); !ok)
        return ok.error();
    return pgTransact<EnrolResult>(*m_pool, [&](PgTransaction &tx) -> Expected<EnrolResult> {
        auto c = tx.exec("SELECT unit_id, expires_at, reenrol_device_id, used_by_key, response_body "
                         "FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE",
                         PgParams().add(codeHash));
        if (!c)
            return c.error();
        if (c->rows() == 0)
            return EnrolResult{EnrolOutcome::CodeUnknown, {}, {}};
        const QString unitId = c->text(0, 0), expiresAt = c->text(0, 1), reenrol = c->text(0, 2);
        if (!c->isNull(0, 3)) {
            const bool same = c->bytea(0, 3) == device.publicKey;
            return EnrolResult{same ? EnrolOutcome::Replayed : EnrolOutcome::CodeUsed,
                               same ? c->bytea(0, 4) : QByteArray(), {}};
        }
        if (codec::isExpired(expiresAt, now))
            return EnrolResult{EnrolOutcome::CodeExpired, {}, expiresAt};
        if (!reenrol.isEmpty()) {
            if (device.id != reenrol)
                return makeError(QStringLiteral("reenrol_mismatch"),
                                 QStringLiteral("A re-enrolment code must enrol the device it was issued for."));
            auto u = tx.exec("UPDATE devices SET public_key = $1, unit_id = $2 WHERE id = $3",
                             PgParams().addBytea(device.publicKey).add(unitId).add(device.id));
            if (!u)
                return u.error();
            if (u->affected() != 1)
                return codec::unknownDevice(device.id);
        } else {
            auto i = tx.exec("INSERT INTO devices (id, public_key, unit_id, state, enrolled_at) "
                             "VALUES ($1, $2, $3, 'active', $4)",
                             PgParams().add(device.id).addBytea(device.publicKey).add(unitId)
                                 .add(device.enrolledAt.isEmpty() ? now : device.enrolledAt));
            if (!i)
                return i.error();
        }
        auto m = tx.exec("UPDATE enrolment_codes SET used_by_key = $1, used_device_id = $2, used_at = $3, "
                         "response_body = $4 WHERE code_hash = $5",
                         PgParams().addBytea(device.publicKey).add(device.id).add(now).addBytea(responseBody)
                             .add(codeHash));
        if (!m)
            return m.error();
        return EnrolResult{EnrolOutcome::Enrolled, responseBody, {}};
    });
}

Expected<std::optional<Device>> PostgresServerStore::device(const QString &deviceId)
{
    return pgTransact<std::optional<Device>>(*m_pool, [&](PgTransaction &tx) { return deviceIn(tx, deviceId, false); });
}

Expected<QList<Device>> PostgresServerStore::devices()
{
    return pgTransact<QList<Device>>(*m_pool, [&](PgTransaction &tx) -> Expected<QList<Device>> {
        auto r = tx.exec((QByteArray(kDeviceColumns) + " ORDER BY enrolled_at, id").constData());
        if (!r)
            return r.error();
        QList<Device> list;
        for (int row = 0; row < r->rows(); ++row)
            list.append(readDevice(*r, row));
        return list;
    });
}

Status PostgresServerStore::setDeviceState(const QString &deviceId, DeviceState state,
                                           const QByteArray &wipeInstruction)
{
    return pgTransact<Done>(*m_pool, [&](PgTransaction &tx) -> Status {
        auto current = deviceIn(tx, deviceId, true);
        if (!current)
            return current.error();
        if (!current->has_value())
            return codec::unknownDevice(deviceId);
        if (Status allowed = codec::checkTransition((*current)->state, state, wipeInstruction); !allowed)
            return allowed;
        if ((*current)->state == DeviceState::Revoked)
            return success(); // the first instruction stays: the device may already hold it
        PgParams params;
        params.add(codec::stateText(state));
        state == DeviceState::Revoked ? params.addBytea(wipeInstruction) : params.addNull();
        params.add(deviceId);
        return done(tx.exec("UPDATE devices SET state = $1, wipe_instruction = $2 WHERE id = $3", params));
    });
}

Status PostgresServerStore::touchDevice(const QString &deviceId, const QString &now)
{
    return pgTransact<Done>(*m_pool, [&](PgTransaction &tx) -> Status {
        auto r = tx.exec("UPDATE devices SET last_seen_at = $1 WHERE id = $2", PgParams().add(now).add(deviceId));
        if (!r)
            return r.error();
        return r->affected() == 1 ? success() : Status(codec::unknownDevice(deviceId));
    });
}

Status PostgresServerStore::recordWipeAck(const QString &deviceId, const QString &now)
{
    return pgTransact<Done>(*m_pool, [&](PgTransaction &tx) -> Status {
        auto current = deviceIn(tx, deviceId, true);
        if (!current)
            return current.error();
        if (!current->has_value())
            return codec::unknownDevice(deviceId);
        return done(tx.exec("UPDATE devices SET wipe_acked_at = $1 WHERE id = $2 AND wipe_acked_at IS NULL",
                            PgParams().add(now).add(deviceId)));
    });
}

Expected<bool> PostgresServerStore::rememberNonce(const QString &deviceId, const QString &nonce, qint64 nowUnix,
                                                  qint64 forgetBeforeUnix)
{
    return pgTransact<bool>(*m_pool, [&](PgTransaction &tx) -> Expected<bool> {
        // This device's expired nonces every time; everyone's now and then. A global delete on
        // every request would make all concurrent requests conflict with one another.
        const bool sweepAll = QRandomGenerator::global()->bounded(100) == 0;
        auto d = sweepAll ? tx.exec("DELETE FROM nonces WHERE seen_unix < $1", PgParams().add(forgetBeforeUnix))
                          : tx.exec("DELETE FROM nonces WHERE device_id = $1 AND seen_unix < $2",
                                    PgParams().add(deviceId).add(forgetBeforeUnix));
        if (!d)
            return d.error();
        auto r = tx.exec("INSERT INTO nonces (device_id, nonce, seen_unix) VALUES ($1, $2, $3) "
                         "ON CONFLICT (device_id, nonce) DO NOTHING",
                         PgParams().add(deviceId).add(nonce).add(nowUnix));
        if (!r)
            return r.error();
        return r->affected() == 1;
    });
}

Expected<VaultKeyOutcome> PostgresServerStore::registerVaultKey(const VaultKey &key)
{
    if (!protocol::isSha256Hex(key.keyId) || protocol::parseUuid(key.deviceId).isNull())
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The vault key binding is malformed."));
    return pgTransact<VaultKeyOutcome>(*m_pool, [&](PgTransaction &tx) -> Expected<VaultKeyOutcome> {
        auto ins = tx.exec("INSERT INTO vault_keys (key_id, device_id, public_key, registered_at) "
                           "VALUES ($1, $2, $3, $4) ON CONFLICT (key_id) DO NOTHING",
                           PgParams().add(key.keyId).add(key.deviceId).addBytea(key.publicKey).add(key.registeredAt));
        if (!ins)
            return ins.error();
        if (ins->affected() == 1)
            return VaultKeyOutcome::Registered;
        auto owner = tx.exec("SELECT device_id FROM vault_keys WHERE key_id = $1 FOR UPDATE", PgParams().add(key.keyId));
        if (!owner)
            return owner.error();
        if (owner->rows() != 1 || owner->text(0, 0) != key.deviceId)
            return VaultKeyOutcome::Elsewhere;
        auto fill = tx.exec("UPDATE vault_keys SET public_key = $1, registered_at = $2 "
                            "WHERE key_id = $3 AND public_key IS NULL",
                            PgParams().addBytea(key.publicKey).add(key.registeredAt).add(key.keyId));
        if (!fill)
            return fill.error();
        return VaultKeyOutcome::Existing;
    });
}

Expected<std::optional<VaultKey>> PostgresServerStore::vaultKey(const QString &keyId)
{
    using Result = std::optional<VaultKey>;
    return pgTransact<Result>(*m_pool, [&](PgTransaction &tx) -> Expected<Result> {
        auto r = tx.exec("SELECT device_id, public_key, registered_at FROM vault_keys WHERE key_id = $1",
                         PgParams().add(keyId));
        if (!r)
            return r.error();
        if (r->rows() == 0)
            return Result();
        return Result(VaultKey{keyId, r->text(0, 0), r->bytea(0, 1), r->text(0, 2)});
    });
}

} // namespace saisie::server
