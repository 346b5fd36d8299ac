import QtQuick
import QtQuick.VirtualKeyboard

// The on-screen keyboard panel (Main.qml loads it only when the input method is Qt's virtual
// keyboard). `active` is true while a text field has focus.
InputPanel {
    width: parent ? parent.width : 0
}
