// PinBuffer: digits from the pad, whole passphrases (UTF-8, NFC) from a text field, bounded,
// emptied by take() and clear(), backspace by whole characters, length signalled.
#include "components/pinbuffer.h"

#include <QSignalSpy>
#include <QTest>

using saisie::gui::PinBuffer;

namespace {
QByteArray bytesOf(const saisie::SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}
} // namespace

class TestPinBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndTake()
    {
        PinBuffer pin;
        QSignalSpy length(&pin, &PinBuffer::lengthChanged);
        for (int d : {2, 5, 0, 9})
            QVERIFY(pin.appendDigit(d));
        QCOMPARE(pin.length(), 4);
        QCOMPARE(length.count(), 4);
        QCOMPARE(bytesOf(pin.copy()), QByteArray("2509"));
        QCOMPARE(pin.length(), 4); // copy leaves the digits
        QCOMPARE(bytesOf(pin.take()), QByteArray("2509"));
        QCOMPARE(pin.length(), 0); // take empties
        QCOMPARE(pin.take().size(), std::size_t(0));
    }

    void refusesNonDigits_data()
    {
        QTest::addColumn<int>("digit");
        QTest::newRow("-1") << -1;
        QTest::newRow("10") << 10;
        QTest::newRow("48 ('0')") << 48;
    }
    void refusesNonDigits()
    {
        QFETCH(int, digit);
        PinBuffer pin;
        QVERIFY(!pin.appendDigit(digit));
        QCOMPARE(pin.length(), 0);
    }

    void boundedByMaxLength()
    {
        PinBuffer pin;
        pin.setMaxLength(3);
        QVERIFY(pin.appendDigit(1));
        QVERIFY(pin.appendDigit(2));
        QVERIFY(pin.appendDigit(3));
        QVERIFY(!pin.appendDigit(4));
        QCOMPARE(bytesOf(pin.copy()), QByteArray("123"));
        pin.setMaxLength(2); // shrinking drops the excess
        QCOMPARE(bytesOf(pin.copy()), QByteArray("12"));
        pin.setMaxLength(1000);
        QCOMPARE(pin.maxLength(), PinBuffer::kCapacity);
    }

    void backspaceAndClear()
    {
        PinBuffer pin;
        pin.backspace(); // harmless when empty
        for (int d : {7, 3, 1})
            pin.appendDigit(d);
        pin.backspace();
        QCOMPARE(bytesOf(pin.copy()), QByteArray("73"));
        QSignalSpy length(&pin, &PinBuffer::lengthChanged);
        pin.clear();
        QCOMPARE(pin.length(), 0);
        QCOMPARE(length.count(), 1);
    }

    void assignPassphrase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ascii with spaces")
            << QStringLiteral("correct horse battery") << QByteArray("correct horse battery") << true;
        QTest::newRow("accents NFC") << QStringLiteral("\u00e9t\u00e9") << QByteArray("\xc3\xa9t\xc3\xa9")
                                     << true;
        // The same word typed as e + combining accent gives the same bytes (NFC).
        QTest::newRow("accents NFD") << QStringLiteral("e\u0301te\u0301") << QByteArray("\xc3\xa9t\xc3\xa9")
                                     << true;
        QTest::newRow("emoji (surrogate pair)")
            << QString::fromUtf8("ok \xF0\x9F\x94\x91") << QByteArray("ok \xF0\x9F\x94\x91") << true;
        QTest::newRow("newline refused") << QStringLiteral("two\nlines") << QByteArray() << false;
        QTest::newRow("tab refused") << QStringLiteral("a\tb") << QByteArray() << false;
        QTest::newRow("lone surrogate refused") << QString(QChar(0xD800)) << QByteArray() << false;
        QTest::newRow("256 bytes") << QString(256, QLatin1Char('x')) << QByteArray(256, 'x') << true;
        QTest::newRow("257 bytes refused") << QString(257, QLatin1Char('x')) << QByteArray() << false;
        QTest::newRow("empty") << QString() << QByteArray() << true;
    }
    void assignPassphrase()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        PinBuffer buffer;
        buffer.setMaxLength(PinBuffer::kCapacity);
        buffer.appendDigit(7); // replaced (or dropped) whatever happens
        QCOMPARE(buffer.assign(text), accepted);
        QCOMPARE(buffer.length(), int(bytes.size()));
        QCOMPARE(bytesOf(buffer.copy()), bytes);
    }

    void assignRespectsMaxLength()
    {
        PinBuffer buffer; // made for a PIN: 16 bytes
        QVERIFY(!buffer.assign(QStringLiteral("seventeen chars!!")));
        QCOMPARE(buffer.length(), 0);
        QVERIFY(buffer.assign(QStringLiteral("sixteen chars!!!")));
        QCOMPARE(buffer.length(), 16);
    }

    void backspaceRemovesWholeCharacters()
    {
        PinBuffer buffer;
        buffer.setMaxLength(64);
        QVERIFY(buffer.assign(QString::fromUtf8("a\xc3\xa9\xF0\x9F\x94\x91")));
        QCOMPARE(buffer.length(), 7);
        buffer.backspace(); // the 4-byte emoji
        QCOMPARE(bytesOf(buffer.copy()), QByteArray("a\xc3\xa9"));
        buffer.backspace(); // the 2-byte é
        QCOMPARE(bytesOf(buffer.copy()), QByteArray("a"));
    }
};

QTEST_GUILESS_MAIN(TestPinBuffer)
#include "tst_pinbuffer.moc"
