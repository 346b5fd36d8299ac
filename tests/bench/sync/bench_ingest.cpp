// Section 2: server ingest of records without photos, per store backend. Three figures in one
// run on the same server: the engine (first to last R1 acknowledged), curl sending pre-signed R1
// requests (the server alone sets the pace), and plain INSERTs of the same bodies through the
// store's library.
#include "enginerun.h"
#include "rawinsert.h"
#include "site.h"
#include "syncbench.h"

#include <QFile>

#include <algorithm>

namespace saisie::bench::sync {

namespace {
struct Backend
{
    QString name;     // "embedded SQLCipher", "PostgreSQL"
    QString store;    // server store location
    QString conninfo; // PostgreSQL only
};

double perSecond(int count, double ms) { return ms > 0 ? double(count) / (ms / 1000.0) : std::nan(""); }

void ingestOne(const Options &options, const Backend &backend, const QString &dir, Report &report)
{
    const int n = options.ingestRecords;
    progress(QStringLiteral("ingest (%1): server, vault and enrolment").arg(backend.name));
    auto opened = Site::open(dir, options.pki, backend.store);
    if (!opened) {
        report.fail(QStringLiteral("ingest (%1): %2").arg(backend.name, opened.error().message));
        return;
    }
    Site &site = **opened;

    QElapsedTimer t;
    t.start();
    auto forEngine = site.vault->addRecords(n, {}, 0);
    if (!forEngine) {
        report.fail(forEngine.error().message);
        return;
    }
    const double fixtureEngineMs = msSince(t);
    progress(QStringLiteral("ingest (%1): SyncEngine, %2 records (timed)").arg(backend.name).arg(n));
    auto engine = runEngine(site.deviceDir, site.vault->session(), n, 600000 + n * 1000);
    if (!engine) {
        report.fail(QStringLiteral("ingest (%1), engine: %2").arg(backend.name, engine.error().message));
        return;
    }
    QList<double> acks = engine->ackMs;
    std::sort(acks.begin(), acks.end());
    const double engineRate = acks.size() > 1 ? perSecond(int(acks.size()) - 1, acks.last() - acks.first()) : std::nan("");

    t.restart();
    auto forCurl = site.vault->addRecords(n, {}, 0);
    if (!forCurl) {
        report.fail(forCurl.error().message);
        return;
    }
    const double fixtureCurlMs = msSince(t);
    WireSetup &wire = *site.wire;
    if (Status s = wire.uploadAuditChain(site.vault->session().audit()); !s) {
        report.fail(QStringLiteral("ingest (%1), audit chain: %2").arg(backend.name, s.error().message));
        return;
    }
    QList<WireRequest> r1;
    QList<QByteArray> bodies;
    for (int i = 0; i < n; ++i) {
        auto request = wire.recordRequest(forCurl->at(i), QStringLiteral("ingest"), i);
        if (!request) {
            report.fail(request.error().message);
            return;
        }
        QFile body(request->bodyFile);
        if (!body.open(QIODevice::ReadOnly)) {
            report.fail(QStringLiteral("cannot read %1").arg(request->bodyFile));
            return;
        }
        bodies.append(body.readAll());
        r1.append(*request);
    }
    progress(QStringLiteral("ingest (%1): curl, %2 pre-signed R1 (timed)").arg(backend.name).arg(n));
    auto sent = wire.send(r1, QStringLiteral("R1-ingest"), {201});
    if (!sent) {
        report.fail(QStringLiteral("ingest (%1), curl: %2").arg(backend.name, sent.error().message));
        return;
    }
    const double curlMs = sent->wallMs;
    const double curlRate = perSecond(n, curlMs);
    QList<double> perRequest;
    for (const CurlOutcome &o : std::as_const(sent->outcomes))
        perRequest << o.serverMs;

    progress(QStringLiteral("ingest (%1): %2 plain INSERTs (timed)").arg(backend.name).arg(n));
    auto rawMs = backend.conninfo.isEmpty() ? rawCipherInserts(dir + QStringLiteral("/raw.db"), bodies)
                                            : rawPostgresInserts(backend.conninfo, bodies);
    if (!rawMs) {
        report.fail(QStringLiteral("ingest (%1), raw: %2").arg(backend.name, rawMs.error().message));
        return;
    }
    const double rawRate = perSecond(n, *rawMs);

    report.add({QStringLiteral("Ingest, %1: SyncEngine R1, first to last acknowledged, N=%2 vs curl pre-signed R1 "
                               "[records/s]")
                    .arg(backend.name)
                    .arg(n),
                fmt(engineRate, 0), fmt(curlRate, 0), ratioText(engineRate / curlRate), QStringLiteral("none (info)")});
    report.add({QStringLiteral("Ingest, %1: server via curl (TLS, auth, checks, receipt) vs plain INSERTs, one per "
                               "transaction, N=%2 [records/s]")
                    .arg(backend.name)
                    .arg(n),
                fmt(curlRate, 0), fmt(rawRate, 0), ratioText(curlRate / rawRate), QStringLiteral("none (info)")});
    report.note(QStringLiteral("Ingest (%1): engine %2 s from syncNow to the last receipt; curl %3 s (per R1, request "
                               "start to answer end: median %8 ms, p95 %9 ms); raw %4 s (%5). Fixture, not "
                               "timed: %6 s + %7 s (saveDraft + finalize).")
                    .arg(backend.name, fmt(engine->wallMs / 1000.0, 1), fmt(curlMs / 1000.0, 2),
                         fmt(*rawMs / 1000.0, 2),
                         backend.conninfo.isEmpty()
                             ? QStringLiteral("SQLCipher C API, WAL, synchronous=FULL, one R1 body per row")
                             : QStringLiteral("libpq autocommit, one R1 body per bytea row, same cluster"),
                         fmt(fixtureEngineMs / 1000.0, 1), fmt(fixtureCurlMs / 1000.0, 1))
                    .arg(fmt(median(perRequest), 1), fmt(percentile(perRequest, 95), 1)));
    (void)site.server->stop();
}
} // namespace

void benchIngest(const Options &options, Report &report)
{
    ingestOne(options, {QStringLiteral("embedded SQLCipher"), QStringLiteral("sqlcipher:%1/ingest-sqlcipher/server/store").arg(options.dir), {}},
              options.dir + QStringLiteral("/ingest-sqlcipher"), report);
    if (report.failed())
        return;
    if (options.postgres.isEmpty()) {
        report.add({QStringLiteral("Ingest, PostgreSQL"), QStringLiteral("not measured"), QStringLiteral("-"),
                    QStringLiteral("-"), QStringLiteral("-")});
        report.note(QStringLiteral("PostgreSQL NOT MEASURED: set SAISIE_TEST_POSTGRES or pass --postgres CONNINFO "
                                   "(scripts/pg-test-cluster start DIR gives a throw-away cluster)."));
        return;
    }
    auto version = postgresVersion(options.postgres);
    if (!version) {
        report.fail(QStringLiteral("ingest (PostgreSQL): %1").arg(version.error().message));
        return;
    }
    progress(QStringLiteral("ingest: %1").arg(*version));
    ingestOne(options, {QStringLiteral("PostgreSQL"), options.postgres, options.postgres},
              options.dir + QStringLiteral("/ingest-postgres"), report);
    report.note(QStringLiteral("PostgreSQL: %1, conninfo from %2.").arg(*version, options.postgresFrom));
}

} // namespace saisie::bench::sync
