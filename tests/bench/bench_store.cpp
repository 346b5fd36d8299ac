// Section 1 (store inserts) and section 4 (search at scale).
#include "benches.h"
#include "raw.h"

#include "model/searchkeys.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QVariant>
#include <sodium.h>
#include <sqlite3.h>

namespace saisie::bench {

namespace {
QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

qint64 fileSize(const QString &path) { return QFileInfo::exists(path) ? QFileInfo(path).size() : 0; }

QString mib(qint64 bytes) { return fmt(double(bytes) / (1024.0 * 1024.0), 1) + QStringLiteral(" MiB"); }

// A copy of the first-page SQL SeizureRepository::list builds (core/store/seizurerepository.cpp),
// for --explain only, never for the measured figures; it goes stale if the repository changes.
const QByteArray kListHead =
    "SELECT s.uuid, s.version, s.status, s.occurred_at, s.place_name, s.category, s.completeness, s.updated_at, "
    "(SELECT count(*) FROM attachments a WHERE a.uuid = s.uuid AND a.added_in_version <= s.version) "
    "FROM seizures s WHERE s.version = (SELECT max(version) FROM seizures l WHERE l.uuid = s.uuid)";
const QByteArray kListTail = " ORDER BY s.updated_at DESC, s.uuid LIMIT ?5 OFFSET ?6";
void explain(RawCipherDb &db, const char *label, const QByteArray &sql, Report &report)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray query = "EXPLAIN QUERY PLAN " + sql;
    if (sqlite3_prepare_v2(db.handle(), query.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        report.note(QStringLiteral("explain %1: %2").arg(QString::fromLatin1(label), db.errorMessage()));
        return;
    }
    QStringList lines;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
    sqlite3_finalize(stmt);
    report.note(QStringLiteral("Query plan, %1: %2").arg(QString::fromLatin1(label), lines.join(QStringLiteral(" / "))));
}

} // namespace

void benchInserts(store::Session &session, const Options &options, const RecordFactory &records, Report &report)
{
    auto &repo = session.seizures();
    constexpr int kWarmup = 20;
    for (int i = 0; i < kWarmup; ++i)
        if (auto saved = repo.saveDraft(records.quickEntry()); !saved) {
            report.fail(QStringLiteral("saveDraft: %1").arg(saved.error().message));
            return;
        }
    // The raw row carries as many bytes as the stored document of a quick-entry record.
    auto docBytes = session.database().scalar(
        QStringLiteral("SELECT CAST(avg(length(CAST(document AS BLOB))) AS INTEGER) FROM seizures"));
    if (!docBytes || docBytes->toLongLong() <= 0) {
        report.fail(QStringLiteral("cannot read the stored document size"));
        return;
    }
    const QByteArray document = randomBytes(docBytes->toLongLong());

    const QString rawDir = options.dir + QStringLiteral("/raw");
    QDir().mkpath(rawDir);
    RawCipherDb raw;
    QString error;
    RawInserter inserter(raw);
    if (!raw.open(rawDir + QStringLiteral("/raw-inserts.db"), randomBytes(32), true, &error)
        || !inserter.prepare(&error)) {
        report.fail(QStringLiteral("raw SQLCipher: %1").arg(error));
        return;
    }
    for (int i = 0; i < kWarmup; ++i)
        if (!inserter.insert(document, &error)) {
            report.fail(QStringLiteral("raw insert: %1").arg(error));
            return;
        }

    // Alternating blocks, so load from other processes on the shared machine hits both sides.
    constexpr int kBlock = 100;
    QList<double> ours;
    QList<double> rawMs;
    ours.reserve(options.inserts);
    rawMs.reserve(options.inserts);
    progress(QStringLiteral("inserts: %1 saveDraft and %1 raw inserts, alternating blocks of %2")
                 .arg(options.inserts)
                 .arg(kBlock));
    QElapsedTimer t;
    double oursCpu = 0;
    double rawCpu = 0;
    for (int done = 0; done < options.inserts;) {
        const int n = std::min(kBlock, options.inserts - done);
        double cpu = cpuMs();
        for (int i = 0; i < n; ++i) {
            t.start();
            if (!inserter.insert(document, &error)) {
                report.fail(QStringLiteral("raw insert: %1").arg(error));
                return;
            }
            rawMs << msSince(t);
        }
        rawCpu += cpuMs() - cpu;
        cpu = cpuMs();
        for (int i = 0; i < n; ++i) {
            t.start();
            auto saved = repo.saveDraft(records.quickEntry());
            ours << msSince(t);
            if (!saved) {
                report.fail(QStringLiteral("saveDraft: %1").arg(saved.error().message));
                return;
            }
        }
        oursCpu += cpuMs() - cpu;
        done += n;
    }
    const double oursRate = 1000.0 * double(ours.size()) / std::accumulate(ours.cbegin(), ours.cend(), 0.0);
    const double rawRate = 1000.0 * double(rawMs.size()) / std::accumulate(rawMs.cbegin(), rawMs.cend(), 0.0);
    const double ratio = oursRate / rawRate;
    report.add({QStringLiteral("Store inserts: saveDraft, new quick entry, 1 tx each (WAL, sync FULL), N=%1 [/s]")
                    .arg(options.inserts),
                fmt(oursRate, 0), fmt(rawRate, 0), ratioText(ratio), judgeAtLeast(ratio, 0.8, QStringLiteral(">= 0.80"))});
    report.note(QStringLiteral("Inserts: stored document %1 B, raw row = %1 random bytes in one BLOB column. "
                               "Per call p50/p99: saveDraft %2/%3 ms, raw %4/%5 ms. CPU (user+sys) per call: "
                               "saveDraft %6 ms, raw %7 ms; the rest is waiting for fsync.")
                    .arg(docBytes->toLongLong())
                    .arg(fmt(median(ours), 3), fmt(percentile(ours, 99), 3), fmt(median(rawMs), 3),
                         fmt(percentile(rawMs, 99), 3), fmt(oursCpu / ours.size(), 3), fmt(rawCpu / rawMs.size(), 3)));
    report.note(QStringLiteral("Cipher settings read back: ours %1 %2, page %3, memory security %4, journal %5, "
                               "sync %6; raw page %7, memory security %8, journal %9.")
                    .arg(session.database().settings().cipherVersion, session.database().settings().cipherProvider)
                    .arg(session.database().settings().pageSize)
                    .arg(session.database().settings().memorySecurity ? 1 : 0)
                    .arg(session.database().settings().journalMode)
                    .arg(session.database().settings().synchronous)
                    .arg(raw.pragma("PRAGMA cipher_page_size"), raw.pragma("PRAGMA cipher_memory_security"),
                         raw.pragma("PRAGMA journal_mode")));
}

void benchSearch(store::Session &session, const QString &databasePath, const QByteArray &databaseKey,
                 const Options &options, RecordFactory &records, Report &report)
{
    auto &db = session.database();
    auto &repo = session.seizures();
    auto existing = db.scalar(QStringLiteral("SELECT count(*) FROM seizures"));
    if (!existing) {
        report.fail(existing.error().message);
        return;
    }
    const int toLoad = std::max(0, options.records - int(existing->toLongLong()));
    struct Loaded
    {
        QString container;
        QUuid uuid;
    };
    QList<Loaded> loaded;
    loaded.reserve(toLoad);

    if (Status s = db.exec(QStringLiteral("PRAGMA synchronous = OFF")); !s) {
        report.fail(s.error().message);
        return;
    }
    progress(QStringLiteral("search: loading %1 records with synchronous=OFF").arg(toLoad));
    QElapsedTimer load;
    load.start();
    QString error;
    for (int i = 0; i < toLoad; ++i) {
        QString container;
        auto seizure = records.varied(&container, &error);
        if (!seizure) {
            report.fail(QStringLiteral("generated record does not parse: %1").arg(error));
            return;
        }
        auto saved = repo.saveDraft(std::move(*seizure));
        if (!saved) {
            report.fail(QStringLiteral("saveDraft while loading: %1").arg(saved.error().message));
            return;
        }
        loaded.append({container, saved->uuid});
        if ((i + 1) % 10000 == 0)
            progress(QStringLiteral("search: loaded %1 (%2 records/s)")
                         .arg(i + 1)
                         .arg(fmt(double(i + 1) / (msSince(load) / 1000.0), 0)));
    }
    const double loadSeconds = msSince(load) / 1000.0;
    if (Status s = db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !s) {
        report.fail(s.error().message);
        return;
    }
    auto syncNow = db.scalar(QStringLiteral("PRAGMA synchronous"));
    if (!syncNow || syncNow->toInt() != 2) {
        report.fail(QStringLiteral("synchronous did not go back to FULL"));
        return;
    }
    auto total = db.scalar(QStringLiteral("SELECT count(*) FROM seizures"));
    const qint64 rowCount = total ? total->toLongLong() : -1;
    report.note(QStringLiteral("Search table: %1 seizures (%2 loaded in %3 s = %4 saveDraft/s with PRAGMA synchronous "
                               "= OFF during loading only; set back to FULL and read back as 2 before measuring).")
                    .arg(rowCount)
                    .arg(toLoad)
                    .arg(fmt(loadSeconds, 1), fmt(toLoad > 0 ? toLoad / loadSeconds : 0.0, 0)));
    if (loaded.isEmpty()) {
        report.fail(QStringLiteral("no records with containers to search for (--records too small)"));
        return;
    }

    RawCipherDb rawDb;
    RawSearch raw(rawDb);
    if (!rawDb.open(databasePath, databaseKey, false, &error) || !raw.prepare(&error)) {
        report.fail(QStringLiteral("raw read connection: %1").arg(error));
        return;
    }
    if (options.explain) {
        explain(rawDb, "list() first page", kListHead + kListTail, report);
    }

    QRandomGenerator rng(27037);
    QList<double> oursExact, rawExact, oursPage, rawPage;
    constexpr int kWarmup = 10;
    progress(QStringLiteral("search: %1 exact container queries and %1 first-page listings").arg(options.queries));
    QElapsedTimer t;
    for (int i = 0; i < kWarmup + options.queries; ++i) {
        const Loaded &pick = loaded.at(rng.bounded(int(loaded.size())));
        store::ListQuery query;
        query.text = pick.container;
        t.start();
        auto found = repo.list(query);
        const double o = msSince(t);
        QStringList rawUuids;
        t.restart();
        const int rawRows = raw.exact(model::normalizeSearchValue(u"container", pick.container), &rawUuids);
        const double r = msSince(t);
        if (!found || found->size() != 1 || found->first().uuid != pick.uuid || rawRows != 1
            || QUuid::fromString(rawUuids.value(0)) != pick.uuid) {
            report.fail(QStringLiteral("search for %1 did not return exactly its record (ours %2 rows, raw %3)")
                            .arg(pick.container)
                            .arg(found ? found->size() : -1)
                            .arg(rawRows));
            return;
        }
        if (i >= kWarmup) {
            oursExact << o;
            rawExact << r;
        }

        t.restart();
        auto page = repo.list(store::ListQuery{});
        const double po = msSince(t);
        t.restart();
        const int rawPageRows = raw.firstPage(50);
        const double pr = msSince(t);
        if (!page || page->size() != 50 || rawPageRows != 50) {
            report.fail(QStringLiteral("first page did not return 50 rows"));
            return;
        }
        if (i >= kWarmup) {
            oursPage << po;
            rawPage << pr;
        }
    }

    QStringList sample;
    for (int i = 0; i < 50; ++i)
        sample << loaded.at(rng.bounded(int(loaded.size()))).container;

    const QString scale = QStringLiteral("%1 records").arg(rowCount);
    const auto addLatency = [&](const QString &what, const QList<double> &o, const QList<double> &r) {
        const double o50 = median(o), r50 = median(r), o99 = percentile(o, 99), r99 = percentile(r, 99);
        report.add({QStringLiteral("%1, %2, p50 [ms]").arg(what, scale), fmt(o50, 2), fmt(r50, 2),
                    ratioText(r50 / o50), QStringLiteral("-")});
        report.add({QStringLiteral("%1, %2, p99 [ms]").arg(what, scale), fmt(o99, 2), fmt(r99, 2),
                    ratioText(r99 / o99), judgeAtMost(o99, 20.0, QStringLiteral("p99 <= 20 ms"))});
    };
    addLatency(QStringLiteral("Search list(text = container), %1 queries").arg(oursExact.size()), oursExact, rawExact);
    addLatency(QStringLiteral("First page list(limit 50, no filter), %1 queries").arg(oursPage.size()), oursPage,
               rawPage);

    const qint64 dbBytes = fileSize(databasePath);
    const qint64 walBytes = fileSize(databasePath + QStringLiteral("-wal"));
    const qint64 shmBytes = fileSize(databasePath + QStringLiteral("-shm"));
    report.add({QStringLiteral("Database on disk after load, db + wal + shm (bytes per record)"),
                QStringLiteral("%1 (%2 B)")
                    .arg(mib(dbBytes + walBytes + shmBytes))
                    .arg(rowCount > 0 ? (dbBytes + walBytes) / rowCount : 0),
                QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    report.note(QStringLiteral("Database files: db %1, wal %2, shm %3 (no manual checkpoint).")
                    .arg(mib(dbBytes), mib(walBytes), mib(shmBytes)));
    report.note(QStringLiteral("Search baselines: a second SQLCipher connection on the same file runs hand-written "
                               "SQL: search_keys.value = ? joined to seizures by primary key; first page = the "
                               "repository's own query, prepared once. Same nine result columns."));
}

} // namespace saisie::bench
