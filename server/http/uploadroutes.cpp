// U1 POST /v1/uploads, U2 HEAD / U3 GET /v1/uploads/{id}, U4 PATCH /v1/uploads/{id} (§12).
#include "http/httpresponse.h"
#include "http/receipts.h"
#include "http/requestauth.h"
#include "http/requestjson.h"
#include "http/routes.h"
#include "protocol/encoding.h"
#include "protocol/requestauth.h"

#include <QRegularExpression>
#include <sodium.h>

namespace saisie::server::http {

namespace {

/// "up_" and 22 url-safe base64 characters: 128 random bits.
QString newUploadId()
{
    QByteArray bytes(16, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QStringLiteral("up_") +
           QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void uploadHeaders(HttpResponse &res, const Upload &upload)
{
    res.setHeader(protocol::kHeaderUploadOffset, QByteArray::number(upload.offset));
    res.setHeader(protocol::kHeaderUploadLength, QByteArray::number(upload.length));
}

void notFound(HttpResponse &res)
{
    setError(res, 404, QStringLiteral("upload_not_found"), QStringLiteral("There is no such upload; create it again."));
}

/// The upload named in the path, if it belongs to this device.
std::optional<Upload> findUpload(ServerContext &ctx, const HttpRequest &req, const Device &device, HttpResponse &res)
{
    auto upload = ctx.store->upload(req.params.value(0));
    if (!upload) {
        setInternalError(res, upload.error());
        return std::nullopt;
    }
    if (!upload->has_value() || (*upload)->deviceId != device.id) {
        notFound(res);
        return std::nullopt;
    }
    return **upload;
}

void offsetMismatch(HttpResponse &res, const Upload &upload)
{
    setError(res, 409, QStringLiteral("upload_offset_mismatch"), QStringLiteral("The upload is at another offset."),
             {{QStringLiteral("offset"), upload.offset}, {QStringLiteral("complete"), upload.complete}});
}

} // namespace

void postUpload(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth)
        return;
    const auto body = readBody(req, res, BodySpec{kJsonType, ctx.limits.maxJsonBody}, auth->claimedDigest);
    if (!body)
        return;
    const auto json = parseJsonBody(*body, res);
    if (!json || !onlyMembers(*json, {QStringLiteral("recordUuid"), QStringLiteral("attachmentId"),
                                      QStringLiteral("sha256"), QStringLiteral("length"), QStringLiteral("mimeType")},
                              res))
        return;
    FieldErrors errors;
    const QString recordUuid = errors.uuid(*json, QStringLiteral("recordUuid"), QStringLiteral("recordUuid"));
    const QString attachmentId = errors.uuid(*json, QStringLiteral("attachmentId"), QStringLiteral("attachmentId"));
    const QString sha256 = errors.sha256Hex(*json, QStringLiteral("sha256"), QStringLiteral("sha256"));
    const auto length = errors.integer(*json, QStringLiteral("length"), QStringLiteral("length"), 0, 1LL << 50);
    const QString mimeType = errors.string(*json, QStringLiteral("mimeType"), QStringLiteral("mimeType"), false, 255);
    if (errors.answer(res))
        return;

    auto versions = ctx.store->recordVersions(QUuid::fromString(recordUuid));
    if (!versions)
        return setInternalError(res, versions.error());
    bool received = false;
    bool named = false;
    for (const StoredRecord &record : *versions) {
        if (record.deviceId != auth->device.id)
            continue;
        received = true;
        for (const AttachmentRef &ref : record.attachments)
            named = named || (protocol::uuidText(ref.id) == attachmentId && ref.sha256 == sha256 && ref.size == *length);
    }
    if (!received)
        return setError(res, 409, QStringLiteral("record_not_received"),
                        QStringLiteral("Upload the record version before its attachments."));
    if (!named)
        return setError(res, 422, QStringLiteral("attachment_not_in_record"),
                        QStringLiteral("The record names no such attachment."));
    if (*length > ctx.limits.maxAttachment)
        return setLimitError(res, 413, QStringLiteral("attachment_too_large"), ctx.limits.maxAttachment,
                             QStringLiteral("attachment"));

    Upload upload;
    upload.id = newUploadId();
    upload.deviceId = auth->device.id;
    upload.recordUuid = QUuid::fromString(recordUuid);
    upload.attachmentId = QUuid::fromString(attachmentId);
    upload.sha256 = sha256;
    upload.length = *length;
    upload.mimeType = mimeType;
    upload.updatedAt = protocol::utcNowText();
    auto created = ctx.store->createUpload(upload);
    if (!created)
        return setInternalError(res, created.error());
    if (created->outcome == UploadOutcome::Conflict)
        return setError(res, 409, QStringLiteral("attachment_conflict"),
                        QStringLiteral("An upload of this attachment exists with another hash or length."));
    const Upload &stored = created->upload;
    res.setHeader("Location", "/v1/uploads/" + stored.id.toLatin1());
    uploadHeaders(res, stored);
    setJson(res, created->outcome == UploadOutcome::Created ? 201 : 200,
            {{QStringLiteral("uploadId"), stored.id},
             {QStringLiteral("offset"), stored.offset},
             {QStringLiteral("length"), stored.length},
             {QStringLiteral("maxChunk"), ctx.limits.maxChunk},
             {QStringLiteral("complete"), stored.complete}});
}

void getUpload(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth || !readBody(req, res, BodySpec{nullptr, 0}, auth->claimedDigest))
        return;
    const auto upload = findUpload(ctx, req, auth->device, res);
    if (!upload)
        return;
    uploadHeaders(res, *upload);
    if (req.method == "HEAD") {
        res.status = 200;
        return;
    }
    setJson(res, 200, {{QStringLiteral("offset"), upload->offset},
                       {QStringLiteral("length"), upload->length},
                       {QStringLiteral("complete"), upload->complete}});
}

void patchUpload(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth || !checkContentType(req, res, kChunkType))
        return;
    static const QRegularExpression decimal(QStringLiteral("^(0|[1-9][0-9]{0,15})$"));
    const QByteArray offsetText = req.header(protocol::kHeaderUploadOffset);
    if (!decimal.match(QString::fromLatin1(offsetText)).hasMatch())
        return setHeaderInvalid(res, QString::fromLatin1(protocol::kHeaderUploadOffset));
    const QByteArray checksumText = req.header(protocol::kHeaderUploadChecksum);
    const auto checksum = checksumText.startsWith("sha256 ")
                              ? protocol::decodeBase64Strict(QByteArrayView(checksumText).sliced(7))
                              : std::nullopt;
    if (!checksum || checksum->size() != 32)
        return setHeaderInvalid(res, QString::fromLatin1(protocol::kHeaderUploadChecksum));
    if (auth->claimedDigest != *checksum)
        return setHeaderInvalid(res, QString::fromLatin1(protocol::kHeaderContentDigest));

    // One PATCH per upload at a time in this process; the store's compare-and-set covers others.
    const QString uploadId = req.params.value(0);
    const auto lock = ctx.uploadLocks.lockFor(uploadId);
    std::lock_guard guard(*lock);
    struct Release {
        UploadLocks &locks;
        const QString &id;
        const std::shared_ptr<std::mutex> &lock;
        ~Release() { locks.release(id, lock); }
    } release{ctx.uploadLocks, uploadId, lock};

    const auto upload = findUpload(ctx, req, auth->device, res);
    if (!upload)
        return;
    // Step 1: the offset.
    const qint64 offset = offsetText.toLongLong();
    if (offset != upload->offset || upload->complete)
        return offsetMismatch(res, *upload);
    // Step 2: the chunk's size.
    const qint64 length = req.contentLength.value_or(0);
    if (length > ctx.limits.maxChunk)
        return setLimitError(res, 413, QStringLiteral("chunk_too_large"), ctx.limits.maxChunk, QStringLiteral("chunk"));
    if (offset + length > upload->length)
        return setError(res, 422, QStringLiteral("upload_exceeds_length"),
                        QStringLiteral("The chunk goes beyond the upload's length."));
    // Step 3: the whole chunk, held to its checksum (which Content-Digest repeats).
    const auto chunk = readBody(req, res, BodySpec{kChunkType, ctx.limits.maxChunk, QStringLiteral("chunk_too_large"),
                                                   QStringLiteral("chunk")}, QByteArray());
    if (!chunk)
        return;
    if (protocol::sha256(*chunk) != *checksum)
        return setError(res, 422, QStringLiteral("chunk_checksum_mismatch"),
                        QStringLiteral("The chunk does not match its checksum."));
    // Step 4: durable append, then the offset.
    if (Status s = ctx.blobs->appendChunk(uploadId, offset, *chunk); !s)
        return setInternalError(res, s.error());
    const qint64 newOffset = offset + length;
    const bool complete = newOffset == upload->length;
    const QString now = protocol::utcNowText();
    if (complete) {
        // §12.5: the whole object against the hash the signed record names.
        auto hash = ctx.blobs->partialHash(uploadId, upload->length);
        if (!hash)
            return setInternalError(res, hash.error());
        if (*hash != upload->sha256) {
            (void)ctx.blobs->discardPartial(uploadId);
            if (Status s = ctx.store->resetUpload(uploadId, now); !s)
                return setInternalError(res, s.error());
            qWarning("saisie-server: upload %s failed its object hash; reset to 0", qPrintable(uploadId));
            return setError(res, 422, QStringLiteral("object_hash_mismatch"),
                            QStringLiteral("The uploaded object does not match the signed hash; it restarts at 0."));
        }
        if (Status s = ctx.blobs->commit(uploadId, upload->sha256); !s)
            return setInternalError(res, s.error());
    }
    auto advanced = ctx.store->advanceUpload(uploadId, offset, newOffset, complete, now);
    if (!advanced)
        return setInternalError(res, advanced.error());
    if (!*advanced) {
        const auto current = findUpload(ctx, req, auth->device, res);
        return current ? offsetMismatch(res, *current) : void();
    }
    if (complete) {
        if (Status s = completeRecordsOf(ctx, auth->device.id, upload->recordUuid); !s)
            return setInternalError(res, s.error());
    }
    res.setHeader(protocol::kHeaderUploadOffset, QByteArray::number(newOffset));
    setJson(res, 200, {{QStringLiteral("offset"), newOffset}, {QStringLiteral("complete"), complete}});
}

} // namespace saisie::server::http
