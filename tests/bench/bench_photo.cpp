// Section 2: photo ingest through the blob store and through Attachments::add.
#include "benches.h"
#include "raw.h"

#include <QBuffer>
#include <QDir>
#include <sodium.h>

namespace saisie::bench {

namespace {
constexpr qint64 kPhotoBytes = 4 * 1024 * 1024;
constexpr char kMagic[8] = {'S', 'Z', 'B', 'L', 'O', 'B', '0', '1'};

// The blob store's associated-data layout: magic, record id, attachment id, part.
QByteArray associatedData(const QUuid &record, const QUuid &attachment)
{
    return QByteArray(kMagic, sizeof kMagic) + record.toRfc4122() + attachment.toRfc4122() + char(1);
}

double mbPerSecond(qint64 bytesEach, const QList<double> &ms)
{
    const double totalMs = std::accumulate(ms.cbegin(), ms.cend(), 0.0);
    return double(bytesEach) * double(ms.size()) / (totalMs / 1000.0) / 1e6;
}
} // namespace

void benchPhotos(store::Session &session, const Options &options, const RecordFactory &records, Report &report)
{
    QString error;
    progress(QStringLiteral("photos: encoding a %1x%2 JPEG").arg(options.jpegWidth).arg(options.jpegHeight));
    const QByteArray photo = makeJpeg(options.jpegWidth, options.jpegHeight, kPhotoBytes, 9303, &error);
    if (photo.isEmpty()) {
        report.fail(error);
        return;
    }
    auto draft = session.seizures().saveDraft(records.quickEntry());
    if (!draft) {
        report.fail(QStringLiteral("saveDraft: %1").arg(draft.error().message));
        return;
    }
    const QUuid record = draft->uuid;

    const QString rawDir = options.dir + QStringLiteral("/raw/blobs");
    QDir().mkpath(rawDir);
    unsigned char rawKey[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(rawKey);

    QList<double> ours;
    QList<double> raw;
    progress(QStringLiteral("photos: %1 x BlobStore::write and %1 x raw write of %2 bytes, alternating")
                 .arg(options.photos)
                 .arg(kPhotoBytes));
    QElapsedTimer t;
    for (int i = -1; i < options.photos; ++i) { // i == -1: warm-up, not counted
        const QUuid attachment = QUuid::createUuid();
        t.start();
        if (!rawBlobWrite(rawDir + QStringLiteral("/%1.blob").arg(i + 1), photo, rawKey,
                          associatedData(record, attachment), &error)) {
            report.fail(error);
            return;
        }
        const double r = msSince(t);
        t.restart();
        auto written = session.blobs().write(record, attachment, vault::BlobPart::Original, photo);
        const double o = msSince(t);
        if (!written || written->size != kPhotoBytes) {
            report.fail(QStringLiteral("BlobStore::write: %1").arg(written ? QStringLiteral("wrong size") : written.error().message));
            return;
        }
        if (i >= 0) {
            ours << o;
            raw << r;
        }
    }
    sodium_memzero(rawKey, sizeof rawKey);
    const double oursRate = mbPerSecond(kPhotoBytes, ours);
    const double rawRate = mbPerSecond(kPhotoBytes, raw);
    const double ratio = oursRate / rawRate;
    report.add({QStringLiteral("Photo ingest: BlobStore::write 4 MiB (hash+encrypt+fsync+rename+dir fsync), N=%1 "
                               "[MB/s]")
                    .arg(ours.size()),
                fmt(oursRate, 1), fmt(rawRate, 1), ratioText(ratio),
                judgeAtLeast(ratio, 0.8, QStringLiteral(">= 0.80"))});
    report.note(QStringLiteral("Photo: real %1x%2 JPEG padded to %3 bytes. Per write median: BlobStore::write %4 ms, "
                               "raw %5 ms (raw = secretstream push in 64 KiB chunks + SHA-256 + write(2) + fsync, no "
                               "rename, no directory fsync). MB = 10^6 bytes.")
                    .arg(options.jpegWidth)
                    .arg(options.jpegHeight)
                    .arg(kPhotoBytes)
                    .arg(fmt(median(ours), 1), fmt(median(raw), 1)));

    // Attachments::add: original + thumbnail (decode, scale, JPEG encode, encrypt) + row + audit event.
    QList<double> attach;
    progress(QStringLiteral("photos: %1 x Attachments::add").arg(options.attaches));
    for (int i = -1; i < options.attaches; ++i) {
        QByteArray copy = photo; // add() zeroes what it read; keep the source intact
        copy.detach();
        QBuffer source(&copy);
        source.open(QIODevice::ReadOnly);
        store::AttachRequest request;
        request.seizure = record;
        request.kind = QStringLiteral("GOODS");
        t.start();
        auto added = session.attachments().add(request, source);
        const double o = msSince(t);
        if (!added) {
            report.fail(QStringLiteral("Attachments::add: %1").arg(added.error().message));
            return;
        }
        if (i >= 0)
            attach << o;
    }
    auto thumbs = session.database().scalar(
        QStringLiteral("SELECT count(thumb_file) || '/' || count(*) || ' ' || max(mime_type) FROM attachments"));
    const double attachRate = mbPerSecond(kPhotoBytes, attach);
    report.add({QStringLiteral("Photo attach: Attachments::add 4 MiB JPEG (original + thumbnail + row), N=%1 [MB/s] "
                               "(info; baseline = raw blob write)")
                    .arg(attach.size()),
                fmt(attachRate, 1), fmt(rawRate, 1), ratioText(attachRate / rawRate), QStringLiteral("none (info)")});
    report.note(QStringLiteral("Attachments::add median %1 ms per photo; thumbnails made/rows and MIME type: %2.")
                    .arg(fmt(median(attach), 1), thumbs ? thumbs->toString() : QStringLiteral("?")));
}

} // namespace saisie::bench
