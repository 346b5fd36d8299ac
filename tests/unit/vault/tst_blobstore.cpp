// BlobStore: encrypted attachment files (SECURITY.md S1, D2). Real libsodium streams on disk.
#include "vaulttesthelpers.h"

#include "vault/blobstore.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>
#include <sodium.h>

using namespace saisie;
using namespace saisie::vault;
using saisie::testing::filesUnder;
using saisie::testing::flipBit;
using saisie::testing::readFile;
using saisie::testing::writeFile;

namespace {
constexpr qint64 kHeaderBytes = 8 + crypto_secretstream_xchacha20poly1305_HEADERBYTES; // magic + stream header
constexpr qint64 kCipherChunk = BlobStore::kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
const QByteArray kMarker("ZZBLOBPLANTEDMARKER");

QByteArray sodiumSha256(const QByteArray &bytes)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    return out;
}

/// Pseudo-photo bytes: JPEG magic first, a marker planted every 10 000 bytes, random filler.
QByteArray photoLike(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QByteArray magic("\xff\xd8\xff\xe0", 4);
    bytes.replace(0, qMin<qint64>(size, magic.size()), magic.left(qMin<qint64>(size, magic.size())));
    for (qint64 at = 4; at + kMarker.size() <= size; at += 10'000)
        bytes.replace(at, kMarker.size(), kMarker);
    return bytes;
}

/// A sequential source that hands out its bytes in small, odd pieces, like a pipe.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray bytes) : m_bytes(std::move(bytes)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, qint64(4093), qint64(m_bytes.size() - m_pos)});
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

struct Fixture {
    QTemporaryDir tmp;
    SecureBuffer key = SecureBuffer::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    BlobStore store{tmp.filePath(QStringLiteral("blobs")), key};
    QUuid record = QUuid::createUuid();
    QUuid attachment = QUuid::createUuid();

    QString path(const QUuid &id, BlobPart part = BlobPart::Original) const
    {
        return store.directory() + QLatin1Char('/') + BlobStore::fileNameFor(id, part);
    }
    Expected<BlobWritten> read(QByteArray *out = nullptr, const QUuid &rec = {}, const QUuid &att = {},
                               BlobPart part = BlobPart::Original) const
    {
        QBuffer sink(out);
        if (out)
            sink.open(QIODevice::WriteOnly);
        return store.read(rec.isNull() ? record : rec, att.isNull() ? attachment : att, part, out ? &sink : nullptr);
    }
};
} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ensureSodium();
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("0") << qint64(0);
        QTest::newRow("1") << qint64(1);
        QTest::newRow("64 KiB - 1") << BlobStore::kChunkBytes - 1;
        QTest::newRow("64 KiB") << BlobStore::kChunkBytes;
        QTest::newRow("64 KiB + 1") << BlobStore::kChunkBytes + 1;
        QTest::newRow("1 MiB + 17") << qint64(1024 * 1024 + 17);
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        Fixture f;
        QVERIFY(f.tmp.isValid());
        const QByteArray original = photoLike(size);
        auto written = f.store.write(f.record, f.attachment, BlobPart::Original, original);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->size, size);
        QCOMPARE(written->sha256, sodiumSha256(original));
        QCOMPARE(written->fileName, BlobStore::fileNameFor(f.attachment, BlobPart::Original));
        QCOMPARE(f.store.files(), QStringList{written->fileName});
        QCOMPARE(filesUnder(f.store.directory()), QStringList{written->fileName}); // .tmp is empty again

        // Layout: magic + header + one authenticated chunk per started 64 KiB (an empty final
        // chunk when the size is 0 or ends exactly on a chunk; here: at least one chunk).
        const qint64 chunks = qMax<qint64>(1, (size + BlobStore::kChunkBytes - 1) / BlobStore::kChunkBytes);
        QCOMPARE(QFileInfo(f.path(f.attachment)).size(),
                 kHeaderBytes + size + chunks * crypto_secretstream_xchacha20poly1305_ABYTES);

        QByteArray back;
        auto read = f.read(&back);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(back.size(), original.size());
        QVERIFY(back == original);
        QCOMPARE(read->sha256, sodiumSha256(original));
        QCOMPARE(read->size, size);
        auto verifyOnly = f.read(nullptr);
        QVERIFY(verifyOnly);
        QCOMPARE(verifyOnly->sha256, written->sha256);
    }

    void streamingSource()
    {
        Fixture f;
        const QByteArray original = photoLike(3 * BlobStore::kChunkBytes + 1234);
        TrickleDevice source(original);
        auto written = f.store.write(f.record, f.attachment, BlobPart::Original, source);
        QVERIFY(written);
        QCOMPARE(written->sha256, sodiumSha256(original));
        QByteArray back;
        QVERIFY(f.read(&back));
        QVERIFY(back == original);
    }

    // S1: nothing of the plaintext is visible in the file.
    void noPlaintextOnDisk()
    {
        Fixture f;
        const QByteArray original = photoLike(200'000);
        QVERIFY(original.startsWith("\xff\xd8\xff"));
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, original));
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Thumbnail, photoLike(5000)));
        for (const QString &name : f.store.files()) {
            const QByteArray onDisk = readFile(f.store.directory() + QLatin1Char('/') + name);
            QVERIFY(!onDisk.startsWith("\xff\xd8\xff"));
            QVERIFY(!onDisk.contains(kMarker));
            QVERIFY(!onDisk.contains(original.mid(50'000, 32)));
        }
    }

    void sameIdTwiceRefused()
    {
        Fixture f;
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, QByteArray("first")));
        const QByteArray before = readFile(f.path(f.attachment));
        auto again = f.store.write(f.record, f.attachment, BlobPart::Original, QByteArray("second"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("exists"));
        QCOMPARE(readFile(f.path(f.attachment)), before);
    }

    void missing()
    {
        Fixture f;
        QVERIFY(f.store.ensureDirectories());
        auto r = f.read();
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("missing"));
    }

    // TAG_FINAL is required: a stream cut exactly after a chunk is "truncated", not a shorter file.
    void truncatedAtChunkBoundary_data()
    {
        QTest::addColumn<int>("keptChunks");
        QTest::newRow("header only") << 0;
        QTest::newRow("1 of 3 chunks") << 1;
        QTest::newRow("2 of 3 chunks") << 2;
    }
    void truncatedAtChunkBoundary()
    {
        QFETCH(int, keptChunks);
        Fixture f;
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, photoLike(2 * BlobStore::kChunkBytes + 100)));
        QByteArray bytes = readFile(f.path(f.attachment));
        QCOMPARE(bytes.size(), kHeaderBytes + 2 * kCipherChunk + 100 + crypto_secretstream_xchacha20poly1305_ABYTES);
        bytes.truncate(kHeaderBytes + keptChunks * kCipherChunk);
        QVERIFY(writeFile(f.path(f.attachment), bytes));
        QByteArray out;
        auto r = f.read(&out);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("truncated"));
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<qint64>("at"); // byte offset; negative counts from the end
        QTest::newRow("truncated mid-chunk") << QStringLiteral("truncate") << kHeaderBytes + kCipherChunk + 1000;
        QTest::newRow("truncated inside the header") << QStringLiteral("truncate") << qint64(20);
        QTest::newRow("truncated one byte short") << QStringLiteral("truncate") << qint64(-1);
        QTest::newRow("flip magic") << QStringLiteral("flip") << qint64(2);
        QTest::newRow("flip stream header") << QStringLiteral("flip") << qint64(8 + 5);
        QTest::newRow("flip first chunk tag byte") << QStringLiteral("flip") << kHeaderBytes;
        QTest::newRow("flip first chunk body") << QStringLiteral("flip") << kHeaderBytes + 500;
        QTest::newRow("flip second chunk body") << QStringLiteral("flip") << kHeaderBytes + kCipherChunk + 7;
        QTest::newRow("flip last byte (MAC)") << QStringLiteral("flip") << qint64(-1);
        QTest::newRow("append one byte") << QStringLiteral("append") << qint64(1);
        QTest::newRow("append a chunk's worth") << QStringLiteral("append") << kCipherChunk;
        QTest::newRow("duplicate first chunk at end") << QStringLiteral("dupchunk") << qint64(0);
        QTest::newRow("swap chunks 1 and 2") << QStringLiteral("swapchunks") << qint64(0);
    }
    void damaged()
    {
        QFETCH(QString, how);
        QFETCH(qint64, at);
        Fixture f;
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, photoLike(2 * BlobStore::kChunkBytes + 100)));
        QByteArray bytes = readFile(f.path(f.attachment));
        const qint64 pos = at >= 0 ? at : bytes.size() + at;
        if (how == QLatin1String("truncate")) {
            bytes.truncate(pos);
        } else if (how == QLatin1String("flip")) {
            bytes[pos] = char(bytes.at(pos) ^ 0x10);
        } else if (how == QLatin1String("append")) {
            QByteArray extra(at, Qt::Uninitialized);
            randombytes_buf(extra.data(), size_t(extra.size()));
            bytes.append(extra);
        } else if (how == QLatin1String("dupchunk")) {
            bytes.append(bytes.mid(kHeaderBytes, kCipherChunk));
        } else if (how == QLatin1String("swapchunks")) {
            const QByteArray c1 = bytes.mid(kHeaderBytes, kCipherChunk);
            const QByteArray c2 = bytes.mid(kHeaderBytes + kCipherChunk, kCipherChunk);
            bytes.replace(kHeaderBytes, kCipherChunk, c2);
            bytes.replace(kHeaderBytes + kCipherChunk, kCipherChunk, c1);
        }
        QVERIFY(writeFile(f.path(f.attachment), bytes));
        auto r = f.read(nullptr);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("tampered"));
    }

    // The record and attachment ids are bound to every chunk: a file moved under another name,
    // read for another record or as the other part does not decrypt.
    void swappedOrMisattributed_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("renamed to another attachment id") << QStringLiteral("rename");
        QTest::newRow("read with another record id") << QStringLiteral("record");
        QTest::newRow("two attachments swapped") << QStringLiteral("swap");
        QTest::newRow("original read as thumbnail") << QStringLiteral("part");
        QTest::newRow("other vault's key") << QStringLiteral("key");
    }
    void swappedOrMisattributed()
    {
        QFETCH(QString, how);
        Fixture f;
        const QUuid other = QUuid::createUuid();
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, photoLike(70'000)));
        QVERIFY(f.store.write(f.record, other, BlobPart::Original, photoLike(70'000)));
        Expected<BlobWritten> r = makeError(QStringLiteral("unset"), QString());
        if (how == QLatin1String("rename")) {
            QVERIFY(QFile::remove(f.path(other)));
            QVERIFY(QFile::rename(f.path(f.attachment), f.path(other)));
            r = f.read(nullptr, {}, other);
        } else if (how == QLatin1String("record")) {
            r = f.read(nullptr, QUuid::createUuid());
        } else if (how == QLatin1String("swap")) {
            const QString tmp = f.path(f.attachment) + QStringLiteral(".x");
            QVERIFY(QFile::rename(f.path(f.attachment), tmp));
            QVERIFY(QFile::rename(f.path(other), f.path(f.attachment)));
            QVERIFY(QFile::rename(tmp, f.path(other)));
            r = f.read(nullptr);
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("tampered"));
            r = f.read(nullptr, {}, other);
        } else if (how == QLatin1String("part")) {
            QVERIFY(QFile::copy(f.path(f.attachment), f.path(f.attachment, BlobPart::Thumbnail)));
            r = f.read(nullptr, {}, {}, BlobPart::Thumbnail);
        } else if (how == QLatin1String("key")) {
            const SecureBuffer otherKey = SecureBuffer::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
            BlobStore stranger(f.store.directory(), otherKey);
            r = stranger.read(f.record, f.attachment, BlobPart::Original, nullptr);
        }
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("tampered"));
    }

    void quarantineMovesFile()
    {
        Fixture f;
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, photoLike(1000)));
        const QString name = BlobStore::fileNameFor(f.attachment, BlobPart::Original);
        const QByteArray bytes = readFile(f.path(f.attachment));
        QVERIFY(f.store.quarantine(name));
        QVERIFY(f.store.files().isEmpty());
        QVERIFY(!QFile::exists(f.path(f.attachment)));
        const QString moved = f.store.directory() + QStringLiteral("/quarantine/") + name;
        QCOMPARE(readFile(moved), bytes); // kept intact for inspection
        auto r = f.read();
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("missing"));
        QVERIFY(!f.store.quarantine(QStringLiteral("no-such-file.blob")));
    }

    void removeShreds()
    {
        Fixture f;
        QVERIFY(f.store.write(f.record, f.attachment, BlobPart::Original, photoLike(1000)));
        QVERIFY(f.store.remove(BlobStore::fileNameFor(f.attachment, BlobPart::Original)));
        QVERIFY(f.store.files().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
