// Section 1: photo upload through the real engine versus curl sending the same bytes as
// pre-signed PATCHes to the same server in the same run.
#include "enginerun.h"
#include "site.h"
#include "syncbench.h"

#include "protocol/encoding.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace saisie::bench::sync {

namespace {
struct Chunk
{
    QString file;
    qint64 offset = 0;
    QByteArray sha256;
};

/// The chunks curl sends for one photo: the photo file itself when it fits in one chunk, else
/// slices written next to it (curl cannot send a byte range of a file).
Expected<QList<Chunk>> chunksOf(const PhotoFile &photo, qint64 chunkBytes, const QString &dir)
{
    if (photo.size <= chunkBytes)
        return QList<Chunk>{{photo.path, 0, photo.sha256}};
    QFile in(photo.path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("bench"), QStringLiteral("cannot read %1").arg(photo.path));
    QList<Chunk> chunks;
    for (qint64 offset = 0; offset < photo.size; offset += chunkBytes) {
        const QByteArray bytes = in.read(chunkBytes);
        Chunk c{QStringLiteral("%1/%2.%3").arg(dir, QFileInfo(photo.path).fileName()).arg(offset), offset,
                protocol::sha256(bytes)};
        QFile out(c.file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
            return makeError(QStringLiteral("bench"), QStringLiteral("cannot write %1").arg(c.file));
        chunks.append(c);
    }
    return chunks;
}

QByteArray uploadIdOf(const QByteArray &location) { return location.mid(location.lastIndexOf('/') + 1); }

qint64 maxChunkOf(const QString &u1Response)
{
    QFile f(u1Response);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return qint64(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("maxChunk")).toDouble());
}
} // namespace

void benchUpload(const Options &options, Report &report)
{
    const QString dir = options.dir + QStringLiteral("/upload");
    const int photoCount = options.records * options.photosPerRecord;
    progress(QStringLiteral("upload: server, vault and enrolment"));
    auto opened = Site::open(dir, options.pki, QStringLiteral("sqlcipher:%1/server/store").arg(dir));
    if (!opened) {
        report.fail(QStringLiteral("upload: %1").arg(opened.error().message));
        return;
    }
    Site &site = **opened;

    // ---- fixture (not timed) ----
    QElapsedTimer t;
    t.start();
    progress(QStringLiteral("upload: writing %1 photo files of %2 KiB").arg(photoCount).arg(options.photoKiB));
    auto photos = writePhotos(dir + QStringLiteral("/photos"), photoCount, options.photoBytes());
    if (!photos) {
        report.fail(photos.error().message);
        return;
    }
    const double photoFilesMs = msSince(t);
    t.restart();
    progress(QStringLiteral("upload: %1 records with %2 photos each into the vault (set A, for the engine)")
                 .arg(options.records)
                 .arg(options.photosPerRecord));
    auto setA = site.vault->addRecords(options.records, *photos, options.photosPerRecord);
    if (!setA) {
        report.fail(setA.error().message);
        return;
    }
    const double setAMs = msSince(t);

    // ---- ours: the engine ----
    progress(QStringLiteral("upload: SyncEngine (timed)"));
    const int timeoutMs = int(std::min<qint64>(600000 + options.uploadBytes() / 1000, 24LL * 3600 * 1000)); // >= 1 MB/s
    auto engine = runEngine(site.deviceDir, site.vault->session(), options.records, timeoutMs);
    if (!engine) {
        report.fail(QStringLiteral("upload, engine: %1").arg(engine.error().message));
        return;
    }

    // ---- baseline: curl, same photo bytes, records of set B ----
    t.restart();
    progress(QStringLiteral("upload: set B (same photos, new records) for curl"));
    auto setB = site.vault->addRecords(options.records, *photos, options.photosPerRecord);
    if (!setB) {
        report.fail(setB.error().message);
        return;
    }
    const double setBMs = msSince(t);
    progress(QStringLiteral("upload: A1, R1 and U1 for set B (not timed)"));
    WireSetup &wire = *site.wire;
    if (Status s = wire.uploadAuditChain(site.vault->session().audit()); !s) {
        report.fail(QStringLiteral("upload, audit chain: %1").arg(s.error().message));
        return;
    }
    QList<WireRequest> r1;
    QList<WireRequest> u1;
    QList<QPair<const AttachmentRef *, int>> uploads; // attachment, index into u1
    for (int i = 0; i < setB->size(); ++i) {
        const SignedRecord &rec = setB->at(i);
        auto request = wire.recordRequest(rec, QStringLiteral("upload"), i);
        if (!request) {
            report.fail(request.error().message);
            return;
        }
        r1.append(*request);
        for (const AttachmentRef &a : rec.attachments) {
            auto u = wire.uploadRequest(rec, a, QStringLiteral("upload"), u1.size());
            if (!u || a.photo < 0) {
                report.fail(u ? QStringLiteral("an attachment of set B matches no photo file") : u.error().message);
                return;
            }
            if (u1.isEmpty())
                u->output = wire.path(QStringLiteral("u1-first.json"));
            u1.append(*u);
            uploads.append({&a, int(u1.size()) - 1});
        }
    }
    if (auto ok = wire.send(r1, QStringLiteral("R1"), {201}); !ok) {
        report.fail(QStringLiteral("upload, curl setup: %1").arg(ok.error().message));
        return;
    }
    auto created = wire.send(u1, QStringLiteral("U1"), {201});
    if (!created) {
        report.fail(QStringLiteral("upload, curl setup: %1").arg(created.error().message));
        return;
    }
    const qint64 maxChunk = maxChunkOf(wire.path(QStringLiteral("u1-first.json")));
    const qint64 chunkBytes = maxChunk > 0 ? std::min(engineChunkBytes(), maxChunk) : engineChunkBytes();
    QDir().mkpath(dir + QStringLiteral("/chunks"));
    QList<QPair<QByteArray, Chunk>> plan; // upload id, chunk
    for (const auto &[attachment, index] : std::as_const(uploads)) {
        auto chunks = chunksOf(photos->at(attachment->photo), chunkBytes, dir + QStringLiteral("/chunks"));
        if (!chunks) {
            report.fail(chunks.error().message);
            return;
        }
        for (const Chunk &c : std::as_const(*chunks))
            plan.append({uploadIdOf(created->outcomes.at(index).location), c});
    }
    QList<WireRequest> patches;
    for (const auto &[uploadId, c] : std::as_const(plan))
        patches.append(wire.chunkRequest(uploadId, c.offset, c.file, c.sha256));
    progress(QStringLiteral("upload: curl, %1 PATCHes (timed)").arg(patches.size()));
    auto sent = wire.send(patches, QStringLiteral("U4"), {200});
    if (!sent) {
        report.fail(QStringLiteral("upload, curl: %1").arg(sent.error().message));
        return;
    }
    const double curlMs = sent->wallMs;
    int connections = 0;
    QList<double> perPatch;
    for (const CurlOutcome &o : std::as_const(sent->outcomes)) {
        connections += o.newConnections;
        perPatch << o.serverMs;
    }
    // Functional check: every record of set B is now complete on the server.
    QList<WireRequest> receipts;
    for (const SignedRecord &rec : std::as_const(*setB))
        receipts.append(wire.receiptRequest(rec));
    if (auto ok = wire.send(receipts, QStringLiteral("R2"), {200}); !ok) {
        report.fail(QStringLiteral("upload, curl: not every record complete after the PATCHes: %1").arg(ok.error().message));
        return;
    }

    const double bytes = double(options.uploadBytes());
    const double ours = bytes / (engine->wallMs / 1000.0) / 1e6;
    const double theirs = bytes / (curlMs / 1000.0) / 1e6;
    const double ratio = ours / theirs;
    report.add({QStringLiteral("Upload %1 records + %2 photos x %3 KiB: SyncEngine vs curl keep-alive, pre-signed "
                               "PATCHes [MB/s]")
                    .arg(options.records)
                    .arg(photoCount)
                    .arg(options.photoKiB),
                fmt(ours, 1), fmt(theirs, 1), ratioText(ratio), judgeAtLeast(ratio, 0.7, QStringLiteral(">= 0.70"))});
    report.note(QStringLiteral("Upload: engine %1 s from syncNow to the last receipt stored (%2 records: R1, U1 and U4 "
                               "chunks per photo, receipt checks; photos decrypted from the vault). curl %3 s for %4 PATCHes "
                               "of <= %5 KiB in %8 process(es) over %6 TLS connection(s) (request start to answer "
                               "end, body included: median %7 ms), bodies from plain files, headers signed before "
                               "each process starts; its R1/U1 setup is not timed. Loopback TLS to saisie-server, "
                               "embedded store.")
                    .arg(fmt(engine->wallMs / 1000.0, 1))
                    .arg(options.records)
                    .arg(fmt(curlMs / 1000.0, 1))
                    .arg(patches.size())
                    .arg(chunkBytes / 1024)
                    .arg(connections)
                    .arg(fmt(median(perPatch), 1))
                    .arg(sent->processes));
    report.note(QStringLiteral("Upload fixture (not timed): photo files %1 s; set A (engine) %2 s; set B (curl) %3 s "
                               "(saveDraft + Attachments::addFile + finalize).")
                    .arg(fmt(photoFilesMs / 1000.0, 1), fmt(setAMs / 1000.0, 1), fmt(setBMs / 1000.0, 1)));
    (void)site.server->stop();
}

} // namespace saisie::bench::sync
