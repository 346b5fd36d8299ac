#pragma once
// Raw baselines: the same primitives the store builds on (SQLite C API on SQLCipher,
// libsodium secretstream + SHA-256 + write + fsync, crypto_pwhash), with none of Saisie's code
// in between. Each figure in the table is compared with one of these, measured in the same run.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace saisie::bench {

/// One SQLCipher connection opened through the C API with a raw 256-bit key in x'..' form and the
/// store's pragmas (cipher_memory_security=ON, journal_mode=WAL, synchronous=FULL,
/// secure_delete=ON, temp_store=MEMORY).
class RawCipherDb
{
public:
    RawCipherDb() = default;
    ~RawCipherDb();
    RawCipherDb(const RawCipherDb &) = delete;
    RawCipherDb &operator=(const RawCipherDb &) = delete;

    bool open(const QString &path, const QByteArray &rawKey, bool create, QString *error);
    bool exec(const char *sql, QString *error);
    QString pragma(const char *sql); // first column of the first row, as text
    sqlite3 *handle() const { return m_db; }
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
};

/// INSERT of one blob per transaction: BEGIN IMMEDIATE; INSERT (prepared once); COMMIT.
class RawInserter
{
public:
    explicit RawInserter(RawCipherDb &db) : m_db(db) {}
    ~RawInserter();
    RawInserter(const RawInserter &) = delete;
    RawInserter &operator=(const RawInserter &) = delete;
    bool prepare(QString *error);
    bool insert(const QByteArray &document, QString *error);

private:
    RawCipherDb &m_db;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

/// Hand-written list queries on the store's own file, through a second read connection: an exact
/// identifier lookup on the search_keys index joined to seizures by primary key, and the first
/// page in updated_at order. Same result columns as SeizureRepository::list.
class RawSearch
{
public:
    explicit RawSearch(RawCipherDb &db) : m_db(db) {}
    ~RawSearch();
    RawSearch(const RawSearch &) = delete;
    RawSearch &operator=(const RawSearch &) = delete;
    bool prepare(QString *error);
    /// Returns the number of rows, or -1 on error. uuids (may be null) receives the uuid column.
    int exact(const QString &normalizedValue, QStringList *uuids);
    int firstPage(int limit);

private:
    int run(sqlite3_stmt *stmt, QStringList *uuids);
    RawCipherDb &m_db;
    sqlite3_stmt *m_exact = nullptr;
    sqlite3_stmt *m_page = nullptr;
};

/// Any read-only statement, prepared once, bound with text/integer values, stepped to the end.
/// Used for diagnostic variants of the repository's SQL.
class RawQuery
{
public:
    explicit RawQuery(RawCipherDb &db) : m_db(db) {}
    ~RawQuery();
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;
    bool prepare(const QByteArray &sql, QString *error);
    /// Binds values (QString as text, int as integer) to ?1.., returns rows or -1.
    int run(const QVariantList &binds);
    /// Time of sqlite3_prepare_v3 + sqlite3_finalize of `sql`, in ms (parse and plan only).
    static double prepareMs(RawCipherDb &db, const QByteArray &sql);

private:
    RawCipherDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// crypto_secretstream_xchacha20poly1305 push of `bytes` in 64 KiB chunks (same header and
/// associated-data layout as the blob store), SHA-256 over the plaintext, write(2) to a new file,
/// fsync, close. No rename, no directory fsync.
bool rawBlobWrite(const QString &path, const QByteArray &bytes, const unsigned char *key, const QByteArray &ad,
                  QString *error);

/// crypto_pwhash (Argon2id13) of `pin` into a 32-byte key with a random 16-byte salt.
bool rawPwhash(const QByteArray &pin, unsigned long long opslimit, std::size_t memlimit);

} // namespace saisie::bench
