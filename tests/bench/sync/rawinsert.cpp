#include "rawinsert.h"

#include "../raw.h"

#include <QElapsedTimer>
#include <QStringList>
#include <libpq-fe.h>
#include <sodium.h>

#include <memory>

namespace saisie::bench::sync {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("bench"), message); }

struct PgConn
{
    PGconn *conn = nullptr;
    ~PgConn() { PQfinish(conn); }
    QString error() const { return QString::fromUtf8(PQerrorMessage(conn)).trimmed(); }
    bool exec(const QByteArray &sql, QString *message)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(conn, sql.constData()), &PQclear);
        const auto status = PQresultStatus(r.get());
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return true;
        *message = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
        return false;
    }
};

Expected<std::unique_ptr<PgConn>> connect(const QString &conninfo)
{
    auto c = std::make_unique<PgConn>();
    c->conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(c->conn) != CONNECTION_OK)
        return fail(QStringLiteral("PostgreSQL connection failed: %1").arg(c->error()));
    return c;
}
} // namespace

Expected<double> rawCipherInserts(const QString &path, const QList<QByteArray> &rows)
{
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    RawCipherDb db;
    QString error;
    if (!db.open(path, key, true, &error))
        return fail(QStringLiteral("raw SQLCipher: %1").arg(error));
    sodium_memzero(key.data(), size_t(key.size()));
    RawInserter inserter(db);
    if (!inserter.prepare(&error))
        return fail(QStringLiteral("raw SQLCipher: %1").arg(error));
    QElapsedTimer t;
    t.start();
    for (const QByteArray &row : rows)
        if (!inserter.insert(row, &error))
            return fail(QStringLiteral("raw SQLCipher insert: %1").arg(error));
    return double(t.nsecsElapsed()) / 1e6;
}

Expected<double> rawPostgresInserts(const QString &conninfo, const QList<QByteArray> &rows)
{
    auto c = connect(conninfo);
    if (!c)
        return c.error();
    PgConn &pg = **c;
    QByteArray suffix(6, '\0');
    randombytes_buf(suffix.data(), size_t(suffix.size()));
    const QByteArray table = "saisie_bench_raw_" + suffix.toHex();
    QString error;
    if (!pg.exec("CREATE TABLE " + table + " (id bigserial PRIMARY KEY, document bytea NOT NULL)", &error))
        return fail(QStringLiteral("raw PostgreSQL: %1").arg(error));
    const QByteArray insert = "INSERT INTO " + table + " (document) VALUES ($1)";
    std::unique_ptr<PGresult, decltype(&PQclear)> prepared(PQprepare(pg.conn, "raw_insert", insert.constData(), 1, nullptr),
                                                          &PQclear);
    double ms = -1;
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        error = QString::fromUtf8(PQresultErrorMessage(prepared.get())).trimmed();
    } else {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &row : rows) {
            const char *values[1] = {row.constData()};
            const int lengths[1] = {int(row.size())};
            const int formats[1] = {1}; // binary: bytea as is
            std::unique_ptr<PGresult, decltype(&PQclear)> r(
                PQexecPrepared(pg.conn, "raw_insert", 1, values, lengths, formats, 0), &PQclear);
            if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
                error = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
                break;
            }
        }
        if (error.isEmpty())
            ms = double(t.nsecsElapsed()) / 1e6;
    }
    QString dropError;
    pg.exec("DROP TABLE " + table, &dropError);
    if (ms < 0)
        return fail(QStringLiteral("raw PostgreSQL insert: %1").arg(error));
    return ms;
}

Expected<QString> postgresVersion(const QString &conninfo)
{
    auto c = connect(conninfo);
    if (!c)
        return c.error();
    PgConn &pg = **c;
    const int v = PQserverVersion(pg.conn);
    // Durability settings decide what a commit costs; a throw-away test cluster often runs fsync=off.
    QStringList settings;
    for (const char *name : {"fsync", "synchronous_commit"}) {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(pg.conn, (QByteArray("SHOW ") + name).constData()), &PQclear);
        if (PQresultStatus(r.get()) == PGRES_TUPLES_OK && PQntuples(r.get()) == 1)
            settings << QStringLiteral("%1=%2").arg(QLatin1String(name), QString::fromUtf8(PQgetvalue(r.get(), 0, 0)));
    }
    return QStringLiteral("PostgreSQL %1.%2 (%3)").arg(v / 10000).arg(v % 10000).arg(settings.join(QStringLiteral(", ")));
}

} // namespace saisie::bench::sync
