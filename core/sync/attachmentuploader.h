#pragma once
// One attachment's resumable upload (docs/protocol.md §12): HEAD on a known upload (U2) or create
// it (U1), then PATCH chunks (U4) from the server's offset, each with its own checksum. The bytes
// are the original plaintext decrypted from the vault's blob store.
//
// LIMIT: the plaintext is read into memory once per attempt (bounded by kMaxInMemoryBytes; the
// photo import limit is 64 MiB). Streaming chunk reads from the blob store would lift this.
#include "sync/receiptverifier.h"
#include "sync/syncjob.h"

#include <QJsonValue>
#include <QObject>

namespace saisie::sync {

class AttachmentUploader
{
public:
    static constexpr qint64 kDefaultChunk = 1024 * 1024;
    static constexpr qint64 kMaxInMemoryBytes = 256 * 1024 * 1024;

    struct Done {
        bool ok = false;
        JobOutcome failure;   // when !ok
        QJsonValue receipt;   // a receipt carried by the final PATCH answer, if the server sends one
    };
    using Callback = std::function<void(Done)>;

    /// `index`/`count` and `bytesBefore`/`bytesTotal` only feed the progress report.
    AttachmentUploader(JobContext &context, const store::SignedVersion &version, const AttachmentFact &fact,
                       SyncProgress progress);

    void start(Callback done);

private:
    void create();
    void sendChunk();
    void finish(Done done);
    void fail(JobOutcome outcome);
    void park(const QString &code);
    QByteArray target() const;

    JobContext &m_ctx;
    store::SignedVersion m_version;
    AttachmentFact m_fact;
    SyncProgress m_progress;
    qint64 m_progressBase = 0;
    Callback m_done;
    QByteArray m_bytes;
    QString m_uploadId;
    qint64 m_offset = 0;
    qint64 m_chunk = kDefaultChunk;
    bool m_recreated = false;      // upload_not_found -> U1 once
    bool m_checksumResent = false; // chunk_checksum_mismatch -> once
    bool m_restarted = false;      // object_hash_mismatch -> once
    qint64 m_lastMismatchOffset = -1;
};

} // namespace saisie::sync
