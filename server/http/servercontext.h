#pragma once
// What every route needs: the configuration, the store, the attachment directory and the
// server's signing key. Built once by main and shared read-only by the worker threads (the store
// and the blob directory are thread-safe; the upload locks are the only mutable state here).
#include "config/serverconfig.h"
#include "store/blobdirectory.h"
#include "store/serverstore.h"

#include <QHash>
#include <QString>
#include <memory>
#include <mutex>

namespace saisie::server::http {

/// Protocol limits (§2.4, values advertised by S1).
struct Limits {
    qint64 maxJsonBody = 4 * 1024 * 1024;
    qint64 maxRecordBody = 12 * 1024 * 1024;
    qint64 maxPayload = 8 * 1024 * 1024;
    qint64 maxChunk = 8 * 1024 * 1024;
    qint64 maxAttachment = 2147483648LL;
    int maxAuditEvents = 1000;
    int maxFeedWait = 55;
    int maxDepth = 32;
    qint64 maxTarget = 2048;
    qint64 maxHeaderSection = 16 * 1024;
    qint64 maxHeaderField = 8 * 1024;
    int maxHeaderFields = 64;
};

/// Serialises PATCHes of one upload inside this process: two racing chunks at the same offset
/// would otherwise both truncate and append the same partial file. (Across instances the
/// store's compare-and-set and the whole-object hash still catch it.)
class UploadLocks
{
public:
    std::shared_ptr<std::mutex> lockFor(const QString &uploadId);
    void release(const QString &uploadId, const std::shared_ptr<std::mutex> &lock);

private:
    std::mutex m_mutex;
    QHash<QString, std::shared_ptr<std::mutex>> m_locks;
};

struct ServerContext {
    ServerConfig config;
    ServerStore *store = nullptr;
    BlobDirectory *blobs = nullptr;
    SigningKey signingKey;
    Limits limits;
    UploadLocks uploadLocks;
};

} // namespace saisie::server::http
