#include "syncharness.h"

#include "config/serverconfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <cstdio>

namespace saisie::synctest {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("harness"), message); }

QByteArray tail(const QByteArray &bytes, int lines)
{
    const QList<QByteArray> all = bytes.trimmed().split('\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join('\n');
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countMatches(const QString &path, const QRegularExpression &pattern)
{
    int n = 0;
    for (const QByteArray &line : readAll(path).split('\n'))
        if (pattern.match(QString::fromLatin1(line)).hasMatch())
            ++n;
    return n;
}

const QByteArray kPin = QByteArrayLiteral("48213957");
} // namespace

quint64 runSeed(const char *name)
{
    bool ok = false;
    quint64 seed = qEnvironmentVariable(name).toULongLong(&ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate64() >> 1;
    std::printf("%s=%llu (set it to replay this run)\n", name, static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    return seed;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariable(name).toInt(&ok);
    return ok ? value : fallback;
}

void keepForInspection(QTemporaryDir &dir)
{
    if (qEnvironmentVariableIsEmpty("SAISIE_SYNC_KEEP"))
        return;
    dir.setAutoRemove(false);
    std::printf("keeping %s\n", qPrintable(dir.path()));
}

void appendClientLog(const QString &root, int run, const ProcessResult &result)
{
    QFile f(root + QStringLiteral("/client-runs.log"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    f.write(QStringLiteral("=== run %1: %2\n").arg(run).arg(result.crashed ? QStringLiteral("SIGKILL")
                                                                          : QString::number(result.exitCode))
                .toUtf8());
    f.write(result.err);
    f.write(result.out);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString ProcessResult::describe() const
{
    QString status = !started ? QStringLiteral("did not start")
                     : !finished ? QStringLiteral("timed out")
                     : crashed   ? QStringLiteral("was killed by a signal")
                                 : QStringLiteral("exit %1").arg(exitCode);
    return status + QStringLiteral(": ") + QString::fromLocal8Bit(tail(err, 6));
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                         int timeoutMs, const QProcessEnvironment &environment)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    r.started = p.waitForStarted(10000);
    if (!r.started) {
        r.err = p.errorString().toLocal8Bit();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// --- server ------------------------------------------------------------------------------------

ServerProcess::ServerProcess(QString root)
    : m_root(std::move(root)), m_pki(m_root + QStringLiteral("/pki")), m_data(m_root + QStringLiteral("/server"))
{
}

ServerProcess::~ServerProcess() { kill(); }

Expected<QByteArray> ServerProcess::admin(const QStringList &arguments)
{
    const ProcessResult r = runProcess(QStringLiteral(SAISIE_SERVER_EXE), arguments, {}, 120000);
    if (!r.ok())
        return fail(QStringLiteral("saisie-server %1 %2").arg(arguments.value(0), r.describe()));
    return r.out;
}

Status ServerProcess::init(quint16 publicPort, qint64 maxChunk)
{
    const ProcessResult pki = runProcess(QStringLiteral(SAISIE_MAKE_TEST_PKI), {m_pki}, {}, 120000);
    if (!pki.ok())
        return fail(QStringLiteral("make-test-pki %1").arg(pki.describe()));
    const QList<QByteArray> pins = readAll(m_pki + QStringLiteral("/pins.txt")).trimmed().split('\n');
    if (pins.size() < 2)
        return fail(QStringLiteral("pins.txt lists fewer than two pins"));
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port"));
    m_publicUrl = QStringLiteral("https://localhost:%1").arg(publicPort ? publicPort : m_port);
    auto done = admin({QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--url"), m_publicUrl,
                       QStringLiteral("--tls-cert"), m_pki + QStringLiteral("/server.pem"), QStringLiteral("--tls-key"),
                       m_pki + QStringLiteral("/server.key"), QStringLiteral("--ca-certs"), caPem(),
                       QStringLiteral("--backup-pin"), QString::fromLatin1(pins.at(1).trimmed()),
                       QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!done)
        return done.error();
    if (maxChunk > 0) {
        auto config = server::ServerConfig::load(m_data);
        if (!config)
            return config.error();
        config->maxChunk = maxChunk;
        if (Status s = config->save(); !s)
            return s;
    }
    return success();
}

Expected<QByteArray> ServerProcess::enrolmentPayload()
{
    return admin({QStringLiteral("enrol"), QStringLiteral("--data"), m_data, QStringLiteral("--unit"),
                  QStringLiteral("chaos-tests"), QStringLiteral("--json")});
}

Status ServerProcess::start(const QString &faults)
{
    if (running())
        return fail(QStringLiteral("the server is already running"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (faults.isEmpty())
        env.remove(QStringLiteral("SAISIE_SERVER_FAULTS"));
    else
        env.insert(QStringLiteral("SAISIE_SERVER_FAULTS"), faults);
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessEnvironment(env);
    m_serve->setStandardErrorFile(logPath(), QIODevice::Append);
    m_serve->start(QStringLiteral(SAISIE_SERVER_EXE), {QStringLiteral("serve"), QStringLiteral("--data"), m_data});
    if (!m_serve->waitForStarted(10000))
        return fail(QStringLiteral("cannot start saisie-server: %1").arg(m_serve->errorString()));
    // stdout carries only the "listening" line; the log (stderr) goes to a file nobody must drain.
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_serve->state() == QProcess::Running) {
        m_serve->waitForReadyRead(100);
        out += m_serve->readAllStandardOutput();
        if (out.contains("listening https://"))
            return success();
    }
    kill();
    return fail(QStringLiteral("saisie-server serve did not report 'listening':\n%1")
                    .arg(QString::fromLocal8Bit(tail(readAll(logPath()), 10))));
}

void ServerProcess::kill()
{
    if (!m_serve)
        return;
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->kill();
        m_serve->waitForFinished(10000);
    }
    m_serve.reset();
}

Status ServerProcess::stop()
{
    if (!m_serve)
        return success();
    m_serve->terminate();
    const bool stopped = m_serve->waitForFinished(20000);
    const bool clean = stopped && m_serve->exitStatus() == QProcess::NormalExit && m_serve->exitCode() == 0;
    kill();
    return clean ? success() : fail(QStringLiteral("saisie-server did not stop cleanly on SIGTERM"));
}

bool ServerProcess::running() const { return m_serve && m_serve->state() != QProcess::NotRunning; }

int ServerProcess::injected503() const
{
    static const QRegularExpression re(QStringLiteral("^saisie-server: [A-Z]+ - 503 "));
    return countMatches(logPath(), re);
}

int ServerProcess::recordsCreated() const
{
    static const QRegularExpression re(QStringLiteral("^saisie-server: PUT /v1/records/\\{uuid\\}/versions/\\{version\\} 201 "));
    return countMatches(logPath(), re);
}

int ServerProcess::requestsLogged() const
{
    static const QRegularExpression re(QStringLiteral("^saisie-server: [A-Z]+ \\S+ [0-9]{3} "));
    return countMatches(logPath(), re);
}

// --- proxy -------------------------------------------------------------------------------------

ProxyProcess::~ProxyProcess()
{
    if (m_proxy && m_proxy->state() != QProcess::NotRunning) {
        m_proxy->kill();
        m_proxy->waitForFinished(5000);
    }
}

Status ProxyProcess::start(quint16 listenPort, quint16 upstreamPort, quint64 seed, const QStringList &faultArguments,
                           const QString &logFile)
{
    m_log = logFile;
    m_proxy = std::make_unique<QProcess>();
    m_proxy->setStandardErrorFile(logFile + QStringLiteral(".stderr"), QIODevice::Append);
    m_proxy->start(QStringLiteral(SAISIE_CHAOSPROXY_EXE),
                   QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(listenPort),
                               QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:%1").arg(upstreamPort),
                               QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--log"), logFile}
                       + faultArguments);
    QByteArray out;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_proxy->state() != QProcess::NotRunning) {
        m_proxy->waitForReadyRead(100);
        out += m_proxy->readAllStandardOutput();
        if (out.contains("listening "))
            return success();
    }
    return fail(QStringLiteral("saisie_chaosproxy did not report 'listening': %1")
                    .arg(QString::fromLocal8Bit(tail(readAll(logFile + QStringLiteral(".stderr")), 5))));
}

Expected<QJsonObject> ProxyProcess::stop()
{
    if (!m_proxy)
        return fail(QStringLiteral("the proxy was not started"));
    m_proxy->terminate();
    const bool stopped = m_proxy->waitForFinished(15000);
    m_proxy.reset();
    if (!stopped)
        return fail(QStringLiteral("saisie_chaosproxy did not stop on SIGTERM"));
    const QJsonObject stats = lastJsonLine(m_log);
    if (stats.isEmpty())
        return fail(QStringLiteral("saisie_chaosproxy wrote no counters to %1").arg(m_log));
    return stats;
}

QJsonObject lastJsonLine(const QString &path)
{
    const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

// --- client ------------------------------------------------------------------------------------

ClientDevice::ClientDevice(QString root) : m_root(std::move(root)), m_data(m_root + QStringLiteral("/client")) {}

QByteArray ClientDevice::pin() { return kPin; }
QByteArray ClientDevice::pinLine() { return kPin + '\n'; }

Status ClientDevice::createProfile()
{
    const ProcessResult r = runProcess(QStringLiteral(SAISIECTL_EXE),
                                       {QStringLiteral("--data-dir"), m_data, QStringLiteral("profile"),
                                        QStringLiteral("create"), QStringLiteral("--alias"), QStringLiteral("chaos"),
                                        QStringLiteral("--kdf"), QStringLiteral("interactive")},
                                       pinLine(), 120000);
    return r.ok() ? success() : fail(QStringLiteral("saisiectl profile create %1").arg(r.describe()));
}

Status ClientDevice::enrol(const QByteArray &qrPayload, const QString &caPem)
{
    const QString qrFile = m_root + QStringLiteral("/enrolment-qr.json");
    QFile f(qrFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(qrPayload) != qrPayload.size())
        return fail(QStringLiteral("cannot write %1").arg(qrFile));
    f.close();
    const ProcessResult r = runProcess(QStringLiteral(SAISIECTL_EXE),
                                       {QStringLiteral("--data-dir"), m_data, QStringLiteral("device"),
                                        QStringLiteral("enrol"), QStringLiteral("--qr"), qrFile,
                                        QStringLiteral("--national-ca"), caPem},
                                       pinLine(), 120000);
    return r.ok() ? success() : fail(QStringLiteral("saisiectl device enrol %1").arg(r.describe()));
}

QStringList ClientDevice::syncArguments(int timeoutSeconds) const
{
    return {QStringLiteral("--data-dir"), m_data, QStringLiteral("sync"), QStringLiteral("--until-idle"),
            QStringLiteral("--timeout"), QString::number(timeoutSeconds)};
}

ProcessResult ClientDevice::sync(int timeoutSeconds, const std::function<bool()> &tick) const
{
    if (!tick)
        return runProcess(QStringLiteral(SAISIECTL_EXE), syncArguments(timeoutSeconds), pinLine(),
                          (timeoutSeconds + 60) * 1000);
    ProcessResult r;
    QProcess p;
    p.start(QStringLiteral(SAISIECTL_EXE), syncArguments(timeoutSeconds));
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    p.write(pinLine());
    p.closeWriteChannel();
    QDeadlineTimer deadline(qint64(timeoutSeconds + 60) * 1000);
    // Output is drained as it comes so a chatty run never blocks on a full pipe.
    while (!(r.finished = p.waitForFinished(100))) {
        r.out += p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        if (deadline.hasExpired() || !tick())
            break;
    }
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10000);
        r.finished = !deadline.hasExpired();
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out += p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}

int ClientDevice::unparkAll() const
{
    const ProcessResult status = runProcess(QStringLiteral(SAISIECTL_EXE),
                                            {QStringLiteral("--data-dir"), m_data, QStringLiteral("sync"),
                                             QStringLiteral("status")},
                                            pinLine(), 120000);
    if (!status.ok())
        return -1;
    int unparked = 0;
    const QJsonArray entries = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("state")).toString() != QLatin1String("parked"))
            continue;
        const ProcessResult r = runProcess(QStringLiteral(SAISIECTL_EXE),
                                           {QStringLiteral("--data-dir"), m_data, QStringLiteral("sync"),
                                            QStringLiteral("retry"), e.value(QStringLiteral("uuid")).toString(),
                                            QStringLiteral("--version"),
                                            QString::number(e.value(QStringLiteral("version")).toInt())},
                                           pinLine(), 120000);
        if (!r.ok())
            return -1;
        ++unparked;
    }
    return unparked;
}

ProcessResult ClientDevice::check() const
{
    return runProcess(QStringLiteral(SAISIECTL_EXE), {QStringLiteral("--data-dir"), m_data, QStringLiteral("check")},
                      pinLine(), 300000);
}

Status enrolDevice(ServerProcess &server, ClientDevice &client, quint16 proxyPort, qint64 maxChunk)
{
    if (Status s = server.init(proxyPort, maxChunk); !s)
        return s;
    if (Status s = server.start(); !s)
        return s;
    ProxyProcess proxy;
    if (proxyPort != 0) {
        if (Status s = proxy.start(proxyPort, server.port(), 1, {}, server.dataDir() + QStringLiteral("/../enrol-proxy.log"));
            !s)
            return s;
    }
    if (Status s = client.createProfile(); !s)
        return s;
    auto payload = server.enrolmentPayload();
    if (!payload)
        return payload.error();
    if (Status s = client.enrol(*payload, server.caPem()); !s)
        return s;
    if (proxyPort != 0) {
        if (auto stopped = proxy.stop(); !stopped)
            return stopped.error();
    }
    return success();
}

QJsonObject parseSummary(const QByteArray &stdoutBytes)
{
    // The summary is the last JSON object printed (earlier lines may be progress).
    const QList<QByteArray> lines = stdoutBytes.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(*it);
        if (doc.isObject())
            return doc.object();
    }
    const QJsonDocument whole = QJsonDocument::fromJson(stdoutBytes);
    return whole.isObject() ? whole.object() : QJsonObject();
}

} // namespace saisie::synctest
