#include "pgtestschema.h"

#include <QRandomGenerator>
#include <QStringList>
#include <libpq-fe.h>

namespace saisie::server::test {

namespace {
// Quotes a conninfo value for the keyword=value form.
QString quoted(const char *value)
{
    QString v = QString::fromUtf8(value);
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

bool run(const QString &conninfo, const QString &sql, QString *error)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(conn, sql.toUtf8().constData());
        ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    if (!ok && error)
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQfinish(conn);
    return ok;
}
} // namespace

PgTestSchema::~PgTestSchema() { drop(); }

bool PgTestSchema::create(QString *error)
{
    m_base = qEnvironmentVariable("SAISIE_TEST_POSTGRES");
    if (m_base.isEmpty()) {
        *error = QStringLiteral("SAISIE_TEST_POSTGRES is not set, so the PostgreSQL store cannot be tested. Start a "
                                "throwaway server with `scripts/pg-test-cluster start /tmp/saisie-pg` and export "
                                "SAISIE_TEST_POSTGRES=$(cat /tmp/saisie-pg/conninfo) (CI does this in .ci/run).");
        return false;
    }
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(m_base.toUtf8().constData(), &parseError);
    if (!options) {
        *error = QStringLiteral("SAISIE_TEST_POSTGRES is not a valid conninfo: %1").arg(QString::fromUtf8(parseError));
        PQfreemem(parseError);
        return false;
    }
    m_schema = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QStringList parts;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && qstrcmp(o->keyword, "options") != 0)
            parts << QString::fromLatin1(o->keyword) + QLatin1Char('=') + quoted(o->val);
    }
    PQconninfoFree(options);
    const QString plain = parts.join(QLatin1Char(' '));
    if (!run(plain, QStringLiteral("CREATE SCHEMA %1").arg(m_schema), error)) {
        m_schema.clear();
        return false;
    }
    m_base = plain;
    m_conninfo = plain + QStringLiteral(" options='-csearch_path=%1'").arg(m_schema);
    return true;
}

void PgTestSchema::drop()
{
    if (m_schema.isEmpty())
        return;
    QString ignored;
    run(m_base, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema), &ignored);
    m_schema.clear();
}

} // namespace saisie::server::test
