#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUuid>
#include <libpq-fe.h>

namespace saisie::testing {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Appends options=-csearch_path=SCHEMA to a key=value or URI conninfo.
QString withSearchPath(const QString &conninfo, const QString &schema)
{
    if (conninfo.startsWith(QLatin1String("postgres://")) || conninfo.startsWith(QLatin1String("postgresql://")))
        return conninfo + (conninfo.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("options=-csearch_path%3D") + schema;
    return conninfo + QStringLiteral(" options='-csearch_path=") + schema + QLatin1Char('\'');
}

} // namespace

ServerProcess::~ServerProcess() { stop(); }

int ServerProcess::run(const QStringList &args, QByteArray *out, QByteArray *err) const
{
    QProcess proc;
    proc.start(QStringLiteral(SAISIE_SERVER_BIN), args);
    if (!proc.waitForFinished(120000))
        return -1;
    if (out)
        *out = proc.readAllStandardOutput();
    if (err)
        *err = proc.readAllStandardError();
    return proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
}

bool ServerProcess::storeLocation(QString *location, QString *error)
{
    m_backend = qEnvironmentVariable("SAISIE_TEST_BACKEND", QStringLiteral("embedded"));
    if (m_backend == QLatin1String("embedded")) {
        *location = QStringLiteral("sqlcipher:") + m_tmp.filePath(QStringLiteral("data/store"));
        return true;
    }
    if (m_backend != QLatin1String("postgres")) {
        *error = QStringLiteral("SAISIE_TEST_BACKEND must be embedded or postgres");
        return false;
    }
    const QString conninfo = qEnvironmentVariable("SAISIE_TEST_POSTGRES");
    if (conninfo.isEmpty()) {
        *error = QStringLiteral("SAISIE_TEST_BACKEND=postgres needs SAISIE_TEST_POSTGRES (a libpq conninfo); "
                                "scripts/pg-test-cluster start DIR prints one");
        return false;
    }
    // A fresh schema per run, so runs never see each other's rows.
    const QString schema = QStringLiteral("api_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    const bool connected = PQstatus(conn) == CONNECTION_OK;
    PGresult *result = connected ? PQexec(conn, ("CREATE SCHEMA " + schema.toLatin1()).constData()) : nullptr;
    const bool created = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!created)
        *error = QStringLiteral("PostgreSQL at SAISIE_TEST_POSTGRES: %1").arg(QString::fromUtf8(PQerrorMessage(conn)));
    PQclear(result);
    PQfinish(conn);
    *location = withSearchPath(conninfo, schema);
    return created;
}

bool ServerProcess::start(QString *error, const QStringList &extraEnv)
{
    const QString pki = m_tmp.filePath(QStringLiteral("pki"));
    QProcess make;
    make.start(QStringLiteral("bash"), {QStringLiteral(SAISIE_MAKE_TEST_PKI), pki});
    if (!make.waitForFinished(60000) || make.exitCode() != 0) {
        *error = QStringLiteral("make-test-pki failed: ") + QString::fromUtf8(make.readAllStandardError());
        return false;
    }
    m_ca = QSslCertificate::fromPath(pki + QStringLiteral("/ca.pem"));
    const QStringList pins = QString::fromLatin1(readAll(pki + QStringLiteral("/pins.txt"))).split(
        QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (m_ca.isEmpty() || pins.size() < 2) {
        *error = QStringLiteral("the test PKI is incomplete");
        return false;
    }
    QString store;
    if (!storeLocation(&store, error))
        return false;
    // init and server.json refuse port 0 (serve itself would bind any free port), so a free port
    // is picked here; the public URL names it, as in a real deployment.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("no free local port");
        return false;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    m_publicUrl = QStringLiteral("https://") + listen;
    QByteArray out;
    QByteArray err;
    const QStringList init{QStringLiteral("init"), QStringLiteral("--data"), dataDir(),
                           QStringLiteral("--url"), m_publicUrl,
                           QStringLiteral("--listen"), listen,
                           QStringLiteral("--tls-cert"), pki + QStringLiteral("/server.pem"),
                           QStringLiteral("--tls-key"), pki + QStringLiteral("/server.key"),
                           QStringLiteral("--ca-certs"), pki + QStringLiteral("/ca.pem"),
                           QStringLiteral("--backup-pin"), pins.value(1).trimmed(),
                           QStringLiteral("--store"), store};
    if (run(init, &out, &err) != 0) {
        *error = QStringLiteral("saisie-server init failed: ") + QString::fromUtf8(err);
        return false;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : extraEnv)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    m_server.setProcessEnvironment(env);
    m_server.setStandardErrorFile(m_tmp.filePath(QStringLiteral("server.log")));
    m_server.start(QStringLiteral(SAISIE_SERVER_BIN), {QStringLiteral("serve"), QStringLiteral("--data"), dataDir()});
    static const QRegularExpression listening(QStringLiteral("^listening (https://[0-9.]+:[0-9]+)"));
    QByteArray line;
    while (m_server.state() != QProcess::NotRunning && !line.endsWith('\n') && m_server.waitForReadyRead(30000))
        line += m_server.readAllStandardOutput();
    const QRegularExpressionMatch match = listening.match(QString::fromLatin1(line));
    if (!match.hasMatch()) {
        *error = QStringLiteral("saisie-server serve did not start: ") + logText();
        return false;
    }
    m_url = QUrl(match.captured(1));
    return true;
}

int ServerProcess::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return m_server.exitStatus() == QProcess::NormalExit ? m_server.exitCode() : -1;
    m_server.terminate();
    if (!m_server.waitForFinished(30000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
        return -1;
    }
    return m_server.exitStatus() == QProcess::NormalExit ? m_server.exitCode() : -1;
}

QString ServerProcess::logText() const
{
    return QString::fromUtf8(readAll(m_tmp.filePath(QStringLiteral("server.log"))));
}

QString ServerProcess::issueCode(const QString &unit)
{
    QByteArray out;
    QByteArray err;
    if (run({QStringLiteral("enrol"), QStringLiteral("--data"), dataDir(), QStringLiteral("--unit"), unit,
             QStringLiteral("--json")},
            &out, &err) != 0) {
        qWarning("enrol failed: %s", err.constData());
        return {};
    }
    return QJsonDocument::fromJson(out).object().value(QStringLiteral("code")).toString();
}

} // namespace saisie::testing
