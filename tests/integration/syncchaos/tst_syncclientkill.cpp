// SECURITY.md D-ladder (a) applied to sync: the tablet side (`saisiectl sync`) is SIGKILLed at
// random points (seeded delays of 30..700 ms after start, >= 30 kills) while 1,000 records with
// photos are on their way to the real server; after each kill the vault must open without
// problems. A final clean run then delivers everything: 0 records lost, 0 duplicates on the
// server, every record delivered with a verified receipt, and `saisiectl check` passes.
//
// Knobs: SAISIE_CLIENTKILL_SEED, SAISIE_CLIENTKILL_RECORDS (1000), SAISIE_CLIENTKILL_KILLS (30).
#include "syncchecker.h"
#include "syncfixture.h"
#include "syncharness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <random>

using namespace saisie;
using namespace saisie::synctest;

class TestSyncClientKill : public QObject
{
    Q_OBJECT
private slots:
    void killedClientLosesNothing();
};

void TestSyncClientKill::killedClientLosesNothing()
{
    const quint64 seed = runSeed("SAISIE_CLIENTKILL_SEED");
    const int records = envInt("SAISIE_CLIENTKILL_RECORDS", 1000);
    const int wantedKills = envInt("SAISIE_CLIENTKILL_KILLS", 30);
    const int photos = envInt("SAISIE_CLIENTKILL_PHOTOS", 1);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    keepForInspection(tmp);

    ServerProcess server(tmp.path());
    ClientDevice client(tmp.path());
    Status enrolled = enrolDevice(server, client, 0);
    QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().message));

    QList<store::SignedVersion> expected;
    QByteArray vaultPublicKey;
    FixtureTotals totals;
    QElapsedTimer fixtureClock;
    fixtureClock.start();
    {
        auto session = openClientVault(client.dataRoot(), ClientDevice::pin());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        // Enough records that the upload outlasts 30 kills (a run delivers ~30 records a second here) (each run also spends
        // an unlock before its first request).
        auto written = writeFixture(**session, {records, photos, 16 * 1024, 64 * 1024, seed}, &totals);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        expected = *written;
        vaultPublicKey = (*session)->signingPublicKey();
    }

    std::printf("fixture: %d records, %d photos, %lld bytes in %lld ms\n", totals.records, totals.photos,
                static_cast<long long>(totals.photoBytes), static_cast<long long>(fixtureClock.elapsed()));
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> delays(30, 700);
    int kills = 0;
    int killsWhilePending = 0;
    int runs = 0;
    int pendingBefore = records;
    QElapsedTimer clock;
    clock.start();
    while (kills < wantedKills) {
        QVERIFY2(runs < wantedKills * 4, "sync runs keep ending before their kill time");
        ++runs;
        const int delayMs = delays(rng);
        QElapsedTimer sinceStart;
        sinceStart.start();
        const ProcessResult run = client.sync(120, [&] { return sinceStart.elapsed() < delayMs; });
        appendClientLog(tmp.path(), runs, run);
        QVERIFY2(run.started && run.finished, qPrintable(run.describe()));
        if (run.crashed) {
            ++kills;
            if (pendingBefore > 0)
                ++killsWhilePending;
        } else {
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        auto counts = clientOutbox(client.dataRoot(), ClientDevice::pin());
        QVERIFY2(counts, qPrintable(QStringLiteral("after run %1 (%2 at %3 ms): %4")
                                        .arg(runs)
                                        .arg(run.crashed ? QStringLiteral("SIGKILL") : QStringLiteral("exit"))
                                        .arg(delayMs)
                                        .arg(counts ? QString() : counts.error().message)));
        QVERIFY2(counts->parked == 0, qPrintable(QStringLiteral("%1 parked after run %2").arg(counts->parked).arg(runs)));
        std::printf("run %d: %s at %d ms; outbox %d pending, %d delivered\n", runs,
                    run.crashed ? "SIGKILL" : "ended", delayMs, counts->pending, counts->delivered);
        std::fflush(stdout);
        pendingBefore = counts->pending;
    }
    const qint64 killPhaseMs = clock.elapsed();

    // The clean run: nothing may be stuck because of a kill.
    ProcessResult last;
    store::OutboxCounts counts;
    clock.restart();
    for (int clean = 0; clean < 3; ++clean) {
        last = client.sync(300);
        appendClientLog(tmp.path(), 1000 + clean, last);
        QVERIFY2(last.ok(), qPrintable(last.describe()));
        auto now = clientOutbox(client.dataRoot(), ClientDevice::pin());
        QVERIFY2(now, qPrintable(now ? QString() : now.error().message));
        counts = *now;
        if (counts.pending == 0)
            break;
    }
    QVERIFY2(counts.pending == 0 && counts.parked == 0,
             qPrintable(QStringLiteral("after the clean runs: %1 pending, %2 parked; %3")
                            .arg(counts.pending)
                            .arg(counts.parked)
                            .arg(QString::fromLocal8Bit(last.err.right(2000)))));
    const qint64 cleanMs = clock.elapsed();
    const ProcessResult check = client.check();
    QVERIFY2(check.ok(), qPrintable(QStringLiteral("saisiectl check: %1\n%2").arg(check.describe(), QString::fromLocal8Bit(check.out.right(2000)))));

    QVERIFY(server.stop());
    std::printf("SYNCCLIENTKILL seed=%llu records=%d photos=%d photoBytes=%lld runs=%d kills=%d killsWhilePending=%d "
                "killPhaseMs=%lld cleanRunMs=%lld serverRequests=%d\n",
                static_cast<unsigned long long>(seed), totals.records, totals.photos,
                static_cast<long long>(totals.photoBytes), runs, kills, killsWhilePending,
                static_cast<long long>(killPhaseMs), static_cast<long long>(cleanMs), server.requestsLogged());
    std::fflush(stdout);
    QVERIFY(kills >= wantedKills);

    ServerFacts facts;
    const QStringList serverProblems = checkServer(server.dataDir(), expected, vaultPublicKey, &facts);
    QVERIFY2(serverProblems.isEmpty(), summarize(serverProblems).constData());
    auto session = openClientVault(client.dataRoot(), ClientDevice::pin());
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    const QStringList clientProblems = checkClient(**session, expected, facts);
    QVERIFY2(clientProblems.isEmpty(), summarize(clientProblems).constData());
}

int main(int argc, char *argv[])
{
    // One long scenario per binary: QtTest's 5-minute watchdog must not cut it; CTest's TIMEOUT
    // (900 s) and the scenario's own deadline bound it instead.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1200000");
    QCoreApplication app(argc, argv);
    TestSyncClientKill test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncclientkill.moc"
