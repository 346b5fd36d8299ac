#include "store/blobdirectory.h"

#include "common/durablefile.h"
#include "protocol/encoding.h"
#include "store/storecodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace saisie::server {

namespace {
Error ioError(const QString &what)
{
    // The path is ours (an upload id or a hash), never client text beyond the validated id.
    return makeError(QStringLiteral("io"), QStringLiteral("Attachment storage failed to %1: %2.")
                                               .arg(what, QString::fromLocal8Bit(std::strerror(errno))));
}

Error badId()
{
    return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The upload id is malformed."));
}

Error badHash()
{
    return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The object name is not a hex SHA-256."));
}

// Closes on every return path; the descriptors here never outlive one call.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool writeAllAt(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size_t(size), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}
} // namespace

BlobDirectory::BlobDirectory(QString root) : m_root(std::move(root)) {}

Status BlobDirectory::ensure() const
{
    for (const QString &sub : {QString(), QStringLiteral("/partial"), QStringLiteral("/objects")}) {
        const QString path = m_root + sub;
        if (QDir(path).exists())
            continue;
        if (Status made = durable::makePrivateDirectory(path); !made)
            return made;
    }
    return success();
}

Status BlobDirectory::appendChunk(const QString &uploadId, qint64 offset, const QByteArray &chunk) const
{
    if (!codec::isUploadId(uploadId))
        return badId();
    if (offset < 0)
        return makeError(QStringLiteral("invalid_argument"), QStringLiteral("A negative upload offset."));
    const QString path = m_root + QStringLiteral("/partial/") + uploadId;
    const QByteArray name = QFile::encodeName(path);
    const bool existed = QFile::exists(path);
    Fd file{::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600)};
    if (file.fd < 0)
        return ioError(QStringLiteral("open a partial upload"));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return ioError(QStringLiteral("inspect a partial upload"));
    if (info.st_size < offset)
        return makeError(QStringLiteral("partial_short"),
                         QStringLiteral("The partial upload holds %1 bytes, fewer than the committed offset %2; "
                                        "the upload must restart.")
                             .arg(qint64(info.st_size))
                             .arg(offset));
    // Bytes past the committed offset come from a chunk whose offset never committed: drop them.
    if (info.st_size > offset && ::ftruncate(file.fd, off_t(offset)) != 0)
        return ioError(QStringLiteral("cut back a partial upload"));
    if (!writeAllAt(file.fd, chunk.constData(), chunk.size(), offset) || !durable::syncFd(file.fd))
        return ioError(QStringLiteral("write a chunk"));
    if (!existed)
        return durable::syncDirectory(m_root + QStringLiteral("/partial"));
    return success();
}

Expected<QString> BlobDirectory::partialHash(const QString &uploadId, qint64 length) const
{
    if (!codec::isUploadId(uploadId))
        return badId();
    QFile file(m_root + QStringLiteral("/partial/") + uploadId);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("The partial upload cannot be read."));
    if (file.size() < length)
        return makeError(QStringLiteral("partial_short"),
                         QStringLiteral("The partial upload is shorter than its committed offset."));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = length;
    while (left > 0) {
        const QByteArray block = file.read(qMin<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return makeError(QStringLiteral("io"), QStringLiteral("The partial upload could not be read to its end."));
        hash.addData(block);
        left -= block.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status BlobDirectory::commit(const QString &uploadId, const QString &sha256) const
{
    if (!codec::isUploadId(uploadId))
        return badId();
    if (!protocol::isSha256Hex(sha256))
        return badHash();
    const QString partial = m_root + QStringLiteral("/partial/") + uploadId;
    const QString target = objectPath(sha256);
    if (QFile::exists(target)) {
        // Content-addressed: the object is already the right bytes (another upload or an earlier
        // commit whose answer was lost), so a leftover partial is just garbage.
        if (QFile::exists(partial))
            return discardPartial(uploadId);
        return success();
    }
    if (!QFile::exists(partial))
        return makeError(QStringLiteral("partial_missing"),
                         QStringLiteral("Neither the partial upload nor the object exists."));
    const QString bucket = m_root + QStringLiteral("/objects/") + sha256.left(2);
    if (!QDir(bucket).exists()) {
        if (Status made = durable::makePrivateDirectory(bucket); !made)
            return made;
        if (Status synced = durable::syncDirectory(m_root + QStringLiteral("/objects")); !synced)
            return synced;
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return ioError(QStringLiteral("move a finished upload into place"));
    if (Status synced = durable::syncDirectory(bucket); !synced)
        return synced;
    return durable::syncDirectory(m_root + QStringLiteral("/partial"));
}

Status BlobDirectory::discardPartial(const QString &uploadId) const
{
    if (!codec::isUploadId(uploadId))
        return badId();
    const QByteArray name = QFile::encodeName(m_root + QStringLiteral("/partial/") + uploadId);
    if (::unlink(name.constData()) != 0) {
        if (errno == ENOENT)
            return success();
        return ioError(QStringLiteral("remove a partial upload"));
    }
    return durable::syncDirectory(m_root + QStringLiteral("/partial"));
}

bool BlobDirectory::hasObject(const QString &sha256) const
{
    return protocol::isSha256Hex(sha256) && QFile::exists(objectPath(sha256));
}

QString BlobDirectory::objectPath(const QString &sha256) const
{
    // Callers pass a validated hash; anything else yields a path inside no bucket that never exists.
    if (!protocol::isSha256Hex(sha256))
        return m_root + QStringLiteral("/objects/invalid");
    return m_root + QStringLiteral("/objects/") + sha256.left(2) + QLatin1Char('/') + sha256;
}

} // namespace saisie::server
