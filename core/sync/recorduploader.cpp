#include "sync/recorduploader.h"

#include "protocol/encoding.h"
#include "protocol/strictjson.h"
#include "sync/synclog.h"
#include "sync/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace saisie::sync {

RecordUploader::RecordUploader(JobContext context, store::OutboxEntry entry, QObject *parent)
    : QObject(parent), m_ctx(std::move(context)), m_entry(std::move(entry))
{
}

RecordUploader::~RecordUploader() = default;

QByteArray RecordUploader::recordPath() const
{
    return "/v1/records/" + protocol::uuidText(m_entry.uuid).toLatin1() + "/versions/" +
           QByteArray::number(m_entry.version);
}

void RecordUploader::finish(JobOutcome outcome)
{
    if (auto cb = std::move(m_done))
        cb(std::move(outcome));
}

void RecordUploader::park(const QString &code)
{
    JobOutcome o;
    o.kind = JobOutcome::Park;
    o.code = code;
    finish(o);
}

void RecordUploader::start(Callback done)
{
    m_done = std::move(done);
    auto version = m_ctx.session.seizures().signedVersion(m_entry.uuid, m_entry.version);
    if (!version)
        return park(QStringLiteral("signed_version_missing"));
    m_version = *version;
    auto facts = signedAttachments(m_version.payload);
    if (!facts)
        return park(facts.error().code);
    m_facts = *facts;
    auto uploads = m_ctx.outbox.uploads(m_entry.uuid, m_entry.version);
    if (!uploads)
        return park(QStringLiteral("outbox_unreadable"));
    for (auto it = uploads->begin(); it != uploads->end(); ++it)
        if (it->uploaded)
            m_uploaded.insert(it.key());
    if (m_ctx.holdPhotos) {
        for (const AttachmentFact &f : std::as_const(m_facts))
            if (f.mimeType.startsWith(QLatin1String("image/")) && !m_uploaded.contains(f.id)) {
                JobOutcome held;
                held.kind = JobOutcome::Held;
                held.code = QStringLiteral("photos_held_on_metered_network");
                return finish(held);
            }
    }
    m_progress.record = m_entry.uuid;
    m_progress.recordVersion = m_entry.version;
    m_progress.attachmentCount = int(m_facts.size());
    for (const AttachmentFact &f : std::as_const(m_facts))
        m_progress.bytesTotal += f.size;
    if (m_ctx.progress)
        m_ctx.progress(m_progress);
    putRecord();
}

void RecordUploader::putRecord()
{
    (void)m_ctx.outbox.setState(m_entry.uuid, m_entry.version, store::outboxstate::UploadingRecord);
    QJsonArray declared;
    for (const AttachmentFact &f : std::as_const(m_facts))
        declared.append(QJsonObject{{QStringLiteral("id"), protocol::uuidText(f.id)},
                                    {QStringLiteral("sha256"), f.sha256},
                                    {QStringLiteral("state"), m_uploaded.contains(f.id) ? QStringLiteral("uploaded")
                                                                                        : QStringLiteral("pending")}});
    // Deviation from §11.1 agreed with this server version: no auditRef (no A1 chain upload yet).
    const QJsonObject body{{QStringLiteral("payload"), protocol::toBase64(m_version.payload)},
                           {QStringLiteral("contentHash"), m_version.contentHash},
                           {QStringLiteral("signature"), protocol::toBase64(m_version.signature)},
                           {QStringLiteral("vaultKeyId"), m_ctx.vaultKeyId},
                           {QStringLiteral("attachments"), declared},
                           {QStringLiteral("deviceClockOffsetS"), m_ctx.transport.signingOffset()}};
    SyncRequest r1 = jsonRequest("PUT", recordPath(), QJsonDocument(body).toJson(QJsonDocument::Compact));
    r1.vaultKeyId = m_ctx.vaultKeyId;
    sendWithFollowUps(m_ctx.transport, r1, [this](SyncResult r) { onRecordAnswer(r); });
}

Expected<QList<AttachmentFact>> RecordUploader::missingFrom(const QJsonValue &list) const
{
    const Error bad = makeError(QStringLiteral("response_invalid"), QStringLiteral("The server's missing list is malformed."));
    if (!list.isArray())
        return bad;
    QList<AttachmentFact> missing;
    for (const QJsonValue &v : list.toArray()) {
        const QUuid id = protocol::parseUuid(v.toObject().value(QStringLiteral("id")).toString());
        auto it = std::find_if(m_facts.begin(), m_facts.end(), [&](const AttachmentFact &f) { return f.id == id; });
        if (it == m_facts.end())
            return bad; // the server misses something this record never named
        missing.append(*it);
    }
    return missing;
}

void RecordUploader::onRecordAnswer(const SyncResult &r)
{
    if (r.status == 409 && r.errorCode == QLatin1String("attachment_not_uploaded") && !m_redeclared) {
        m_redeclared = true; // §18.3: declare them pending and repeat R1 once
        for (const QJsonValue &id : r.errorObject.value(QStringLiteral("ids")).toArray()) {
            const QUuid uuid = protocol::parseUuid(id.toString());
            m_uploaded.remove(uuid);
            (void)m_ctx.outbox.setUpload(m_entry.uuid, m_entry.version, uuid, QString(), false);
        }
        return putRecord();
    }
    if (r.status != 200 && r.status != 201)
        return finish(failureOutcome(r));
    (void)m_ctx.outbox.markSent(m_entry.uuid, m_entry.version, m_version.contentHash);
    (void)m_ctx.outbox.resetAttempts(m_entry.uuid, m_entry.version);
    auto answer = protocol::parseStrictObject(r.body);
    if (!answer)
        return finish(malformedAnswer(QStringLiteral("response_invalid")));
    const QString delivery = answer->value(QStringLiteral("delivery")).toString();
    if (delivery == QLatin1String("complete"))
        return acceptReceipt(answer->value(QStringLiteral("receipt")));
    auto missing = missingFrom(answer->value(QStringLiteral("missing")));
    if (!missing)
        return park(missing.error().code);
    if (missing->isEmpty())
        return askReceipt();
    uploadMissing(*missing);
}

void RecordUploader::uploadMissing(const QList<AttachmentFact> &missing)
{
    (void)m_ctx.outbox.setState(m_entry.uuid, m_entry.version, store::outboxstate::UploadingAttachments);
    m_queue = missing;
    // Bytes of attachments the server already holds count as sent.
    m_progress.bytesSent = m_progress.bytesTotal;
    for (const AttachmentFact &f : std::as_const(missing))
        m_progress.bytesSent -= f.size;
    QTimer::singleShot(0, this, &RecordUploader::nextAttachment);
}

void RecordUploader::nextAttachment()
{
    m_attachment.reset();
    if (m_queue.isEmpty())
        return askReceipt();
    const AttachmentFact fact = m_queue.takeFirst();
    m_progress.attachmentIndex = int(std::find(m_facts.begin(), m_facts.end(), fact) - m_facts.begin()) + 1;
    m_attachment = std::make_unique<AttachmentUploader>(m_ctx, m_version, fact, m_progress);
    m_attachment->start([this, fact](AttachmentUploader::Done done) {
        if (!done.ok)
            return finish(done.failure);
        m_progress.bytesSent += fact.size;
        m_uploaded.insert(fact.id);
        if (!done.receipt.isUndefined() && !done.receipt.isNull() && m_queue.isEmpty())
            m_receiptFromPatch = done.receipt;
        QTimer::singleShot(0, this, &RecordUploader::nextAttachment);
    });
}

void RecordUploader::askReceipt()
{
    if (!m_receiptFromPatch.isUndefined() && !m_receiptFromPatch.isNull())
        return acceptReceipt(std::exchange(m_receiptFromPatch, QJsonValue()));
    SyncRequest r2 = bareRequest("GET", recordPath() + "/receipt");
    r2.vaultKeyId = m_ctx.vaultKeyId;
    sendWithFollowUps(m_ctx.transport, r2, [this](SyncResult r) {
        if (r.status == 409 && r.errorCode == QLatin1String("delivery_incomplete") && !m_incompleteRetried) {
            m_incompleteRetried = true;
            auto missing = missingFrom(r.errorObject.value(QStringLiteral("missing")));
            if (!missing || missing->isEmpty())
                return park(QStringLiteral("delivery_incomplete"));
            return uploadMissing(*missing);
        }
        if (r.status != 200)
            return finish(failureOutcome(r));
        auto answer = protocol::parseStrictObject(r.body);
        if (!answer || answer->value(QStringLiteral("delivery")).toString() != QLatin1String("complete"))
            return finish(malformedAnswer(QStringLiteral("response_invalid")));
        acceptReceipt(answer->value(QStringLiteral("receipt")));
    });
}

void RecordUploader::acceptReceipt(const QJsonValue &receipt)
{
    ReceiptExpectation expected{m_ctx.trustedKeys, m_ctx.deviceId, m_ctx.vaultKeyId, m_version};
    auto verified = verifyReceipt(receipt, expected);
    if (!verified) {
        qCWarning(lcSync) << "security: receipt for" << m_entry.uuid << m_entry.version << "refused:"
                          << verified.error().code;
        JobOutcome o;
        o.kind = JobOutcome::Retry;
        o.code = verified.error().code;
        o.receiptRejected = true;
        return finish(o);
    }
    if (Status s = m_ctx.outbox.markDelivered(m_entry.uuid, m_entry.version, verified->bytes, verified->payloadHash,
                                              m_version.contentHash);
        !s) {
        JobOutcome o;
        o.kind = JobOutcome::Retry;
        o.code = QStringLiteral("store_failed");
        return finish(o);
    }
    JobOutcome o;
    o.kind = JobOutcome::Delivered;
    finish(o);
}

} // namespace saisie::sync
