#include "store/secretfile.h"

#include "common/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace saisie::server {

namespace {
Error ioError(const QString &what, const QString &path)
{
    return makeError(QStringLiteral("io"), QStringLiteral("Could not %1 %2: %3.")
                                               .arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}
} // namespace

Status writeSecretFile(const QString &path, const SecureBuffer &secret)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return makeError(QStringLiteral("exists"),
                             QStringLiteral("%1 already exists; refusing to overwrite a key.").arg(path));
        return ioError(QStringLiteral("create"), path);
    }
    const unsigned char *data = secret.data();
    std::size_t left = secret.size();
    bool ok = true;
    while (ok && left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok) {
            data += n;
            left -= std::size_t(n);
        }
    }
    ok = ok && durable::syncFd(fd);
    ::close(fd);
    if (!ok) {
        ::unlink(name.constData());
        return ioError(QStringLiteral("write"), path);
    }
    return durable::syncDirectory(QFileInfo(path).absolutePath());
}

Expected<SecureBuffer> readSecretFile(const QString &path, std::size_t size)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return makeError(QStringLiteral("missing"), QStringLiteral("The key file %1 does not exist.").arg(path));
        return ioError(QStringLiteral("open"), path);
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        ::close(fd);
        return ioError(QStringLiteral("inspect"), path);
    }
    if ((info.st_mode & 077) != 0) {
        ::close(fd);
        return makeError(QStringLiteral("permissions"),
                         QStringLiteral("The key file %1 is readable by other users; run chmod 600 on it.").arg(path));
    }
    if (info.st_size != off_t(size)) {
        ::close(fd);
        return makeError(QStringLiteral("size"),
                         QStringLiteral("The key file %1 has the wrong size (%2 bytes expected).").arg(path).arg(size));
    }
    SecureBuffer secret(size);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, secret.data() + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return ioError(QStringLiteral("read"), path);
        }
        got += std::size_t(n);
    }
    ::close(fd);
    return secret;
}

} // namespace saisie::server
