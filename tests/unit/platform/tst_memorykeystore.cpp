// The dummy key store really encrypts: round trip, alias binding, tamper and foreign-store refusal.
#include "desktop/desktopplatform.h"
#include "dummy/dummyplatform.h"

#include <QTest>

using namespace saisie;
using namespace saisie::platform;

namespace {
SecureBuffer keyOf(const QByteArray &bytes)
{
    return SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size()));
}
QByteArray bytesOf(const SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}
} // namespace

class TestMemoryKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("32 bytes") << QByteArray(32, '\x5a');
        QTest::newRow("1 byte") << QByteArray(1, '\x01');
        QTest::newRow("64 bytes") << QByteArray(64, '\xff');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, key);
        dummy::MemoryKeyStore store;
        QVERIFY(store.isAvailable());
        auto wrapped = store.wrap(QStringLiteral("vault-1"), keyOf(key));
        QVERIFY2(wrapped.ok(), qPrintable(wrapped.ok() ? QString() : wrapped.error().message));
        // Not stored in the clear. A 1-byte key turns up by chance in ~40 random bytes, so only
        // keys long enough for a match to mean something are searched for.
        if (key.size() >= 16)
            QVERIFY(!wrapped->contains(key));
        auto unwrapped = store.unwrap(QStringLiteral("vault-1"), *wrapped);
        QVERIFY(unwrapped.ok());
        QCOMPARE(bytesOf(*unwrapped), key);
    }

    void wrapsDifferEachTime()
    {
        dummy::MemoryKeyStore store;
        const QByteArray key(32, 'k');
        auto a = store.wrap(QStringLiteral("a"), keyOf(key));
        auto b = store.wrap(QStringLiteral("a"), keyOf(key));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b); // fresh nonce
    }

    void refusesOtherAlias()
    {
        dummy::MemoryKeyStore store;
        auto wrapped = store.wrap(QStringLiteral("vault-1"), keyOf(QByteArray(32, 'k')));
        QVERIFY(wrapped.ok());
        auto other = store.unwrap(QStringLiteral("vault-2"), *wrapped);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("unwrap"));
    }

    void refusesTamperedAndTruncated()
    {
        dummy::MemoryKeyStore store;
        auto wrapped = store.wrap(QStringLiteral("v"), keyOf(QByteArray(32, 'k')));
        QVERIFY(wrapped.ok());
        for (qsizetype i = 0; i < wrapped->size(); i += 7) {
            QByteArray flipped = *wrapped;
            flipped[i] = char(flipped[i] ^ 0x01);
            QVERIFY2(!store.unwrap(QStringLiteral("v"), flipped).ok(), qPrintable(QString::number(i)));
        }
        QVERIFY(!store.unwrap(QStringLiteral("v"), wrapped->left(10)).ok());
        QVERIFY(!store.unwrap(QStringLiteral("v"), QByteArray()).ok());
    }

    void refusesAnotherStoresBlob()
    {
        dummy::MemoryKeyStore first;
        dummy::MemoryKeyStore second;
        auto wrapped = first.wrap(QStringLiteral("v"), keyOf(QByteArray(32, 'k')));
        QVERIFY(wrapped.ok());
        QVERIFY(!second.unwrap(QStringLiteral("v"), *wrapped).ok());
    }

    void refusesEmptyAlias()
    {
        dummy::MemoryKeyStore store;
        QVERIFY(!store.wrap(QString(), keyOf(QByteArray(32, 'k'))).ok());
    }

    void desktopIsHonestlyUnavailable()
    {
        desktop::DesktopKeyStore store;
        QVERIFY(!store.isAvailable());
        auto wrapped = store.wrap(QStringLiteral("v"), keyOf(QByteArray(32, 'k')));
        QVERIFY(!wrapped.ok());
        QCOMPARE(wrapped.error().code, QStringLiteral("unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestMemoryKeyStore)
#include "tst_memorykeystore.moc"
