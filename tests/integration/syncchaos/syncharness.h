#pragma once
// The real processes of the sync chaos tests (SECURITY.md "Sync" chaos test): a throw-away PKI,
// saisie-server (init, enrol, serve; SIGKILL and restart on the same data directory and port),
// saisie_chaosproxy between tablet and server, and saisiectl as the tablet (profile, enrolment,
// sync, check). Everything lives under one temporary root; nothing here asserts, every step
// returns a Status whose message says which process failed and quotes its stderr.
#include "common/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <random>

namespace saisie::synctest {

/// The seed of a run: the environment variable `name` when set, else a fresh random one; printed
/// on stdout either way so that a failure can be replayed.
quint64 runSeed(const char *name);
/// An integer knob from the environment (e.g. SAISIE_CHAOS_RECORDS), `fallback` when unset.
int envInt(const char *name, int fallback);

/// A loopback port nobody listens on right now.
quint16 freeLoopbackPort();

struct ProcessResult {
    bool started = false;
    bool finished = false;      // false: timed out and was killed
    bool crashed = false;       // killed by a signal
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return started && finished && !crashed && exitCode == 0; }
    QString describe() const;   // one line: exit status and the tail of stderr
};

/// With SAISIE_SYNC_KEEP set, the run's directory (server log, proxy log, client logs) is kept
/// and its path printed.
void keepForInspection(QTemporaryDir &dir);
/// Appends a finished sync run's stderr to ROOT/client-runs.log (the engine's log lines).
void appendClientLog(const QString &root, int run, const ProcessResult &result);

/// Runs a program to completion, feeding `input` on stdin (then closing it).
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                         int timeoutMs, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// The national side: PKI in ROOT/pki, server data in ROOT/server, log in ROOT/server/serve.log
/// (appended across restarts).
class ServerProcess
{
public:
    explicit ServerProcess(QString root);
    ~ServerProcess(); // SIGKILLs a running server

    /// make-test-pki, then `saisie-server init` listening on 127.0.0.1:<a free port> and
    /// announcing https://localhost:<publicPort> (the proxy's port; 0: the server's own port).
    /// maxChunk > 0 rewrites server.json's maxChunk (bounds the client's chunk size).
    Status init(quint16 publicPort = 0, qint64 maxChunk = 0);
    /// `enrol --json`: one enrolment code, as the QR payload text.
    Expected<QByteArray> enrolmentPayload();
    /// `serve`; returns once the server printed "listening". faults: SAISIE_SERVER_FAULTS value.
    Status start(const QString &faults = {});
    /// SIGKILL (no chance to flush or finish a transaction), then waits for the process to go.
    void kill();
    /// SIGTERM and wait (a clean stop before the store is read by the checker).
    Status stop();
    bool running() const;

    quint16 port() const { return m_port; }
    QString publicUrl() const { return m_publicUrl; }
    QString pkiDir() const { return m_pki; }
    QString dataDir() const { return m_data; }
    QString caPem() const { return m_pki + QStringLiteral("/ca.pem"); }
    QString logPath() const { return m_data + QStringLiteral("/serve.log"); }
    /// Injected 503 answers in the log (route "-" and status 503), over every run so far.
    int injected503() const;
    /// Records inserted (PUT record answered 201) according to the log, over every run so far.
    int recordsCreated() const;
    /// Every request the server logged (any route, any status), over every run so far.
    int requestsLogged() const;

private:
    Expected<QByteArray> admin(const QStringList &arguments);
    QString m_root, m_pki, m_data, m_publicUrl;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_serve;
};

/// saisie_chaosproxy: listens on a fixed loopback port (so it can be replaced by another proxy
/// with other faults without the tablet noticing) and forwards to the server.
class ProxyProcess
{
public:
    ProxyProcess() = default;
    ~ProxyProcess(); // SIGKILLs a running proxy
    /// faultArguments: e.g. {"--cut-rate", "0.2"}; the log (counters) goes to logFile.
    Status start(quint16 listenPort, quint16 upstreamPort, quint64 seed, const QStringList &faultArguments,
                 const QString &logFile);
    /// SIGTERM: the proxy appends its counters to the log and exits; returns those counters.
    Expected<QJsonObject> stop();

private:
    std::unique_ptr<QProcess> m_proxy;
    QString m_log;
};

/// The tablet, driven through saisiectl with its data root in ROOT/client.
class ClientDevice
{
public:
    explicit ClientDevice(QString root);
    QString dataRoot() const { return m_data; }
    static QByteArray pinLine(); // the test PIN and a newline (never printed)
    static QByteArray pin();

    /// `profile create --alias chaos --kdf interactive` (PIN on stdin).
    Status createProfile();
    /// `device enrol --qr FILE --national-ca PEM` with the payload of ServerProcess::enrolmentPayload.
    Status enrol(const QByteArray &qrPayload, const QString &caPem);
    /// The arguments of one `sync --until-idle --timeout S` run (for a QProcess the test may kill).
    QStringList syncArguments(int timeoutSeconds) const;
    /// Runs sync to its end; the JSON summary it printed is in result.out. While it runs, `tick`
    /// is called about every 100 ms; when it returns false the run is SIGKILLed (result.crashed).
    ProcessResult sync(int timeoutSeconds, const std::function<bool()> &tick = {}) const;
    /// Diagnosis only: `sync retry` for every parked entry (listed by `sync status`); returns how
    /// many were unparked, or -1 when saisiectl failed. Tests that use it still fail at the end
    /// when it unparked anything: it only lets a run go on to show its other figures.
    int unparkAll() const;
    /// `saisiectl check`.
    ProcessResult check() const;

private:
    QString m_root, m_data;
};

/// The common start of every scenario: `server.init(publicPort)`, `serve` without faults, a
/// fault-free proxy on proxyPort when it is not 0 (enrolment is not what is under test), a
/// profile, and the device enrolled through that path. The proxy is stopped again on return.
Status enrolDevice(ServerProcess &server, ClientDevice &client, quint16 proxyPort, qint64 maxChunk = 0);

/// Reads the sync summary printed by saisiectl sync (empty object if it printed none).
QJsonObject parseSummary(const QByteArray &stdoutBytes);
/// The last JSON line of a proxy log, as counters.
QJsonObject lastJsonLine(const QString &path);

} // namespace saisie::synctest
