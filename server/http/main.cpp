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

#include <csignal>
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

int serve(const QStringList &args)
{
    if (args.size() != 2 || args[0] != QLatin1String("--data"))
        return usageError(QStringLiteral("serve takes exactly --data DIR"));
    QString faultError;
    auto faults = http::FaultInjector::fromSpec(qEnvironmentVariable("SAISIE_SERVER_FAULTS"), &faultError);
    if (!faults)
        return usageError(faultError);

    // Block the stop signals in every thread (the workers inherit the mask); main waits for them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
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

    bool served = true;
    std::thread worker([&] { served = server.serve(); });
    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::fprintf(stderr, "saisie-server: stopping on signal %d\n", signal);
    server.stop();
    worker.join();
    return served ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
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
