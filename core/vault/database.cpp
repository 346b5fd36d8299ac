#include "vault/database.h"

#include "common/logging.h"

#include <QFile>
#include <QFileInfo>
#include <sodium.h>
#include <sqlite3.h>

namespace saisie::vault {

namespace {
constexpr int kBusyTimeoutMs = 5000;
}

QString Database::foreignSqliteMapped()
{
    // Linux and Android list every mapped shared object here; elsewhere this answers empty and the
    // build-time check (tests/integration one_sqlite) is the guard. Our SQLCipher is linked
    // statically, so any libsqlite3/libsqlcipher here came from elsewhere (e.g. Qt's SQLite driver).
    // Usable before QCoreApplication exists: the app checks before it builds anything.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = maps.readAll();
    for (const char *name : {"libsqlite3", "libsqlcipher"}) {
        const qsizetype at = text.indexOf(name);
        if (at < 0)
            continue;
        const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
        const qsizetype pathStart = text.indexOf('/', lineStart);
        const qsizetype lineEnd = text.indexOf('\n', at);
        const qsizetype from = pathStart >= 0 && pathStart < at ? pathStart : at;
        return QString::fromLocal8Bit(text.mid(from, (lineEnd < 0 ? text.size() : lineEnd) - from));
    }
    return {};
}

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_cacheKey(std::move(other.m_cacheKey)), m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_cacheKey = std::move(other.m_cacheKey);
        m_failed = other.m_failed;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() { release(); }

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cacheKey.isEmpty())
        sqlite3_finalize(m_stmt);
    else
        m_db->recycle(m_cacheKey, m_stmt);
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, qint64 value)
{
    m_failed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_failed |= sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    m_failed |= sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                    SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    m_failed |= sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                                    SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_failed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

bool Statement::step()
{
    if (m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

Status Statement::exec()
{
    while (step()) {
    }
    if (m_failed)
        return error();
    return success();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

Error Statement::error() const { return m_db->lastError(); }

// ---- Database --------------------------------------------------------------------------------

Expected<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBuffer &rawKey, OpenMode mode)
{
    if (rawKey.size() != 32)
        return makeError(QStringLiteral("key"), QStringLiteral("The database key must be 256 bits."));
    const bool exists = QFile::exists(path);
    if (mode == OpenMode::ExistingOnly && !exists)
        return makeError(QStringLiteral("missing"),
                         QStringLiteral("The database %1 does not exist; nothing was created.").arg(path));
    if (mode == OpenMode::ExistingOnly && QFileInfo(path).size() == 0)
        return makeError(QStringLiteral("empty"),
                         QStringLiteral("The database %1 is empty: it was truncated or replaced. Nothing was "
                                        "changed; restore it from a backup.")
                             .arg(path));
    if (mode == OpenMode::CreateNew && exists)
        return makeError(QStringLiteral("exists"),
                         QStringLiteral("The database %1 already exists; refusing to overwrite it.").arg(path));

    if (const QString library = foreignSqliteMapped(); !library.isEmpty())
        return makeError(QStringLiteral("plain_sqlite"),
                         QStringLiteral("A second SQLite library (%1) is loaded in this process; refusing to open "
                                        "encrypted data with it present.")
                             .arg(library));
    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE
                      | (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle));
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("io"), QStringLiteral("Could not open the database %1: %2.")
                                                   .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    if (Status configured = db->configure(rawKey); !configured)
        return configured.error();
    return db;
}

Database::~Database()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_handle);
}

void Database::recycle(const QString &sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // A statement prepared twice at once (nested use) keeps one copy; the other is finalized.
    if (m_cache.contains(sql))
        sqlite3_finalize(stmt);
    else
        m_cache.insert(sql, stmt);
}

Status Database::configure(const SecureBuffer &rawKey)
{
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
    // A larger lookaside pool serves most small allocations from one block, which matters here:
    // with cipher_memory_security every heap allocation is also mlocked and wiped.
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_LOOKASIDE, nullptr, 1200, 1000);
    sqlite3_extended_result_codes(m_handle, 1);

    // If a plain SQLite won symbol lookup, PRAGMA key would be ignored silently: refuse to run.
    auto version = scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!version || version->toString().isEmpty())
        return makeError(QStringLiteral("plain_sqlite"),
                         QStringLiteral("SQLCipher is not active in this process (plain SQLite answered); "
                                        "refusing to open encrypted data."));
    if (Status s = exec(QStringLiteral("PRAGMA cipher_memory_security = ON")); !s)
        return s;

    // Raw key form x'<64 hex>': SQLCipher uses the key as is, no passphrase KDF (SECURITY.md S1).
    SecureBuffer keySpec(2 + 64 + 1);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(keySpec.data() + 2), 65, rawKey.data(), rawKey.size());
    keySpec.data()[66] = '\'';
    if (sqlite3_key(m_handle, keySpec.data(), static_cast<int>(keySpec.size())) != SQLITE_OK)
        return lastError(QStringLiteral("key"));
    keySpec.wipe();

    // The first read proves the key: a wrong key (or a plain file) fails here, before any write.
    auto probe = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!probe)
        return makeError(QStringLiteral("wrong_key"),
                         QStringLiteral("The database cannot be read with this key (wrong PIN, another vault's "
                                        "file, or a damaged first page). Nothing was changed."));

    const QString setup = QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                         "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; "
                                         "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;");
    if (Status s = exec(setup); !s)
        return s;

    auto readText = [this](const char *pragma) {
        auto v = scalar(QString::fromLatin1(pragma));
        return v ? v->toString() : QString();
    };
    m_settings.cipherVersion = version->toString();
    m_settings.cipherProvider = readText("PRAGMA cipher_provider");
    m_settings.pageSize = readText("PRAGMA cipher_page_size").toInt();
    m_settings.memorySecurity = readText("PRAGMA cipher_memory_security") == QLatin1String("1");
    m_settings.journalMode = readText("PRAGMA journal_mode");
    m_settings.synchronous = readText("PRAGMA synchronous").toInt();
    m_settings.secureDelete = readText("PRAGMA secure_delete") == QLatin1String("1");
    m_settings.tempStore = readText("PRAGMA temp_store").toInt();

    const bool asSet = m_settings.memorySecurity && m_settings.journalMode == QLatin1String("wal")
                       && m_settings.synchronous == 2 && m_settings.secureDelete && m_settings.tempStore == 2
                       && m_settings.pageSize >= 4096 && !m_settings.cipherProvider.isEmpty();
    if (!asSet)
        return makeError(QStringLiteral("settings"),
                         QStringLiteral("The database did not accept its security settings (cipher %1, journal %2, "
                                        "synchronous %3); refusing to use it.")
                             .arg(m_settings.cipherVersion, m_settings.journalMode)
                             .arg(m_settings.synchronous));
    return success();
}

Expected<Statement> Database::prepare(const QString &sql)
{
    if (sqlite3_stmt *cached = m_cache.take(sql))
        return Statement(this, cached, sql);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK)
        return lastError();
    return Statement(this, stmt, sql);
}

Status Database::exec(const QString &sql)
{
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return success();
}

Expected<QVariant> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->step()) {
        if (stmt->failed())
            return stmt->error();
        return QVariant();
    }
    if (stmt->isNull(0))
        return QVariant();
    const int type = sqlite3_column_type(stmt->m_stmt, 0);
    if (type == SQLITE_INTEGER)
        return QVariant(stmt->int64(0));
    if (type == SQLITE_BLOB)
        return QVariant(stmt->blob(0));
    return QVariant(stmt->text(0));
}

Status Database::begin() { return runCached(QStringLiteral("BEGIN IMMEDIATE")); }
Status Database::commit() { return runCached(QStringLiteral("COMMIT")); }
Status Database::rollback() { return runCached(QStringLiteral("ROLLBACK")); }

Status Database::runCached(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    return stmt->exec();
}
qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_handle); }
int Database::changes() const { return sqlite3_changes(m_handle); }

QStringList Database::integrityProblems()
{
    QStringList problems;
    for (const char *pragma : {"PRAGMA cipher_integrity_check", "PRAGMA quick_check"}) {
        auto stmt = prepare(QString::fromLatin1(pragma));
        if (!stmt) {
            problems << stmt.error().message;
            continue;
        }
        while (stmt->step()) {
            const QString row = stmt->text(0);
            if (row != QLatin1String("ok"))
                problems << row;
        }
        if (stmt->failed())
            problems << stmt->error().message;
    }
    return problems;
}

QString Database::linkedCipherVersion()
{
    sqlite3 *handle = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(handle);
    return version;
}

QString Database::linkedSqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }

Error Database::lastError(const QString &code) const
{
    const int rc = sqlite3_extended_errcode(m_handle);
    QString kind = code;
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        kind = QStringLiteral("corrupt");
    return makeError(kind, QStringLiteral("Database error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

// ---- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db), m_started(db.begin()) {}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        (void)m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    m_done = true;
    Status committed = m_db.commit();
    if (!committed)
        (void)m_db.rollback();
    return committed;
}

} // namespace saisie::vault
