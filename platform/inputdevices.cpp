#include "inputdevices.h"

#include <QFile>
#include <QList>

namespace saisie::platform {

namespace {
constexpr unsigned kEvKey = 1u << 1;
constexpr unsigned kEvRepeat = 1u << 20;

/// The KEY bitmap is written as space-separated hex words, most significant first; bit n of the
/// whole map is key code n.
bool hasLetterKeys(const QByteArray &bitmap)
{
    const QList<QByteArray> words = bitmap.trimmed().split(' ');
    if (words.isEmpty())
        return false;
    bool ok = false;
    const quint64 lowest = words.constLast().toULongLong(&ok, 16);
    if (!ok)
        return false;
    constexpr quint64 letters = ((quint64(1) << 10) - 1) << 16; // KEY_Q (16) .. KEY_P (25)
    return (lowest & letters) == letters;
}
} // namespace

bool listsHardwareKeyboard(const QByteArray &procBusInputDevices)
{
    // Devices are blocks of "X: ..." lines separated by blank lines.
    bool kbdHandler = false;
    unsigned events = 0;
    bool letters = false;
    const auto isKeyboard = [&] {
        return kbdHandler && (events & kEvKey) && (events & kEvRepeat) && letters;
    };
    for (const QByteArray &line : procBusInputDevices.split('\n')) {
        if (line.trimmed().isEmpty()) {
            if (isKeyboard())
                return true;
            kbdHandler = false;
            events = 0;
            letters = false;
        } else if (line.startsWith("H: Handlers=")) {
            kbdHandler = line.mid(12).split(' ').contains("kbd");
        } else if (line.startsWith("B: EV=")) {
            events = line.mid(6).trimmed().toUInt(nullptr, 16);
        } else if (line.startsWith("B: KEY=")) {
            letters = hasLetterKeys(line.mid(7));
        }
    }
    return isKeyboard();
}

bool hasHardwareKeyboard()
{
    QFile devices(QStringLiteral("/proc/bus/input/devices"));
    if (!devices.open(QIODevice::ReadOnly))
        return false;
    return listsHardwareKeyboard(devices.readAll());
}

} // namespace saisie::platform
