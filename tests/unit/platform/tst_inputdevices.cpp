// The hardware-keyboard detection that decides whether the on-screen keyboard is used, on
// listings in the format of Linux's /proc/bus/input/devices.
#include "inputdevices.h"

#include <QTest>

using saisie::platform::listsHardwareKeyboard;

namespace {
const QByteArray kKeyboard = "I: Bus=0011 Vendor=0001 Product=0001 Version=ab41\n"
                             "N: Name=\"AT Translated Set 2 keyboard\"\n"
                             "H: Handlers=sysrq kbd event0 leds\n"
                             "B: EV=120013\n"
                             "B: KEY=402000000 3803078f800d001 feffffdfffefffff fffffffffffffffe\n";
const QByteArray kPowerButton = "I: Bus=0019 Vendor=0000 Product=0001 Version=0000\n"
                                "N: Name=\"Power Button\"\n"
                                "H: Handlers=kbd event1\n"
                                "B: EV=3\n"
                                "B: KEY=10000000000000 0\n";
const QByteArray kTouchscreen = "I: Bus=0018 Vendor=27c6 Product=0113 Version=0100\n"
                                "N: Name=\"Goodix Capacitive TouchScreen\"\n"
                                "H: Handlers=mouse0 event2\n"
                                "B: EV=b\n"
                                "B: KEY=400 0 0 0 0 0\n";
// A headset jack: "kbd", key and repeat events, but only media keys.
const QByteArray kHeadset = "N: Name=\"sof-essx8336 Headset\"\n"
                            "H: Handlers=kbd event3\n"
                            "B: EV=100023\n"
                            "B: KEY=40 0 0 0 0 0 0 0 0 0 1000 0 0 0\n";
} // namespace

class TestInputDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("listing");
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("keyboard alone") << kKeyboard << true;
        QTest::newRow("power button only") << kPowerButton << false;
        QTest::newRow("tablet: power, touch, headset")
            << kPowerButton + "\n" + kTouchscreen + "\n" + kHeadset << false;
        QTest::newRow("tablet in its keyboard dock")
            << kPowerButton + "\n" + kTouchscreen + "\n" + kKeyboard << true;
        QTest::newRow("keyboard first, blank lines after") << kKeyboard + "\n\n\n" + kPowerButton << true;
        QTest::newRow("garbage") << QByteArray("B: EV=zz\nH: Handlers=kbd\nB: KEY=not hex\n") << false;
    }
    void detects()
    {
        QFETCH(QByteArray, listing);
        QFETCH(bool, keyboard);
        QCOMPARE(listsHardwareKeyboard(listing), keyboard);
    }
};

QTEST_GUILESS_MAIN(TestInputDevices)
#include "tst_inputdevices.moc"
