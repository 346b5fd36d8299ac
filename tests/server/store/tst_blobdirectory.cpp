// BlobDirectory: partial uploads grow by whole chunks from the committed offset, finished ones move
// into the content-addressed objects/ tree, and no malformed id ever becomes a path.
#include "protocol/encoding.h"
#include "store/blobdirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie;
using namespace saisie::server;

namespace {
const QString kId = QStringLiteral("upload-0123456789abcdef");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestBlobDirectory : public QObject
{
    Q_OBJECT

private slots:
    void appendHashCommit()
    {
        QTemporaryDir dir;
        BlobDirectory blobs(dir.path() + QStringLiteral("/blobs"));
        QVERIFY(blobs.ensure().ok());
        QVERIFY(blobs.ensure().ok());
        QVERIFY(blobs.appendChunk(kId, 0, "hello ").ok());
        QVERIFY(blobs.appendChunk(kId, 6, "world").ok());
        const QString sha = protocol::sha256Hex("hello world");
        QCOMPARE(blobs.partialHash(kId, 11).value(), sha);
        QCOMPARE(blobs.partialHash(kId, 5).value(), protocol::sha256Hex("hello"));
        QVERIFY(!blobs.partialHash(kId, 12).ok());
        QVERIFY(!blobs.hasObject(sha));
        QVERIFY(blobs.commit(kId, sha).ok());
        QVERIFY(blobs.hasObject(sha));
        QCOMPARE(blobs.objectPath(sha), dir.path() + QStringLiteral("/blobs/objects/") + sha.left(2) + QLatin1Char('/') + sha);
        QCOMPARE(readAll(blobs.objectPath(sha)), QByteArray("hello world"));
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/blobs/partial/") + kId));
        // Idempotent: a commit whose answer was lost, and another upload of the same bytes.
        QVERIFY(blobs.commit(kId, sha).ok());
        const QString second = QStringLiteral("second-upload-0000000");
        QVERIFY(blobs.appendChunk(second, 0, "hello world").ok());
        QVERIFY(blobs.commit(second, sha).ok());
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/blobs/partial/") + second));
        QCOMPARE(readAll(blobs.objectPath(sha)), QByteArray("hello world"));
        QVERIFY(!blobs.commit(QStringLiteral("never-uploaded-00000"), protocol::sha256Hex("x")).ok());
    }

    void truncatesBackToOffset()
    {
        QTemporaryDir dir;
        BlobDirectory blobs(dir.path());
        QVERIFY(blobs.ensure().ok());
        QVERIFY(blobs.appendChunk(kId, 0, "0123456789").ok());
        // A crash after writing "ABCDE" but before the offset moved past 10: the retry at 10 wins.
        QVERIFY(blobs.appendChunk(kId, 10, "ABCDE").ok());
        QVERIFY(blobs.appendChunk(kId, 10, "abc").ok());
        QCOMPARE(readAll(dir.path() + QStringLiteral("/partial/") + kId), QByteArray("0123456789abc"));
        QVERIFY(blobs.appendChunk(kId, 4, "xy").ok());
        QCOMPARE(readAll(dir.path() + QStringLiteral("/partial/") + kId), QByteArray("0123xy"));
        // The store claims more than the file holds: refuse rather than leave a hole.
        const auto shortFile = blobs.appendChunk(kId, 50, "z");
        QVERIFY(!shortFile.ok());
        QCOMPARE(shortFile.error().code, QStringLiteral("partial_short"));
        QCOMPARE(readAll(dir.path() + QStringLiteral("/partial/") + kId), QByteArray("0123xy"));
        QVERIFY(blobs.discardPartial(kId).ok());
        QVERIFY(blobs.discardPartial(kId).ok());
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/partial/") + kId));
    }

    void badIdsRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("short") << QStringLiteral("abc");
        QTest::newRow("traversal") << QStringLiteral("../../../../etc/passwd");
        QTest::newRow("slash") << QStringLiteral("aaaaaaaa/bbbbbbbbbbbb");
        QTest::newRow("dot") << QStringLiteral("aaaaaaaa.bbbbbbbbbbbb");
        QTest::newRow("long") << QString(65, QLatin1Char('a'));
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("aaaaaaaa bbbbbbbbbbbb");
    }
    void badIdsRefused()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        BlobDirectory blobs(dir.path());
        QVERIFY(blobs.ensure().ok());
        QCOMPARE(blobs.appendChunk(id, 0, "x").error().code, QStringLiteral("invalid_argument"));
        QVERIFY(!blobs.partialHash(id, 0).ok());
        QVERIFY(!blobs.commit(id, protocol::sha256Hex("x")).ok());
        QVERIFY(!blobs.discardPartial(id).ok());
        QVERIFY(QDir(dir.path() + QStringLiteral("/partial")).isEmpty());
        QVERIFY(!blobs.hasObject(QStringLiteral("../x")));
        QVERIFY(!blobs.commit(kId, QStringLiteral("ABC")).ok());
    }
};

QTEST_GUILESS_MAIN(TestBlobDirectory)
#include "tst_blobdirectory.moc"
