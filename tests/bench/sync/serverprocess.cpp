#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QThread>

namespace saisie::bench::sync {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("bench"), message); }

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QByteArray lastLines(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = f.readAll().split('\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n');
}
} // namespace

Expected<QString> makeTestPki(const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SAISIE_MAKE_TEST_PKI), {dir});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(QStringLiteral("make-test-pki %1 failed: %2").arg(dir, QString::fromLocal8Bit(p.readAll())));
    return dir;
}

ServerProcess::ServerProcess(QString pkiDir, QString dataDir) : m_pki(std::move(pkiDir)), m_data(std::move(dataDir)) {}

ServerProcess::~ServerProcess() { (void)stop(); }

QString ServerProcess::executable()
{
    const QString env = qEnvironmentVariable("SAISIE_SERVER");
    return env.isEmpty() ? QStringLiteral(SAISIE_SERVER_EXE) : env;
}

QString ServerProcess::authority() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

Expected<QByteArray> ServerProcess::runAdmin(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(executable(), arguments);
    const bool finished = p.waitForFinished(timeoutMs);
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished)
            p.kill();
        return fail(QStringLiteral("saisie-server %1 failed (exit %2): %3")
                        .arg(arguments.value(0))
                        .arg(p.exitCode())
                        .arg(QString::fromLocal8Bit(err.trimmed())));
    }
    return out;
}

Status ServerProcess::init(const QString &store)
{
    QFile pinsFile(m_pki + QStringLiteral("/pins.txt"));
    if (!pinsFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(pinsFile.fileName()));
    const QList<QByteArray> pins = pinsFile.readAll().trimmed().split('\n');
    if (pins.size() < 2)
        return fail(QStringLiteral("%1 lists fewer than two pins").arg(pinsFile.fileName()));
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port"));
    m_origin = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    auto done = runAdmin({QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--url"), m_origin,
                          QStringLiteral("--tls-cert"), m_pki + QStringLiteral("/server.pem"),
                          QStringLiteral("--tls-key"), m_pki + QStringLiteral("/server.key"),
                          QStringLiteral("--ca-certs"), m_pki + QStringLiteral("/ca.pem"),
                          QStringLiteral("--backup-pin"), QString::fromLatin1(pins.at(1).trimmed()),
                          QStringLiteral("--store"), store, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port)},
                         120000);
    if (!done)
        return done.error();
    return success();
}

Expected<QByteArray> ServerProcess::enrolmentPayload()
{
    return runAdmin({QStringLiteral("enrol"), QStringLiteral("--data"), m_data, QStringLiteral("--unit"), QStringLiteral("bench"),
                     QStringLiteral("--json")},
                    60000);
}

Status ServerProcess::start()
{
    const QString log = m_data + QStringLiteral("/server.log");
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::MergedChannels);
    m_serve->setStandardOutputFile(log, QIODevice::Append);
    m_serve->start(executable(), {QStringLiteral("serve"), QStringLiteral("--data"), m_data});
    if (!m_serve->waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(executable(), m_serve->errorString()));
    // The log is a file, so poll it for the line the server prints once it accepts connections.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QFile f(log);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains("listening https://"))
            return success();
        if (m_serve->state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    const QByteArray tail = lastLines(log, 15);
    (void)stop();
    return fail(QStringLiteral("saisie-server serve did not report 'listening' within 30 s:\n%1")
                    .arg(QString::fromLocal8Bit(tail)));
}

Status ServerProcess::stop()
{
    if (!m_serve)
        return success();
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(15000)) {
            m_serve->kill();
            m_serve->waitForFinished(5000);
        }
    }
    const bool clean = m_serve->exitStatus() == QProcess::NormalExit && m_serve->exitCode() == 0;
    m_serve.reset();
    return clean ? success() : fail(QStringLiteral("saisie-server serve did not stop cleanly (see %1/server.log)").arg(m_data));
}

} // namespace saisie::bench::sync
