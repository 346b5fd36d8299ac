import QtQuick
import Saisie

// The PIN pad or the passphrase field, whichever the profile uses, behind one interface, so the
// unlock and create pages do not care which.
FocusScope {
    id: entry

    /// Show the passphrase field instead of the PIN pad.
    property bool passphrase: false
    property PinBuffer buffer: ownBuffer
    property string prompt
    property int minLength: 6
    property int attemptsLeft: -1
    property int secondsToWait: 0
    property bool busy: false
    property string errorText
    property string submitText: qsTr("OK")
    /// The strength rule, shown under the passphrase field (the PIN prompt says it for the pad).
    property string hint

    /// The officer confirmed what is in `buffer`.
    signal submitted()
    /// The passphrase could not be taken (too long, control characters).
    signal refused()

    /// Empties what was typed.
    function reset() {
        if (passphrase)
            passField.reset()
        else if (buffer)
            buffer.clear()
    }

    implicitWidth: passphrase ? passField.implicitWidth : pinPad.implicitWidth
    implicitHeight: passphrase ? passField.implicitHeight : pinPad.implicitHeight
    onActiveFocusChanged: {
        if (activeFocus)
            (passphrase ? passField : pinPad).forceActiveFocus()
    }

    PinBuffer {
        id: ownBuffer
    }

    PinPad {
        id: pinPad
        objectName: "secretPinPad"
        anchors.left: parent.left
        anchors.right: parent.right
        visible: !entry.passphrase
        enabled: visible
        focus: !entry.passphrase
        buffer: entry.buffer
        prompt: entry.prompt
        minLength: entry.minLength
        attemptsLeft: entry.attemptsLeft
        secondsToWait: entry.secondsToWait
        busy: entry.busy
        errorText: entry.errorText
        submitText: entry.submitText
        onSubmitted: entry.submitted()
    }

    PassphraseEntry {
        id: passField
        objectName: "secretPassphrase"
        anchors.left: parent.left
        anchors.right: parent.right
        visible: entry.passphrase
        enabled: visible
        focus: entry.passphrase
        buffer: entry.buffer
        prompt: entry.prompt
        minLength: entry.minLength
        attemptsLeft: entry.attemptsLeft
        secondsToWait: entry.secondsToWait
        busy: entry.busy
        errorText: entry.errorText
        submitText: entry.submitText
        hint: entry.hint
        onSubmitted: entry.submitted()
        onRefused: entry.refused()
    }
}
