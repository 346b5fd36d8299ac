#include "sync/attachmentuploader.h"

#include "protocol/encoding.h"
#include "protocol/strictjson.h"
#include "sync/synclog.h"
#include "sync/transport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace saisie::sync {

namespace {
bool validUploadId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

AttachmentUploader::AttachmentUploader(JobContext &context, const store::SignedVersion &version,
                                       const AttachmentFact &fact, SyncProgress progress)
    : m_ctx(context), m_version(version), m_fact(fact), m_progress(progress), m_progressBase(progress.bytesSent)
{
}

QByteArray AttachmentUploader::target() const { return "/v1/uploads/" + m_uploadId.toLatin1(); }

void AttachmentUploader::fail(JobOutcome outcome) { finish(Done{false, std::move(outcome), {}}); }

void AttachmentUploader::park(const QString &code)
{
    JobOutcome o;
    o.kind = JobOutcome::Park;
    o.code = code;
    fail(o);
}

void AttachmentUploader::finish(Done done)
{
    m_bytes.fill('\0'); // evidence bytes do not linger in freed heap longer than needed
    m_bytes.clear();
    if (auto cb = std::move(m_done))
        cb(std::move(done));
}

void AttachmentUploader::start(Callback done)
{
    m_done = std::move(done);
    if (m_fact.size > kMaxInMemoryBytes)
        return park(QStringLiteral("attachment_too_large_for_client"));
    QBuffer sink(&m_bytes);
    sink.open(QIODevice::WriteOnly);
    auto read = m_ctx.session.blobs().read(m_version.uuid, m_fact.id, vault::BlobPart::Original, &sink);
    sink.close();
    // The bytes sent must be the ones whose hash was signed (E1); a damaged blob goes to a person.
    if (!read || QString::fromLatin1(read->sha256.toHex()) != m_fact.sha256 || read->size != m_fact.size) {
        qCWarning(lcSync) << "attachment" << m_fact.id << "does not match its signed hash; parked";
        return park(QStringLiteral("attachment_damaged"));
    }
    // U1 rather than HEAD to resume: it is idempotent, names the same upload with its current
    // offset, and also gives the server's maxChunk, which HEAD does not (a chunk above the limit
    // would be refused on every try).
    create();
}

void AttachmentUploader::create()
{
    const QJsonObject body{{QStringLiteral("recordUuid"), protocol::uuidText(m_version.uuid)},
                           {QStringLiteral("attachmentId"), protocol::uuidText(m_fact.id)},
                           {QStringLiteral("sha256"), m_fact.sha256},
                           {QStringLiteral("length"), m_fact.size},
                           {QStringLiteral("mimeType"), m_fact.mimeType}};
    SyncRequest u1 = jsonRequest("POST", "/v1/uploads", QJsonDocument(body).toJson(QJsonDocument::Compact));
    u1.vaultKeyId = m_ctx.vaultKeyId;
    sendWithFollowUps(m_ctx.transport, u1, [this](SyncResult r) {
        if (r.status != 200 && r.status != 201)
            return fail(failureOutcome(r));
        auto o = protocol::parseStrictObject(r.body);
        const QString id = o ? o->value(QStringLiteral("uploadId")).toString() : QString();
        if (!o || !validUploadId(id) || o->value(QStringLiteral("length")).toInteger(-1) != m_fact.size)
            return fail(malformedAnswer(QStringLiteral("upload_response_invalid")));
        m_uploadId = id;
        m_offset = o->value(QStringLiteral("offset")).toInteger(-1);
        const qint64 maxChunk = o->value(QStringLiteral("maxChunk")).toInteger(0);
        if (maxChunk > 0)
            m_chunk = qMin(kDefaultChunk, maxChunk);
        if (m_offset < 0 || m_offset > m_fact.size)
            return fail(malformedAnswer(QStringLiteral("upload_response_invalid")));
        (void)m_ctx.outbox.setUpload(m_version.uuid, m_version.version, m_fact.id, m_uploadId, false);
        if (o->value(QStringLiteral("complete")).toBool()) {
            (void)m_ctx.outbox.setUpload(m_version.uuid, m_version.version, m_fact.id, m_uploadId, true);
            return finish(Done{true, {}, {}});
        }
        sendChunk();
    });
}

void AttachmentUploader::sendChunk()
{
    const QByteArray chunk = m_bytes.mid(m_offset, qMin(m_chunk, m_fact.size - m_offset));
    const QByteArray digest = protocol::sha256(chunk).toBase64();
    SyncRequest u4 = bareRequest("PATCH", target());
    u4.vaultKeyId = m_ctx.vaultKeyId;
    u4.body = chunk;
    u4.contentType = "application/offset+octet-stream";
    u4.uploadOffset = QByteArray::number(m_offset);
    u4.extraHeaders = {{"Upload-Checksum", "sha256 " + digest}};
    u4.wholeRequestTimeout = false;
    const qint64 sentOffset = m_offset;
    auto progress = QObject::connect(&m_ctx.transport, &Transport::uploadProgress, [this, sentOffset](qint64 sent, qint64) {
        m_progress.bytesSent = m_progressBase + sentOffset + sent;
        if (m_ctx.progress)
            m_ctx.progress(m_progress);
    });
    sendWithFollowUps(m_ctx.transport, u4, [this, progress, sentOffset](SyncResult r) {
        QObject::disconnect(progress);
        const QString code = r.errorCode;
        if (r.status == 409 && code == QLatin1String("upload_offset_mismatch")) {
            const qint64 offset = r.errorObject.value(QStringLiteral("offset")).toInteger(-1);
            if (r.errorObject.value(QStringLiteral("complete")).toBool())
                return create(); // U1 replays the completed upload's state
            if (offset < 0 || offset > m_fact.size || offset == m_lastMismatchOffset)
                return park(code); // the same answer twice: a follow-up is repeated once only
            m_lastMismatchOffset = offset;
            m_offset = offset;
            return sendChunk();
        }
        if (r.status == 404 && !m_recreated) {
            m_recreated = true;
            return create();
        }
        if (r.status == 422 && code == QLatin1String("chunk_checksum_mismatch") && !m_checksumResent) {
            m_checksumResent = true; // re-read from memory is the same bytes; the blob was authenticated
            return sendChunk();
        }
        if (r.status == 422 && code == QLatin1String("object_hash_mismatch") && !m_restarted) {
            m_restarted = true; // the local original matched its hash when read: restart once (§12.5)
            m_offset = 0;
            return sendChunk();
        }
        if (r.status != 200)
            return fail(failureOutcome(r));
        auto o = protocol::parseStrictObject(r.body);
        const qint64 offset = o ? o->value(QStringLiteral("offset")).toInteger(-1) : -1;
        if (offset <= sentOffset || offset > m_fact.size)
            return fail(malformedAnswer(QStringLiteral("upload_response_invalid")));
        m_offset = offset;
        m_lastMismatchOffset = -1;
        m_progress.bytesSent = m_progressBase + m_offset;
        if (m_ctx.progress)
            m_ctx.progress(m_progress);
        if (o->value(QStringLiteral("complete")).toBool()) {
            (void)m_ctx.outbox.setUpload(m_version.uuid, m_version.version, m_fact.id, m_uploadId, true);
            return finish(Done{true, {}, o->value(QStringLiteral("receipt"))});
        }
        if (m_offset >= m_fact.size)
            return fail(malformedAnswer(QStringLiteral("upload_response_invalid")));
        sendChunk();
    });
}

} // namespace saisie::sync
