#include "store/attachments.h"

#include "codelists/codelists.h"
#include "common/logging.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QSet>

namespace saisie::store {

namespace {
QString hex(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex()); }

/// A small JPEG preview, or empty when the bytes are not an image Qt can read.
QByteArray makeThumbnail(QIODevice &source, int edge)
{
    QImageReader reader(&source);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 200'000'000)
        return {}; // refuse decompression bombs
    if (size.isValid())
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&out, "JPEG", 80);
    return jpeg;
}

bool defaultShareable(const QString &kind)
{
    const auto *list = codelists::CodeLists::bundled().list(u"attachment_kind");
    const auto *entry = list ? list->find(kind) : nullptr;
    return entry && entry->extra.value(QLatin1String("cen_shareable")).toBool(false);
}
} // namespace

Attachments::Attachments(vault::Database &db, vault::BlobStore &blobs, AuditLog &audit, Clock clock)
    : m_db(db), m_blobs(blobs), m_audit(audit), m_clock(std::move(clock))
{
}

Expected<model::AttachmentInfo> Attachments::addFile(const AttachRequest &request, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    return add(request, file);
}

Expected<model::AttachmentInfo> Attachments::add(const AttachRequest &request, QIODevice &source)
{
    const auto *kinds = codelists::CodeLists::bundled().list(u"attachment_kind");
    if (!kinds || !kinds->contains(request.kind))
        return makeError(QStringLiteral("kind"),
                         QStringLiteral("Unknown attachment kind \"%1\"; see the attachment_kind code list.")
                             .arg(request.kind));
    if (request.caption.size() > 4000)
        return makeError(QStringLiteral("caption"), QStringLiteral("The caption must have at most 4000 characters."));

    const QString id = request.seizure.toString(QUuid::WithoutBraces);
    auto draft = m_db.prepare(QStringLiteral(
        "SELECT version, signature IS NOT NULL FROM seizures WHERE uuid = ? ORDER BY version DESC LIMIT 1"));
    if (!draft)
        return draft.error();
    draft->bind(1, id);
    if (!draft->step())
        return draft->failed() ? draft->error()
                               : makeError(QStringLiteral("not_found"), QStringLiteral("No seizure %1 in this vault.").arg(id));
    if (draft->int64(1) != 0)
        return makeError(QStringLiteral("signed"),
                         QStringLiteral("This seizure is finalized; amend it before adding attachments."));
    const int version = int(draft->int64(0));

    model::AttachmentInfo info;
    info.id = QUuid::createUuid();
    info.kind = request.kind;
    info.caption = request.caption.isEmpty() ? model::Field<QString>() : model::Field<QString>(request.caption);
    info.cenShareable = request.cenShareable.value_or(defaultShareable(request.kind));
    info.capturedAt = request.capturedAt.isEmpty() ? m_clock() : request.capturedAt;

    // 1. Original bytes, encrypted and durable before anything references them. Files small
    // enough are read once into memory so the thumbnail comes from the same bytes that were hashed.
    constexpr qint64 kInMemoryLimit = 64 * 1024 * 1024;
    const bool inMemory = !source.isSequential() && source.size() <= kInMemoryLimit;
    QByteArray plain = inMemory ? source.readAll() : QByteArray();
    info.mimeType = QMimeDatabase().mimeTypeForData(inMemory ? plain : source.peek(4096)).name();
    auto written = inMemory ? m_blobs.write(request.seizure, info.id, vault::BlobPart::Original, plain)
                            : m_blobs.write(request.seizure, info.id, vault::BlobPart::Original, source);
    if (!written)
        return written.error();
    info.sha256 = hex(written->sha256);
    info.size = written->size;

    // 2. Thumbnail, encrypted like the original (never a plain preview on disk).
    QString thumbFile;
    if (inMemory && info.mimeType.startsWith(QLatin1String("image/"))) {
        QBuffer in(&plain);
        in.open(QIODevice::ReadOnly);
        const QByteArray thumb = makeThumbnail(in, kThumbnailEdge);
        if (!thumb.isEmpty()) {
            auto t = m_blobs.write(request.seizure, info.id, vault::BlobPart::Thumbnail, thumb);
            if (!t) {
                (void)m_blobs.remove(written->fileName);
                return t.error();
            }
            thumbFile = t->fileName;
        }
    }
    plain.fill('\0');

    // 3. The row and its audit event, in one transaction.
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO attachments (id, uuid, added_in_version, kind, mime_type, sha256, size, captured_at, caption, "
        "cen_shareable, blob_file, thumb_file, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, info.id.toString(QUuid::WithoutBraces)).bind(2, id).bind(3, version).bind(4, request.kind);
    insert->bind(5, info.mimeType).bind(6, info.sha256).bind(7, info.size).bind(8, info.capturedAt.value());
    insert->bind(9, request.caption.isEmpty() ? QString() : request.caption);
    insert->bind(10, qint64(info.cenShareable.value() ? 1 : 0)).bind(11, written->fileName);
    insert->bind(12, thumbFile.isEmpty() ? QString() : thumbFile).bind(13, m_clock());
    Status stored = insert->exec();
    if (stored)
        stored = m_audit.append(audit::Attach, id, version,
                                {{QStringLiteral("attachment"), info.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("sha256"), info.sha256},
                                 {QStringLiteral("size"), double(info.size)}});
    if (stored)
        stored = tx.commit();
    if (!stored) {
        // Nothing references the files: remove them now rather than leave them for quarantine.
        (void)m_blobs.remove(written->fileName);
        if (!thumbFile.isEmpty())
            (void)m_blobs.remove(thumbFile);
        return stored.error();
    }
    return info;
}

Status Attachments::readOriginal(const QUuid &seizure, const QUuid &attachment, QIODevice &sink)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT sha256 FROM attachments WHERE id = ? AND uuid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachment.toString(QUuid::WithoutBraces)).bind(2, seizure.toString(QUuid::WithoutBraces));
    if (!stmt->step())
        return makeError(QStringLiteral("not_found"), QStringLiteral("No such attachment on this seizure."));
    const QString expected = stmt->text(0);
    auto read = m_blobs.read(seizure, attachment, vault::BlobPart::Original, &sink);
    if (!read)
        return read.error();
    if (hex(read->sha256) != expected)
        return makeError(QStringLiteral("hash_mismatch"),
                         QStringLiteral("The attachment decrypts but its hash differs from the one recorded at capture."));
    return success();
}

Expected<QByteArray> Attachments::thumbnail(const QUuid &seizure, const QUuid &attachment)
{
    QByteArray bytes;
    QBuffer sink(&bytes);
    sink.open(QIODevice::WriteOnly);
    auto read = m_blobs.read(seizure, attachment, vault::BlobPart::Thumbnail, &sink);
    if (!read)
        return read.error().code == QLatin1String("missing") ? Expected<QByteArray>(QByteArray()) : read.error();
    return bytes;
}

QStringList Attachments::quarantineOrphans()
{
    QSet<QString> referenced;
    auto stmt = m_db.prepare(QStringLiteral("SELECT blob_file, thumb_file FROM attachments"));
    if (!stmt)
        return {stmt.error().message};
    while (stmt->step()) {
        referenced.insert(stmt->text(0));
        if (!stmt->isNull(1))
            referenced.insert(stmt->text(1));
    }
    if (stmt->failed())
        return {stmt->error().message};
    QStringList moved;
    for (const QString &file : m_blobs.discardUnfinished())
        moved << QStringLiteral("Removed the unfinished attachment write %1.").arg(file);
    for (const QString &file : m_blobs.files()) {
        if (referenced.contains(file))
            continue;
        if (Status s = m_blobs.quarantine(file); !s)
            moved << s.error().message;
        else
            moved << QStringLiteral("Quarantined unreferenced attachment file %1.").arg(file);
    }
    return moved;
}

QStringList Attachments::checkReferenced(bool decrypt)
{
    QStringList problems;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, uuid, sha256, blob_file, thumb_file FROM attachments"));
    if (!stmt)
        return {stmt.error().message};
    const QStringList present = m_blobs.files();
    while (stmt->step()) {
        const QString id = stmt->text(0);
        const QUuid seizure = QUuid::fromString(stmt->text(1));
        if (!present.contains(stmt->text(3))) {
            problems << QStringLiteral("Attachment %1 of seizure %2: the file is missing.").arg(id, stmt->text(1));
            continue;
        }
        if (!decrypt)
            continue;
        auto read = m_blobs.read(seizure, QUuid::fromString(id), vault::BlobPart::Original, nullptr);
        if (!read)
            problems << QStringLiteral("Attachment %1 of seizure %2: %3").arg(id, stmt->text(1), read.error().message);
        else if (hex(read->sha256) != stmt->text(2))
            problems << QStringLiteral("Attachment %1 of seizure %2: its hash differs from the one recorded at capture.")
                            .arg(id, stmt->text(1));
        if (!stmt->isNull(4)) {
            auto thumb = m_blobs.read(seizure, QUuid::fromString(id), vault::BlobPart::Thumbnail, nullptr);
            if (!thumb)
                problems << QStringLiteral("Thumbnail of attachment %1 of seizure %2: %3")
                                .arg(id, stmt->text(1), thumb.error().message);
        }
    }
    if (stmt->failed())
        problems << stmt->error().message;
    return problems;
}

Expected<QList<model::AttachmentInfo>> loadAttachmentInfos(vault::Database &db, const QUuid &seizure, int version)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id, kind, mime_type, sha256, size, captured_at, caption, "
                                          "cen_shareable FROM attachments WHERE uuid = ? AND added_in_version <= ? "
                                          "ORDER BY created_at, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, seizure.toString(QUuid::WithoutBraces)).bind(2, version);
    QList<model::AttachmentInfo> result;
    while (stmt->step()) {
        model::AttachmentInfo a;
        a.id = QUuid::fromString(stmt->text(0));
        if (!stmt->isNull(1))
            a.kind = stmt->text(1);
        a.mimeType = stmt->text(2);
        a.sha256 = stmt->text(3);
        a.size = stmt->int64(4);
        if (!stmt->isNull(5))
            a.capturedAt = stmt->text(5);
        if (!stmt->isNull(6))
            a.caption = stmt->text(6);
        if (!stmt->isNull(7))
            a.cenShareable = stmt->int64(7) != 0;
        result.append(a);
    }
    if (stmt->failed())
        return stmt->error();
    return result;
}

} // namespace saisie::store
