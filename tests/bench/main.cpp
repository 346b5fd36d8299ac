// saisie-bench: store, blob, unlock and search figures of Saisie, each against a raw baseline
// measured in the same run (CONVENTIONS.md "Tests": benchmarks print figures and ratios; they
// never assert timings). Exit status is non-zero only when something functionally fails.
#include "benches.h"
#include "fixtures.h"
#include "report.h"

#include "common/securebuffer.h"
#include "store/session.h"
#include "vault/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sys/resource.h>
#include <sys/vfs.h>

#include <cstdio>

using namespace saisie;
using namespace saisie::bench;

namespace {
constexpr long kTmpfsMagic = 0x01021994;
constexpr long kRamfsMagic = 0x858458f6;

bool isMemoryFilesystem(const QString &path)
{
    struct statfs fs {};
    return statfs(QFile::encodeName(path).constData(), &fs) == 0
           && (long(fs.f_type) == kTmpfsMagic || long(fs.f_type) == kRamfsMagic);
}

/// Current resident set from /proc (KiB), or -1.
qint64 currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool parse(QCoreApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saisie benchmarks: figures and ratios against raw baselines."));
    parser.addHelpOption();
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Records in the search table (default 100000)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption inserts(QStringLiteral("inserts"), QStringLiteral("saveDraft calls measured, and as many raw inserts (default 2000)."),
                                     QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption photos(QStringLiteral("photos"), QStringLiteral("4 MiB blob writes measured per side (default 12)."),
                                    QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Queries per kind (default 300; use >= 200 for a p99)."),
                                     QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smoke run (about 15-20 s): 1500 records, 100 inserts, 2 photos, 3 KDF runs."));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Parent directory for the working files (default: the temp directory unless it is tmpfs, then the current directory)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the working directory."));
    const QCommandLineOption explain(QStringLiteral("explain"), QStringLiteral("Print the search query plan."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these sections (for profiling): unlock, inserts, photos, "
                                                 "search, comma-separated."),
                                  QStringLiteral("LIST"));
    parser.addOptions({records, inserts, photos, queries, quick, dir, keep, explain, only});
    parser.process(app);

    options.quick = parser.isSet(quick);
    if (options.quick) {
        options.records = 1500;
        options.inserts = 100;
        options.photos = 2;
        options.attaches = 1;
        options.queries = 200;
        options.kdfRuns = 3;
        options.jpegWidth = 2000;
        options.jpegHeight = 1500;
    }
    const auto number = [&parser](const QCommandLineOption &o, int &out, int min) {
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < min) {
            std::fprintf(stderr, "saisie-bench: --%s needs a number >= %d\n", qPrintable(o.names().first()), min);
            return false;
        }
        out = v;
        return true;
    };
    if (!number(records, options.records, 1) || !number(inserts, options.inserts, 1)
        || !number(photos, options.photos, 1) || !number(queries, options.queries, 1))
        return false;
    options.explain = parser.isSet(explain);
    options.dir = parser.value(dir);
    options.keep = parser.isSet(keep);
    if (parser.isSet(only)) {
        const QStringList known = options.sections;
        options.sections = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : std::as_const(options.sections))
            if (!known.contains(s)) {
                std::fprintf(stderr, "saisie-bench: unknown section '%s' for --only\n", qPrintable(s));
                return false;
            }
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saisie-bench"));
    Options options;
    if (!parse(app, options))
        return 2;
    const bool keep = options.keep;
    ensureSodium();

    QElapsedTimer wall;
    wall.start();
    Report report;

    // Working directory: on a real disk, never tmpfs (fsync would cost nothing there).
    QString parent = options.dir.isEmpty() ? QDir::tempPath() : options.dir;
    if (options.dir.isEmpty() && isMemoryFilesystem(parent))
        parent = QDir::currentPath();
    if (isMemoryFilesystem(parent))
        report.note(QStringLiteral("WARNING: %1 is a memory file system; fsync figures mean nothing.").arg(parent));
    QDir().mkpath(parent);
    QTemporaryDir work(parent + QStringLiteral("/saisie-bench-XXXXXX"));
    if (!work.isValid()) {
        std::fprintf(stderr, "saisie-bench: cannot create a working directory in %s\n", qPrintable(parent));
        return 2;
    }
    work.setAutoRemove(!keep);
    options.dir = work.path();
    progress(QStringLiteral("working in %1%2").arg(options.dir, keep ? QStringLiteral(" (kept)") : QString()));

    RecordFactory records;
    QString error;
    if (!iso6346SelfTest())
        report.fail(QStringLiteral("ISO 6346 check digit self-test"));
    if (!records.loadTemplate(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/quick-seizure.json"), &error))
        report.fail(error);

    if (!report.failed()) {
        probeDisk(options, report);
        OpenVault opened = options.runs("unlock") ? benchUnlock(options, report) : openUntimed(options, report);
        if (!report.failed() && opened.vault && opened.keys) {
            const QByteArray dbKey(reinterpret_cast<const char *>(opened.keys->databaseKey.data()),
                                   qsizetype(opened.keys->databaseKey.size()));
            auto session = store::Session::open(*opened.vault, std::move(*opened.keys));
            if (!session) {
                report.fail(QStringLiteral("Session::open: %1").arg(session.error().message));
            } else {
                progress(QStringLiteral("store: SQLCipher %1 on SQLite %2")
                             .arg(vault::Database::linkedCipherVersion(), vault::Database::linkedSqliteVersion()));
                if (options.runs("inserts"))
                    benchInserts(**session, options, records, report);
                if (!report.failed() && options.runs("photos"))
                    benchPhotos(**session, options, records, report);
                if (!report.failed() && options.runs("search"))
                    benchSearch(**session, opened.vault->databasePath(), dbKey, options, records, report);
            }
        }
    }

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMiB = double(usage.ru_maxrss) / 1024.0;
    report.add({QStringLiteral("Peak RSS, whole run (getrusage ru_maxrss) [MiB]"), fmt(peakMiB, 1), QStringLiteral("-"),
                QStringLiteral("-"), QStringLiteral("-")});
    report.note(QStringLiteral("RSS at the end: %1 MiB. The peak includes Argon2id's 256 MiB for MODERATE unlocks "
                               "(ours and raw).")
                    .arg(fmt(double(currentRssKiB()) / 1024.0, 1)));
    report.note(QStringLiteral("Ratio = fraction of raw speed: ours/raw for rates, raw/ours for times; 1.00 = as fast "
                               "as the baseline. Total run time %1 s.")
                    .arg(fmt(msSince(wall) / 1000.0, 1)));

    std::printf("\nsaisie-bench%s: SQLCipher %s, SQLite %s, working directory %s\n\n",
                options.quick ? " --quick (smoke sizes, figures not representative)" : "",
                qPrintable(vault::Database::linkedCipherVersion()), qPrintable(vault::Database::linkedSqliteVersion()),
                qPrintable(options.dir));
    report.printTable();
    std::printf("\nNotes:\n");
    report.printNotes();
    std::printf("\nMarkdown:\n\n");
    report.printMarkdown();
    std::fflush(stdout);
    return report.failed() ? 1 : 0;
}
