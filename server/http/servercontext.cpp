#include "http/servercontext.h"

namespace saisie::server::http {

std::shared_ptr<std::mutex> UploadLocks::lockFor(const QString &uploadId)
{
    std::lock_guard guard(m_mutex);
    auto &lock = m_locks[uploadId];
    if (!lock)
        lock = std::make_shared<std::mutex>();
    return lock;
}

void UploadLocks::release(const QString &uploadId, const std::shared_ptr<std::mutex> &lock)
{
    std::lock_guard guard(m_mutex);
    // Two references left (the table's and the caller's): nobody else waits on it.
    if (lock.use_count() <= 2)
        m_locks.remove(uploadId);
}

} // namespace saisie::server::http
