#include "raw.h"

#include <QElapsedTimer>
#include <QFile>
#include <QVariant>
#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace saisie::bench {

namespace {
constexpr char kMagic[8] = {'S', 'Z', 'B', 'L', 'O', 'B', '0', '1'};
constexpr std::size_t kChunk = 64 * 1024;

bool writeAll(int fd, const unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// Columns of SeizureRepository::list, so both sides read the same bytes per row.
constexpr const char *kColumns =
    "SELECT s.uuid, s.version, s.status, s.occurred_at, s.place_name, s.category, s.completeness, s.updated_at, "
    "(SELECT count(*) FROM attachments a WHERE a.uuid = s.uuid AND a.added_in_version <= s.version) ";
} // namespace

// ---- RawCipherDb ------------------------------------------------------------------------------

RawCipherDb::~RawCipherDb() { sqlite3_close_v2(m_db); }

QString RawCipherDb::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
}

bool RawCipherDb::exec(const char *sql, QString *error)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), errorMessage());
    return false;
}

QString RawCipherDb::pragma(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

bool RawCipherDb::open(const QString &path, const QByteArray &rawKey, bool create, QString *error)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("open %1: %2").arg(path, errorMessage());
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (rawKey.size() != 32) {
        *error = QStringLiteral("raw key must be 32 bytes");
        return false;
    }
    if (!exec("PRAGMA cipher_memory_security = ON", error))
        return false;
    const QByteArray spec = "x'" + rawKey.toHex() + "'";
    if (sqlite3_key(m_db, spec.constData(), int(spec.size())) != SQLITE_OK) {
        *error = QStringLiteral("sqlite3_key: %1").arg(errorMessage());
        return false;
    }
    if (!exec("SELECT count(*) FROM sqlite_schema", error))
        return false;
    if (!exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; "
              "PRAGMA temp_store = MEMORY;",
              error))
        return false;
    if (pragma("PRAGMA journal_mode") != QLatin1String("wal") || pragma("PRAGMA synchronous") != QLatin1String("2")
        || pragma("PRAGMA cipher_memory_security") != QLatin1String("1")) {
        *error = QStringLiteral("raw connection did not accept its pragmas");
        return false;
    }
    return true;
}

// ---- RawInserter ------------------------------------------------------------------------------

RawInserter::~RawInserter()
{
    sqlite3_finalize(m_begin);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_commit);
}

bool RawInserter::prepare(QString *error)
{
    if (!m_db.exec("CREATE TABLE IF NOT EXISTS raw_docs (id INTEGER PRIMARY KEY, document BLOB NOT NULL)", error))
        return false;
    sqlite3 *db = m_db.handle();
    if (sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &m_begin, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT INTO raw_docs (document) VALUES (?)", -1, &m_insert, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "COMMIT", -1, &m_commit, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("prepare: %1").arg(m_db.errorMessage());
        return false;
    }
    return true;
}

bool RawInserter::insert(const QByteArray &document, QString *error)
{
    const auto stepOnce = [this, error](sqlite3_stmt *stmt) {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc == SQLITE_DONE)
            return true;
        *error = QStringLiteral("step: %1").arg(m_db.errorMessage());
        return false;
    };
    if (!stepOnce(m_begin))
        return false;
    sqlite3_bind_blob(m_insert, 1, document.constData(), int(document.size()), SQLITE_STATIC);
    const bool inserted = stepOnce(m_insert);
    sqlite3_clear_bindings(m_insert);
    if (!inserted) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return stepOnce(m_commit);
}

// ---- RawSearch --------------------------------------------------------------------------------

RawSearch::~RawSearch()
{
    sqlite3_finalize(m_exact);
    sqlite3_finalize(m_page);
}

bool RawSearch::prepare(QString *error)
{
    const QByteArray exact = QByteArray(kColumns)
                             + "FROM search_keys k JOIN seizures s ON s.uuid = k.uuid AND s.version = k.version "
                               "WHERE k.value = ? ORDER BY s.updated_at DESC, s.uuid LIMIT 50";
    const QByteArray page = QByteArray(kColumns)
                            + "FROM seizures s WHERE s.version = (SELECT max(version) FROM seizures l "
                              "WHERE l.uuid = s.uuid) ORDER BY s.updated_at DESC, s.uuid LIMIT ?";
    if (sqlite3_prepare_v2(m_db.handle(), exact.constData(), -1, &m_exact, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db.handle(), page.constData(), -1, &m_page, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("prepare raw search: %1").arg(m_db.errorMessage());
        return false;
    }
    return true;
}

int RawSearch::run(sqlite3_stmt *stmt, QStringList *uuids)
{
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        // Read every column as text, as the repository does, so the row bytes are really produced.
        for (int c = 0; c < 9; ++c)
            (void)sqlite3_column_text(stmt, c);
        if (uuids)
            uuids->append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rc == SQLITE_DONE ? rows : -1;
}

int RawSearch::exact(const QString &normalizedValue, QStringList *uuids)
{
    const QByteArray value = normalizedValue.toUtf8();
    sqlite3_bind_text(m_exact, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return run(m_exact, uuids);
}

int RawSearch::firstPage(int limit)
{
    sqlite3_bind_int(m_page, 1, limit);
    return run(m_page, nullptr);
}

// ---- RawQuery ---------------------------------------------------------------------------------

RawQuery::~RawQuery() { sqlite3_finalize(m_stmt); }

bool RawQuery::prepare(const QByteArray &sql, QString *error)
{
    if (sqlite3_prepare_v3(m_db.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        == SQLITE_OK)
        return true;
    *error = QStringLiteral("prepare: %1").arg(m_db.errorMessage());
    return false;
}

int RawQuery::run(const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::QString) {
            const QByteArray text = binds[i].toString().toUtf8();
            sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(m_stmt, i + 1, binds[i].toLongLong());
        }
    }
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(m_stmt); ++c)
            (void)sqlite3_column_text(m_stmt, c);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE ? rows : -1;
}

double RawQuery::prepareMs(RawCipherDb &db, const QByteArray &sql)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v3(db.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    sqlite3_finalize(stmt);
    return double(t.nsecsElapsed()) / 1e6;
}

// ---- Blobs and KDF ----------------------------------------------------------------------------

bool rawBlobWrite(const QString &path, const QByteArray &bytes, const unsigned char *key, const QByteArray &ad,
                  QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    static unsigned char cipher[kChunk + crypto_secretstream_xchacha20poly1305_ABYTES];
    const auto *plain = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *adData = reinterpret_cast<const unsigned char *>(ad.constData());
    bool ok = writeAll(fd, reinterpret_cast<const unsigned char *>(kMagic), sizeof kMagic)
              && writeAll(fd, header, sizeof header);
    std::size_t offset = 0;
    const std::size_t total = std::size_t(bytes.size());
    while (ok && offset < total) {
        const std::size_t n = std::min(kChunk, total - offset);
        const bool last = offset + n == total;
        crypto_hash_sha256_update(&hash, plain + offset, n);
        unsigned long long cipherLen = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher, &cipherLen, plain + offset, n, adData,
                                                   std::size_t(ad.size()),
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                        : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        ok = writeAll(fd, cipher, std::size_t(cipherLen));
        offset += n;
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    ok = ok && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    if (!ok)
        *error = QStringLiteral("write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return ok;
}

bool rawPwhash(const QByteArray &pin, unsigned long long opslimit, std::size_t memlimit)
{
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char key[32];
    randombytes_buf(salt, sizeof salt);
    const bool ok = crypto_pwhash(key, sizeof key, pin.constData(), std::size_t(pin.size()), salt, opslimit, memlimit,
                                  crypto_pwhash_ALG_ARGON2ID13)
                    == 0;
    sodium_memzero(key, sizeof key);
    return ok;
}

} // namespace saisie::bench
