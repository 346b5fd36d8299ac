// saisie-server: `serve` runs the HTTPS sync server; every other subcommand is administration
// (server/admin). Composition root only: configuration, store, blob directory, signing key,
// the HTTP front end, and a clean stop on SIGTERM/SIGINT.
#include "admin/admincommands.h"
#include "config/serverconfig.h"
#include "http/faults.h"
#include "http/httpserver.h"
#include "http/servercontext.h"
#include "store/blobdirectory.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <csignal>
#include <future>
#include <cstdio>
#include <pthread.h>
#include <thread>

using namespace saisie;
using namespace saisie::server;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "saisie-server: %s (see saisie-server --help)\n", qPrintable(message));
    return 2;
}

void printHelp()
{
    std::printf("Usage: saisie-server COMMAND [OPTIONS]\n\n"
                "  serve --data DIR    run the sync server configured in DIR/server.json until SIGTERM\n"
                "  init, enrol, ...    administration; `saisie-server COMMAND --help` for each\n\n"
                "Administration commands: init, enrol, devices, revoke, show-record.\n"
                "Test only: SAISIE_SERVER_FAULTS=SEED:RATE answers that fraction of requests with 503.\n");
}

sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

int serve(const QStringList &args)
{
    const sigset_t stopSet = stopSignals();
    if (args.size() != 2 || args[0] != QLatin1String("--data"))
        return usageError(QStringLiteral("serve takes exactly --data DIR"));
    QString faultError;
    auto faults = http::FaultInjector::fromSpec(qEnvironmentVariable("SAISIE_SERVER_FAULTS"), &faultError);
    if (!faults)
        return usageError(faultError);

    std::signal(SIGPIPE, SIG_IGN); // a client gone mid-response is that request's failure only

    http::ServerContext ctx;
    auto config = ServerConfig::load(args[1]);
    if (!config) {
        std::fprintf(stderr, "saisie-server: %s\n", qPrintable(config.error().message));
        return 1;
    }
    ctx.config = *config;
    auto key = loadSigningKey(ctx.config.signingKeyFile);
    if (!key) {
        std::fprintf(stderr, "saisie-server: %s\n", qPrintable(key.error().message));
        return 1;
    }
    ctx.signingKey = std::move(*key);
    auto store = openServerStore(ctx.config.store);
    if (!store) {
        std::fprintf(stderr, "saisie-server: %s\n", qPrintable(store.error().message));
        return 1;
    }
    ctx.store = store->get();
    BlobDirectory blobs(ctx.config.blobs);
    if (Status s = blobs.ensure(); !s) {
        std::fprintf(stderr, "saisie-server: %s\n", qPrintable(s.error().message));
        return 1;
    }
    ctx.blobs = &blobs;
    ctx.limits.maxChunk = ctx.config.maxChunk;

    if (faults->enabled())
        std::fprintf(stderr, "saisie-server: WARNING: test fault injection on, %.3f of requests answer 503\n",
                     faults->rate());
    http::HttpServer server(ctx, *faults);
    auto port = server.bind(ctx.config.listenHost, ctx.config.listenPort);
    if (!port) {
        std::fprintf(stderr, "saisie-server: %s\n", qPrintable(port.error().message));
        return 1;
    }
    std::printf("listening https://%s:%d\n", qPrintable(ctx.config.listenHost), *port);
    std::fflush(stdout);

    std::promise<bool> served;
    std::future<bool> finished = served.get_future();
    std::thread worker([&] { served.set_value(server.serve()); });
    int signal = 0;
    sigwait(&stopSet, &signal);
    std::fprintf(stderr, "saisie-server: stopping on signal %d\n", signal);
    server.stop();
    // Requests in progress finish (bounded by the 60 s I/O timeouts); idle keep-alive connections
    // would hold their workers for their whole idle timeout, so once nothing is in progress the
    // process ends without waiting for them. Every store write is its own transaction.
    const bool idle = server.waitIdle(120000);
    if (finished.wait_for(std::chrono::seconds(2)) == std::future_status::ready) {
        worker.join();
        return finished.get() && idle ? 0 : 1;
    }
    std::fprintf(stderr, "saisie-server: stopped%s\n", idle ? "" : " with requests still in progress");
    std::fflush(stderr);
    std::fflush(stdout);
    std::_Exit(idle ? 0 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    // serve: the stop signals are blocked before any thread exists (every thread inherits the
    // mask) and main waits for them with sigwait.
    if (argc > 1 && qstrcmp(argv[1], "serve") == 0) {
        const sigset_t set = stopSignals();
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
    }
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(QStringLiteral("a command is required"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printHelp();
        return 0;
    }
    if (command == QLatin1String("serve"))
        return serve(args);
    if (isAdminCommand(command)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runAdminCommand(command, args, out, err);
    }
    return usageError(QStringLiteral("unknown command"));
}
