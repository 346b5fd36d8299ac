#pragma once
// The only door to SQLCipher: the SQLite C API behind small RAII types (never QtSql, whose QSQLITE
// driver would bring a second SQLite into the process, SECURITY.md S3).
// Opening fails closed (S2): the cipher must answer, every setting is read back, a wrong key is
// reported as such, and no error path ever deletes or recreates the file.
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace saisie::vault {

class Database;

/// A prepared statement. Bind by 1-based index, step, read columns by 0-based index.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    /// Advances: true when a row is available, false when done. Errors are kept in error().
    bool step();
    /// Steps to completion (for statements without result rows); returns success or the error.
    Status exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    bool failed() const { return m_failed; }
    Error error() const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, QString cacheKey)
        : m_db(db), m_stmt(stmt), m_cacheKey(std::move(cacheKey))
    {
    }
    void release();
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_cacheKey; // non-empty: goes back to the database's statement cache when done
    bool m_failed = false;
};

/// What an open connection actually runs with, read back from SQLCipher after opening.
struct CipherSettings {
    QString cipherVersion;
    QString cipherProvider;
    int pageSize = 0;
    bool memorySecurity = false;
    QString journalMode;
    int synchronous = -1;
    bool secureDelete = false;
    int tempStore = -1;
};

class Database
{
public:
    enum class OpenMode { ExistingOnly, CreateNew };

    /// Opens (or, with CreateNew, creates) an encrypted database with a raw 256-bit key.
    /// Errors: "plain_sqlite" (no cipher answered), "wrong_key" (cannot read with this key),
    /// "exists" (CreateNew on an existing file), "missing", "settings", "io".
    static Expected<std::unique_ptr<Database>> open(const QString &path, const SecureBuffer &rawKey, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Prepared statements are cached by SQL text and reset on release: the hot paths (saving a
    /// draft, the audit append, listing) would otherwise spend most of their time in the parser.
    Expected<Statement> prepare(const QString &sql);
    /// Runs one or more statements without parameters or result rows.
    Status exec(const QString &sql);
    /// Runs a statement returning a single value (first column of the first row).
    Expected<QVariant> scalar(const QString &sql);

    Status begin();    // BEGIN IMMEDIATE: the single writer takes the lock up front
    Status commit();
    Status rollback();
    qint64 lastInsertRowId() const;
    int changes() const;

    const CipherSettings &settings() const { return m_settings; }
    /// PRAGMA cipher_integrity_check (page HMACs) then PRAGMA quick_check; empty list = clean.
    QStringList integrityProblems();
    /// The SQLCipher version string linked into this process, without opening a file.
    static QString linkedCipherVersion();
    static QString linkedSqliteVersion();
    /// Path of a shared SQLite library mapped into this process, or empty. Open refuses when one is.
    static QString foreignSqliteMapped();

    Error lastError(const QString &code = QStringLiteral("sql")) const;

private:
    friend class Statement;
    explicit Database(sqlite3 *handle) : m_handle(handle) {}
    Status configure(const SecureBuffer &rawKey);
    void recycle(const QString &sql, sqlite3_stmt *stmt);
    Status runCached(const QString &sql);
    sqlite3 *m_handle = nullptr;
    CipherSettings m_settings;
    QHash<QString, sqlite3_stmt *> m_cache;
};

/// Rolls back unless commit() succeeded; keeps every write path "all or nothing".
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace saisie::vault
