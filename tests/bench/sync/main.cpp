// saisie-sync-bench: sync throughput of Saisie against baselines measured in the same run
// (CONVENTIONS.md "Tests"). Exit status is non-zero only when something functionally fails;
// slow figures are printed, never asserted.
#include "curlbatch.h"
#include "serverprocess.h"
#include "syncbench.h"

#include "common/securebuffer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>
#include <sys/resource.h>

#include <cstdio>

using namespace saisie;
using namespace saisie::bench;
using namespace saisie::bench::sync;

namespace {
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

struct Parsed
{
    Options options;
    QStringList sections{QStringLiteral("upload"), QStringLiteral("ingest")};
};

bool parse(QCoreApplication &app, Parsed &p)
{
    Options &o = p.options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saisie sync benchmarks: engine and server against curl and raw inserts."));
    parser.addHelpOption();
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Upload: records (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption perRecord(QStringLiteral("photos-per-record"), QStringLiteral("Upload: photos per record (default 3)."),
                                       QStringLiteral("N"));
    const QCommandLineOption photoKiB(QStringLiteral("photo-kib"), QStringLiteral("Upload: photo size in KiB (default 1024)."),
                                      QStringLiteral("KIB"));
    const QCommandLineOption ingest(QStringLiteral("ingest-records"),
                                    QStringLiteral("Ingest: records without photos per store backend (default 2000)."), QStringLiteral("N"));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("Ingest: PostgreSQL conninfo (default: $SAISIE_TEST_POSTGRES; unset = not measured)."),
                                      QStringLiteral("CONNINFO"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Smoke run: 3 records x 2 photos of 64 KiB, 20 ingest records."));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the working directory (servers' data, vaults, logs)."));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Parent of the working directory (default: the temp directory)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only these sections: upload, ingest (comma-separated)."),
                                  QStringLiteral("LIST"));
    parser.addOptions({records, perRecord, photoKiB, ingest, postgres, quick, keep, dir, only});
    parser.process(app);

    o.quick = parser.isSet(quick);
    if (o.quick) {
        o.records = 3;
        o.photosPerRecord = 2;
        o.photoKiB = 64;
        o.ingestRecords = 20;
    }
    const auto number = [&parser](const QCommandLineOption &opt, int &out, int min, int max) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < min || v > max) {
            std::fprintf(stderr, "saisie-sync-bench: --%s needs a number from %d to %d\n", qPrintable(opt.names().first()), min, max);
            return false;
        }
        out = v;
        return true;
    };
    // Photos up to 64 MiB: the attachment store reads smaller files in one go (larger ones are
    // streamed, a different path than this benchmark means to measure).
    if (!number(records, o.records, 1, 1000000) || !number(perRecord, o.photosPerRecord, 1, 100)
        || !number(photoKiB, o.photoKiB, 1, 65536) || !number(ingest, o.ingestRecords, 2, 10000000))
        return false;
    o.postgres = parser.isSet(postgres) ? parser.value(postgres) : qEnvironmentVariable("SAISIE_TEST_POSTGRES");
    o.postgresFrom = parser.isSet(postgres) ? QStringLiteral("--postgres") : QStringLiteral("SAISIE_TEST_POSTGRES");
    o.keep = parser.isSet(keep);
    o.dir = parser.value(dir);
    if (parser.isSet(only)) {
        const QStringList known = p.sections;
        p.sections = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : std::as_const(p.sections))
            if (!known.contains(s)) {
                std::fprintf(stderr, "saisie-sync-bench: unknown section '%s' for --only\n", qPrintable(s));
                return false;
            }
    }
    return true;
}

/// Vault copies of two record sets, the plain photo files and the server's objects: four times
/// the photo bytes, plus room for databases and logs.
qint64 bytesNeeded(const Options &o) { return 4 * o.uploadBytes() + kGiB; }

void fitToDisk(Options &o, qint64 available, Report &report)
{
    const qint64 wanted = bytesNeeded(o);
    if (available >= std::max<qint64>(wanted, 8 * kGiB) || available >= wanted * 2)
        return;
    const int before = o.records;
    const qint64 perRecord = 4 * qint64(o.photosPerRecord) * o.photoBytes();
    const qint64 usable = qint64(double(available) * 0.7) - kGiB;
    o.records = int(std::clamp<qint64>(usable / perRecord, 1, before));
    if (o.records < before)
        report.note(QStringLiteral("SCALED DOWN: %1 GB free in the working directory's file system, the run needs about "
                                   "%2 GB; upload uses %3 records instead of %4.")
                        .arg(fmt(double(available) / 1e9, 1), fmt(double(wanted) / 1e9, 1))
                        .arg(o.records)
                        .arg(before));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saisie-sync-bench"));
    Parsed parsed;
    if (!parse(app, parsed))
        return 2;
    Options &options = parsed.options;
    ensureSodium();
    // One line per delivered record would bury the progress lines; warnings still show.
    // The fixture photos are noise behind a JPEG header: the thumbnail attempt warns for each.
    QLoggingCategory::setFilterRules(QStringLiteral("saisie.sync.info=false\nqt.gui.imageio.jpeg=false"));
    QElapsedTimer wall;
    wall.start();
    Report report;

    const QString parent = options.dir.isEmpty() ? QDir::tempPath() : options.dir;
    QDir().mkpath(parent);
    QTemporaryDir work(parent + QStringLiteral("/saisie-sync-bench-XXXXXX"));
    if (!work.isValid()) {
        std::fprintf(stderr, "saisie-sync-bench: cannot create a working directory in %s\n", qPrintable(parent));
        return 2;
    }
    work.setAutoRemove(!options.keep);
    options.dir = work.path();
    progress(QStringLiteral("working in %1%2").arg(options.dir, options.keep ? QStringLiteral(" (kept)") : QString()));

    const qint64 available = QStorageInfo(options.dir).bytesAvailable();
    if (parsed.sections.contains(QLatin1String("upload")))
        fitToDisk(options, available, report);

    const QString curl = CurlBatch::curlVersion();
    if (curl.isEmpty())
        report.fail(QStringLiteral("curl is not installed (Debian package curl): the baselines need it"));
    if (!QFile::exists(ServerProcess::executable()))
        report.fail(QStringLiteral("saisie-server not found at %1 (build the saisie-server target)").arg(ServerProcess::executable()));

    if (!report.failed()) {
        auto pki = makeTestPki(options.dir + QStringLiteral("/pki"));
        if (pki)
            options.pki = *pki;
        else
            report.fail(pki.error().message);
    }
    if (!report.failed() && parsed.sections.contains(QLatin1String("upload")))
        benchUpload(options, report);
    if (!report.failed() && parsed.sections.contains(QLatin1String("ingest")))
        benchIngest(options, report);

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    report.note(QStringLiteral("Peak RSS of the benchmark process (engine, vault, signing): %1 MiB. Total run time %2 s.")
                    .arg(fmt(double(usage.ru_maxrss) / 1024.0, 1), fmt(msSince(wall) / 1000.0, 1)));
    report.note(QStringLiteral("Ratio = ours / baseline for rates (1.00 = as fast as the baseline). MB = 10^6 bytes."));

    std::printf("\nsaisie-sync-bench%s: %s; %d CPUs; working directory %s (%s GB free at start)\n\n",
                options.quick ? " --quick (smoke sizes, figures not representative)" : "", qPrintable(curl),
                QThread::idealThreadCount(), qPrintable(options.dir), qPrintable(fmt(double(available) / 1e9, 1)));
    report.printTable();
    std::printf("\nNotes:\n");
    report.printNotes();
    std::printf("\nMarkdown:\n\n");
    report.printMarkdown();
    std::fflush(stdout);
    return report.failed() ? 1 : 0;
}
