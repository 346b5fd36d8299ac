// PinBuffer: digits only, bounded, emptied by take() and clear(), length signalled.
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
};

QTEST_GUILESS_MAIN(TestPinBuffer)
#include "tst_pinbuffer.moc"
