#pragma once
// The small libpq layer under PostgresServerStore: a pool of connections (one per concurrently
// calling thread), parameterised statements only (PQexecParams, bytea sent binary), results read
// as text, and a SERIALIZABLE transaction runner that starts over when PostgreSQL reports that a
// concurrent transaction got in the way.
#include "common/expected.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct pg_conn;
struct pg_result;

namespace saisie::server {

class PgResult
{
public:
    explicit PgResult(pg_result *result);
    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;
    QByteArray bytea(int row, int column) const;
    /// Rows touched by INSERT/UPDATE/DELETE.
    qint64 affected() const;

private:
    std::shared_ptr<pg_result> m_result;
};

class PgParams
{
public:
    PgParams &add(const QString &text);
    PgParams &add(qint64 value);
    PgParams &add(int value) { return add(qint64(value)); }
    PgParams &addBool(bool value);
    PgParams &addBytea(const QByteArray &bytes);
    PgParams &addNull();
    /// Null for a null or empty string: optional text columns hold NULL, never ''.
    PgParams &addOptional(const QString &text);

private:
    friend class PgTransaction;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_binary;
};

/// Statements inside one transaction on one connection. Errors carry code "pg_retry" when the
/// whole transaction should run again (serialization failure, deadlock, concurrent unique insert).
class PgTransaction
{
public:
    explicit PgTransaction(pg_conn *conn) : m_conn(conn) {}
    Expected<PgResult> exec(const char *sql, const PgParams &params = {});

private:
    pg_conn *m_conn;
};

class PgPool
{
public:
    ~PgPool();
    /// Connects once to prove the conninfo, keeps that connection for later use.
    static Expected<std::unique_ptr<PgPool>> open(const QString &conninfo);

    /// Returns the connection to the pool when destroyed (or closes it if it broke).
    class Lease
    {
    public:
        Lease(PgPool *pool, pg_conn *conn) : m_pool(pool), m_conn(conn) {}
        Lease(Lease &&other) noexcept : m_pool(other.m_pool), m_conn(other.m_conn) { other.m_conn = nullptr; }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Lease &operator=(Lease &&) = delete;
        ~Lease();
        pg_conn *get() const { return m_conn; }

    private:
        PgPool *m_pool;
        pg_conn *m_conn;
    };
    Expected<Lease> acquire();
    /// Runs raw SQL text without parameters (schema creation).
    Status execScript(pg_conn *conn, const char *sql);

private:
    explicit PgPool(QByteArray conninfo) : m_conninfo(std::move(conninfo)) {}
    Expected<pg_conn *> connect();
    void release(pg_conn *conn);

    QByteArray m_conninfo;
    std::mutex m_mutex;
    std::vector<pg_conn *> m_free;
};

namespace pg {
/// BEGIN ISOLATION LEVEL SERIALIZABLE; body; COMMIT. Starts over (up to 30 times, with a short
/// random pause) when the body or the commit fails with "pg_retry".
Status begin(pg_conn *conn);
Status commit(pg_conn *conn);
void rollback(pg_conn *conn);
void pauseBeforeRetry(int attempt);
constexpr int kMaxAttempts = 30;
} // namespace pg

template <typename T>
Expected<T> pgTransact(PgPool &pool, const std::function<Expected<T>(PgTransaction &)> &body)
{
    auto lease = pool.acquire();
    if (!lease)
        return lease.error();
    for (int attempt = 1;; ++attempt) {
        if (Status started = pg::begin(lease->get()); !started)
            return started.error();
        PgTransaction tx(lease->get());
        Expected<T> result = body(tx);
        Status committed = success();
        if (result.ok())
            committed = pg::commit(lease->get());
        else
            pg::rollback(lease->get());
        const Error *failure = !result.ok() ? &result.error() : (!committed.ok() ? &committed.error() : nullptr);
        if (!failure)
            return result;
        if (failure->code != QLatin1String("pg_retry") || attempt >= pg::kMaxAttempts) {
            if (failure->code == QLatin1String("pg_retry"))
                return makeError(QStringLiteral("busy"), QStringLiteral("The database stayed too busy to complete "
                                                                        "the operation; try again."));
            return *failure;
        }
        pg::pauseBeforeRetry(attempt);
    }
}

} // namespace saisie::server
