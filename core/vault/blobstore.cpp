#include "vault/blobstore.h"

#include "common/durablefile.h"
#include "common/logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <sodium.h>
#include <unistd.h>

namespace saisie::vault {

namespace {
constexpr char kMagic[8] = {'S', 'Z', 'B', 'L', 'O', 'B', '0', '1'};
constexpr qint64 kCipherChunk = BlobStore::kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

auto *u8(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
const auto *u8(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

Error ioError(const QString &what, const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("io"), QStringLiteral("Could not %1 %2: %3.").arg(what, path, detail));
}

/// Reads up to `size` bytes, looping over short reads (pipes, sockets).
qint64 readFully(QIODevice &device, char *data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = device.read(data + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0 && !device.waitForReadyRead(-1))
            break;
        total += n;
    }
    return total;
}
} // namespace

BlobStore::BlobStore(QString directory, const SecureBuffer &key) : m_dir(std::move(directory)), m_key(key) {}

Status BlobStore::ensureDirectories() const
{
    for (const QString &sub : {QString(), QStringLiteral("/.tmp"), QStringLiteral("/quarantine")})
        if (Status s = durable::makePrivateDirectory(m_dir + sub); !s)
            return s;
    return success();
}

QString BlobStore::fileNameFor(const QUuid &attachmentId, BlobPart part)
{
    const QString base = attachmentId.toString(QUuid::WithoutBraces);
    return part == BlobPart::Original ? base + QStringLiteral(".blob") : base + QStringLiteral(".thumb");
}

QByteArray BlobStore::associatedData(const QUuid &recordId, const QUuid &attachmentId, BlobPart part) const
{
    return QByteArray(kMagic, sizeof kMagic) + recordId.toRfc4122() + attachmentId.toRfc4122()
           + char(static_cast<quint8>(part));
}

Expected<BlobWritten> BlobStore::write(const QUuid &recordId, const QUuid &attachmentId, BlobPart part,
                                       const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return write(recordId, attachmentId, part, buffer);
}

Expected<BlobWritten> BlobStore::write(const QUuid &recordId, const QUuid &attachmentId, BlobPart part,
                                       QIODevice &source)
{
    if (Status s = ensureDirectories(); !s)
        return s.error();
    BlobWritten result;
    result.fileName = fileNameFor(attachmentId, part);
    const QString finalPath = m_dir + QLatin1Char('/') + result.fileName;
    if (QFile::exists(finalPath))
        return makeError(QStringLiteral("exists"), QStringLiteral("An attachment with this id is already stored."));
    const QString tmpPath = m_dir + QStringLiteral("/.tmp/") + result.fileName;
    QFile out(tmpPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ioError(QStringLiteral("create"), tmpPath, out.errorString());

    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, u8(header), m_key.data());
    const QByteArray ad = associatedData(recordId, attachmentId, part);
    bool ok = out.write(kMagic, sizeof kMagic) == sizeof kMagic && out.write(header) == header.size();

    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    QByteArray plain(kChunkBytes, Qt::Uninitialized);
    QByteArray cipher(kCipherChunk, Qt::Uninitialized);
    // Read one chunk ahead so the last chunk can carry TAG_FINAL even when the size is unknown.
    QByteArray next(kChunkBytes, Qt::Uninitialized);
    qint64 have = readFully(source, plain.data(), kChunkBytes);
    while (ok && have >= 0) {
        const qint64 nextHave = have == kChunkBytes ? readFully(source, next.data(), kChunkBytes) : 0;
        if (nextHave < 0) {
            ok = false;
            break;
        }
        result.size += have;
        if (result.size > kMaxBlobBytes) {
            out.close();
            out.remove();
            return makeError(QStringLiteral("too_large"), QStringLiteral("The file is larger than 2 GiB."));
        }
        crypto_hash_sha256_update(&hash, u8(plain), size_t(have));
        const unsigned char tag =
            nextHave == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        unsigned long long cipherLen = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, u8(cipher), &cipherLen, u8(plain), size_t(have), u8(ad),
                                                   size_t(ad.size()), tag);
        ok = out.write(cipher.constData(), qint64(cipherLen)) == qint64(cipherLen);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
        plain.swap(next);
        have = nextHave;
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    sodium_memzero(next.data(), size_t(next.size()));
    sodium_memzero(&state, sizeof state);
    ok = ok && have >= 0 && out.flush() && durable::syncFd(out.handle());
    out.close();
    if (!ok) {
        QFile::remove(tmpPath);
        return ioError(QStringLiteral("write"), tmpPath, out.errorString());
    }
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(tmpPath);
        return ioError(QStringLiteral("rename"), finalPath, QStringLiteral("rename failed"));
    }
    if (Status s = durable::syncDirectory(m_dir); !s)
        return s.error();
    result.sha256.resize(crypto_hash_sha256_BYTES);
    crypto_hash_sha256_final(&hash, u8(result.sha256));
    return result;
}

Expected<BlobWritten> BlobStore::read(const QUuid &recordId, const QUuid &attachmentId, BlobPart part,
                                      QIODevice *sink) const
{
    BlobWritten result;
    result.fileName = fileNameFor(attachmentId, part);
    QFile in(m_dir + QLatin1Char('/') + result.fileName);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("missing"), QStringLiteral("The attachment file is missing."));
    const auto tampered = [] {
        return makeError(QStringLiteral("tampered"),
                         QStringLiteral("The attachment file failed authentication: it was altered, damaged or "
                                        "belongs to another record."));
    };
    const QByteArray magic = in.read(sizeof kMagic);
    const QByteArray header = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (magic != QByteArray(kMagic, sizeof kMagic) || header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return tampered();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u8(header), m_key.data()) != 0)
        return tampered();

    const QByteArray ad = associatedData(recordId, attachmentId, part);
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    QByteArray plain(kChunkBytes, Qt::Uninitialized);
    bool final = false;
    while (!final) {
        const QByteArray cipher = in.read(kCipherChunk);
        if (cipher.isEmpty())
            return makeError(QStringLiteral("truncated"),
                             QStringLiteral("The attachment file ends before its final chunk: it was truncated."));
        unsigned long long plainLen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, u8(plain), &plainLen, &tag, u8(cipher),
                                                       size_t(cipher.size()), u8(ad), size_t(ad.size()))
            != 0)
            return tampered();
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        crypto_hash_sha256_update(&hash, u8(plain), size_t(plainLen));
        result.size += qint64(plainLen);
        if (sink && sink->write(plain.constData(), qint64(plainLen)) != qint64(plainLen))
            return ioError(QStringLiteral("write out"), result.fileName, sink->errorString());
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!in.atEnd())
        return tampered(); // bytes after TAG_FINAL: something was appended
    result.sha256.resize(crypto_hash_sha256_BYTES);
    crypto_hash_sha256_final(&hash, u8(result.sha256));
    return result;
}

QStringList BlobStore::discardUnfinished() const
{
    // Files in .tmp were never renamed into place, so no row can reference them: a write was cut short.
    QStringList removed;
    const QString tmp = m_dir + QStringLiteral("/.tmp");
    for (const QString &name : QDir(tmp).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        if (durable::shredFile(tmp + QLatin1Char('/') + name))
            removed << name;
    return removed;
}

QStringList BlobStore::files() const
{
    return QDir(m_dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

Status BlobStore::quarantine(const QString &fileName) const
{
    if (Status s = ensureDirectories(); !s)
        return s;
    const QString from = m_dir + QLatin1Char('/') + fileName;
    const QString to = m_dir + QStringLiteral("/quarantine/") + fileName;
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(QStringLiteral("quarantine"), fileName, QStringLiteral("rename failed"));
    qCWarning(lcBlob) << "quarantined unreferenced blob" << fileName;
    return durable::syncDirectory(m_dir);
}

Status BlobStore::remove(const QString &fileName) const
{
    return durable::shredFile(m_dir + QLatin1Char('/') + fileName);
}

} // namespace saisie::vault
