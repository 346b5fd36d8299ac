// saisie_chaosproxy: a seeded, fault-injecting TCP proxy between a TLS client (the tablet's sync
// engine) and a TLS server (the national reference server), for the sync tests. It never
// decrypts: it forwards bytes, and reads at most the 5-byte TLS record headers of the client's
// stream. Every fault is drawn from std::mt19937_64 seeded with --seed and the connection number,
// so connection N gets the same faults in every run with the same seed (chunk-level delays also
// depend on how TCP split the stream, which is not reproducible byte for byte).
//
// Faults:
//   cut      --cut-rate P: per connection, with probability P, pick an offset uniform in
//            [0, --cut-window BYTES) (default 2 MiB) counted over both directions together; when
//            the traffic reaches it, the bytes before it are delivered and both sockets are reset
//            (RST, SO_LINGER 0). A connection that carries fewer bytes than its offset is not cut,
//            so sync requests of a few KiB need a small --cut-window to be cut at all.
//            stderr: "cut conn=N at=OFFSET".
//   delay    --delay-rate P --max-delay-ms N: per forwarded chunk, with probability P, hold it
//            (and everything behind it in that direction) for a uniform 0..N ms. Order is kept.
//   stall    --stall-rate P: per connection, like a cut at a random offset, but the sockets stay
//            open and everything after is swallowed (a black hole): the client's timeouts must
//            fire. stderr: "stall conn=N at=OFFSET".
//   lose-after-response (alias --dup-rate, "duplicate response")
//            --lose-after-response-rate P [--response-quiet-ms N, default 200]: TLS records
//            cannot be replayed by a proxy, so a duplicated response is produced the only way
//            TCP allows: the request reaches the server whole, the server answers (and so has
//            committed), but the client never sees the answer and sees its connection reset.
//            It must repeat the request, and the server must answer the replay with the original
//            result (protocol.md §6). Per connection, with probability P: once the client sends
//            its first application_data record (TLS 1.2: the request; TLS 1.3: the client
//            Finished, sent together with the request), everything the server sends is
//            swallowed; when neither side has sent anything for N ms, both sockets are reset.
//            With TLS 1.3 the server's session tickets also count as an answer, so a server that
//            needs more than N ms to answer may be reset before it has answered: still a lost
//            response from the client's side, but not proof that the server committed.
//            stderr: "lost conn=N held=BYTES". A plain-text stream counts as application data
//            from its first byte.
//   503      cannot be injected into TLS from outside; the reference server has its own
//            fault-injection switch for that.
//
// Output: "listening PORT" on stdout once listening (and PORT in --port-file, written
// atomically), so tests may listen on port 0. On SIGTERM or SIGINT, one JSON line of counters
// is appended to --log (and printed on stderr), and the process exits 0. Bad command line: one
// line on stderr, exit 2. Cannot listen: exit 1.
#include "chaosproxy.h"
#include "options.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "saisie_chaosproxy: %s\n", message.toLocal8Bit().constData());
}

bool writePortFile(const QString &path, quint16 port)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::number(port) + '\n');
    return file.commit();
}

void appendLog(const QString &path, const QByteArray &line)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(line + '\n');
    else
        printError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto options = chaosproxy::parseOptions(app.arguments().mid(1), &error);
    if (!options) {
        if (error == QLatin1String("help requested")) {
            std::fputs(chaosproxy::usage().toLocal8Bit().constData(), stdout);
            return 0;
        }
        printError(error + QStringLiteral(" (see --help)"));
        return 2;
    }

    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        printError(QStringLiteral("cannot create the signal pipe"));
        return 1;
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    chaosproxy::ChaosProxy proxy(*options);
    if (!proxy.start(&error)) {
        printError(error);
        return 1;
    }
    if (!options->portFile.isEmpty() && !writePortFile(options->portFile, proxy.port())) {
        printError(QStringLiteral("cannot write the port file %1").arg(options->portFile));
        return 1;
    }
    std::fprintf(stdout, "listening %u\n", unsigned(proxy.port()));
    std::fflush(stdout);

    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[16];
        while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
        }
        const QByteArray stats = proxy.statsJson();
        std::fprintf(stderr, "stats %s\n", stats.constData());
        if (!options->logFile.isEmpty())
            appendLog(options->logFile, stats);
        app.quit();
    });
    return app.exec();
}
