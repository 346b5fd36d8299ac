#pragma once
// Whether a hardware keyboard is attached, so a Linux tablet without one gets Qt's on-screen
// keyboard (Qt Virtual Keyboard) and a laptop or a tablet in its keyboard dock does not.
#include <QByteArray>

namespace saisie::platform {

/// Reads /proc/bus/input/devices (Linux); false where it cannot tell (other systems).
bool hasHardwareKeyboard();

/// The parser behind hasHardwareKeyboard(), for tests: true when one device of the listing is a
/// keyboard, i.e. handled by "kbd", reporting key and repeat events (EV bits 1 and 20), and having
/// letter keys (KEY_Q..KEY_P, codes 16..25). Power buttons and headset jacks also use "kbd" and
/// key events but have no letters.
bool listsHardwareKeyboard(const QByteArray &procBusInputDevices);

} // namespace saisie::platform
