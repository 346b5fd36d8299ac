#include "common/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace saisie::durable {

namespace {
Error ioError(const QString &what, const QString &path)
{
    return makeError(QStringLiteral("io"), QStringLiteral("Could not %1 %2: %3.")
                                               .arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}
} // namespace

bool syncFd(int fd)
{
    while (::fsync(fd) != 0) {
        if (errno != EINTR)
            return false;
    }
    return true;
}

Status syncDirectory(const QString &dirPath)
{
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(QStringLiteral("open directory"), dirPath);
    const bool synced = syncFd(fd);
    ::close(fd);
    if (!synced)
        return ioError(QStringLiteral("sync directory"), dirPath);
    return success();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString tmp = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QStringLiteral("create"), tmp);
    const bool written = writeAll(fd, bytes.constData(), bytes.size()) && syncFd(fd);
    ::close(fd);
    if (!written) {
        ::unlink(tmpName.constData());
        return ioError(QStringLiteral("write"), tmp);
    }
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(tmpName.constData());
        return ioError(QStringLiteral("replace"), path);
    }
    return syncDirectory(info.absolutePath());
}

Status shredFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (::stat(name.constData(), &st) != 0)
        return errno == ENOENT ? success() : Status(ioError(QStringLiteral("inspect"), path));
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        off_t left = st.st_size;
        while (left > 0) {
            const auto n = static_cast<qsizetype>(std::min<off_t>(left, noise.size()));
            randombytes_buf(noise.data(), static_cast<size_t>(n));
            if (!writeAll(fd, noise.constData(), n))
                break;
            left -= n;
        }
        syncFd(fd);
        ::close(fd);
    }
    if (::unlink(name.constData()) != 0 && errno != ENOENT)
        return ioError(QStringLiteral("delete"), path);
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return ioError(QStringLiteral("create directory"), path);
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        return ioError(QStringLiteral("restrict permissions of"), path);
    return success();
}

} // namespace saisie::durable
