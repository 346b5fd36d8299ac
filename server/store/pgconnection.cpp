#include "store/pgconnection.h"

#include <chrono>
#include <cstring>
#include <libpq-fe.h>

namespace saisie::server {

namespace {
void ignoreNotice(void *, const char *) {}

Error connectionError(pg_conn *conn)
{
    return makeError(QStringLiteral("database"),
                     QStringLiteral("PostgreSQL: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
}

bool retryable(const char *state)
{
    // serialization_failure, deadlock_detected, unique_violation (a concurrent insert won the race:
    // running again sees its row and answers as for a stored one).
    return state && (!std::strcmp(state, "40001") || !std::strcmp(state, "40P01") || !std::strcmp(state, "23505"));
}
} // namespace

// ---- PgResult --------------------------------------------------------------------------------

PgResult::PgResult(pg_result *result) : m_result(result, PQclear) {}
int PgResult::rows() const { return PQntuples(m_result.get()); }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::int64(int row, int column) const { return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong(); }
bool PgResult::boolean(int row, int column) const { return PQgetvalue(m_result.get(), row, column)[0] == 't'; }

QByteArray PgResult::bytea(int row, int column) const
{
    if (isNull(row, column))
        return {};
    // Text results of bytea are "\x" + hex (bytea_output is set to hex on every connection).
    const QByteArray value(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
    return QByteArray::fromHex(value.mid(2));
}

qint64 PgResult::affected() const { return QByteArray(PQcmdTuples(m_result.get())).toLongLong(); }

// ---- PgParams --------------------------------------------------------------------------------

PgParams &PgParams::add(const QString &text)
{
    if (text.isNull())
        return addNull();
    m_values.push_back(text.toUtf8());
    m_null.push_back(false);
    m_binary.push_back(0);
    return *this;
}

PgParams &PgParams::add(qint64 value) { return add(QString::number(value)); }
PgParams &PgParams::addBool(bool value) { return add(value ? QStringLiteral("true") : QStringLiteral("false")); }

PgParams &PgParams::addBytea(const QByteArray &bytes)
{
    if (bytes.isNull())
        return addNull();
    m_values.push_back(bytes);
    m_null.push_back(false);
    m_binary.push_back(1);
    return *this;
}

PgParams &PgParams::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
    m_binary.push_back(0);
    return *this;
}

PgParams &PgParams::addOptional(const QString &text) { return text.isEmpty() ? addNull() : add(text); }

// ---- PgTransaction ---------------------------------------------------------------------------

Expected<PgResult> PgTransaction::exec(const char *sql, const PgParams &params)
{
    const int n = int(params.m_values.size());
    std::vector<const char *> values(static_cast<size_t>(n));
    std::vector<int> lengths(static_cast<size_t>(n));
    for (size_t i = 0; i < size_t(n); ++i) {
        values[i] = params.m_null[i] ? nullptr : params.m_values[i].constData();
        lengths[i] = int(params.m_values[i].size());
    }
    pg_result *raw = PQexecParams(m_conn, sql, n, nullptr, values.data(), lengths.data(), params.m_binary.data(), 0);
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(raw);
    const char *state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    // The primary message only: DETAIL lines would quote key values.
    const char *primary = raw ? PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    Error error = makeError(retryable(state) ? QStringLiteral("pg_retry") : QStringLiteral("database"),
                            QStringLiteral("PostgreSQL: %1").arg(primary ? QString::fromUtf8(primary)
                                                                         : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    PQclear(raw);
    return error;
}

// ---- PgPool ----------------------------------------------------------------------------------

PgPool::~PgPool()
{
    for (pg_conn *conn : m_free)
        PQfinish(conn);
}

Expected<std::unique_ptr<PgPool>> PgPool::open(const QString &conninfo)
{
    std::unique_ptr<PgPool> pool(new PgPool(conninfo.toUtf8()));
    auto first = pool->connect();
    if (!first)
        return first.error();
    pool->release(*first);
    return pool;
}

Expected<pg_conn *> PgPool::connect()
{
    pg_conn *conn = PQconnectdb(m_conninfo.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        Error error = connectionError(conn);
        PQfinish(conn);
        return error;
    }
    // CREATE TABLE IF NOT EXISTS and friends would print NOTICEs on stderr otherwise.
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    if (Status set = execScript(conn, "SET bytea_output = 'hex'; SET client_encoding = 'UTF8'"); !set) {
        PQfinish(conn);
        return set.error();
    }
    return conn;
}

Expected<PgPool::Lease> PgPool::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            pg_conn *conn = m_free.back();
            m_free.pop_back();
            return Lease(this, conn);
        }
    }
    auto conn = connect();
    if (!conn)
        return conn.error();
    return Lease(this, *conn);
}

void PgPool::release(pg_conn *conn)
{
    // A broken connection (server restart, network) is dropped; the next call opens a new one.
    if (PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) != PQTRANS_IDLE) {
        PQfinish(conn);
        return;
    }
    std::lock_guard lock(m_mutex);
    m_free.push_back(conn);
}

PgPool::Lease::~Lease()
{
    if (m_conn)
        m_pool->release(m_conn);
}

Status PgPool::execScript(pg_conn *conn, const char *sql)
{
    pg_result *raw = PQexec(conn, sql);
    const ExecStatusType status = PQresultStatus(raw);
    PQclear(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return connectionError(conn);
    return success();
}

// ---- transactions ----------------------------------------------------------------------------

namespace pg {

Status begin(pg_conn *conn)
{
    PgTransaction tx(conn);
    auto r = tx.exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
    if (!r)
        return r.error();
    return success();
}

Status commit(pg_conn *conn)
{
    PgTransaction tx(conn);
    auto r = tx.exec("COMMIT");
    if (!r) {
        rollback(conn);
        return r.error();
    }
    return success();
}

void rollback(pg_conn *conn)
{
    PQclear(PQexec(conn, "ROLLBACK"));
}

void pauseBeforeRetry(int attempt)
{
    // Random, growing pauses break the lockstep of writers that keep colliding.
    const int ceilingMs = qMin(2 + attempt * 3, 50);
    std::this_thread::sleep_for(std::chrono::milliseconds(QRandomGenerator::global()->bounded(1, ceilingMs + 1)));
}

} // namespace pg

} // namespace saisie::server
