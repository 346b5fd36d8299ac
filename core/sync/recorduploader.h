#pragma once
// One outbox entry's delivery (docs/protocol.md §11-§13): R1, the missing attachments, R2, the
// receipt checks of §13.4 and the delivered transaction. Every attempt starts again with R1,
// which the server answers idempotently with what it still misses.
#include "sync/attachmentuploader.h"
#include "sync/receiptverifier.h"
#include "sync/syncjob.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace saisie::sync {

class RecordUploader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(JobOutcome)>;

    RecordUploader(JobContext context, store::OutboxEntry entry, QObject *parent = nullptr);
    ~RecordUploader() override;

    void start(Callback done);
    const store::OutboxEntry &entry() const { return m_entry; }

private:
    void putRecord();
    void onRecordAnswer(const SyncResult &r);
    void uploadMissing(const QList<AttachmentFact> &missing);
    void nextAttachment();
    void askReceipt();
    void acceptReceipt(const QJsonValue &receipt);
    void finish(JobOutcome outcome);
    void park(const QString &code);
    Expected<QList<AttachmentFact>> missingFrom(const QJsonValue &list) const;
    QByteArray recordPath() const;

    JobContext m_ctx;
    store::OutboxEntry m_entry;
    store::SignedVersion m_version;
    QList<AttachmentFact> m_facts;
    QSet<QUuid> m_uploaded;   // declared "uploaded" in R1
    QList<AttachmentFact> m_queue;
    std::unique_ptr<AttachmentUploader> m_attachment;
    QJsonValue m_receiptFromPatch;
    Callback m_done;
    bool m_redeclared = false;     // attachment_not_uploaded -> R1 once
    bool m_incompleteRetried = false; // delivery_incomplete -> uploads once
    SyncProgress m_progress;
};

} // namespace saisie::sync
