import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Passphrase entry with the same contract as PinPad (buffer, attempts, countdown, busy, error,
// submitted). The text lives in the field only while typed: on submit it is moved into the
// guarded PinBuffer and the field is emptied by assigning "" (which, unlike clear(), also drops
// the field's undo history). Residual risk, stated plainly: the text field, the input method and
// the JavaScript engine hold ordinary copies of what was typed until that memory is reused; Qt
// offers no way to wipe them. The field asks the keyboard not to learn or suggest (sensitive data).
FocusScope {
    id: entry

    /// Where the passphrase goes on submit.
    property PinBuffer buffer: ownBuffer
    property string prompt
    /// Characters needed before the submit button is enabled (1 to unlock, the rule's minimum to create).
    property int minLength: 1
    property int attemptsLeft: -1
    property int secondsToWait: 0
    property bool busy: false
    property string errorText
    property string submitText: qsTr("OK")
    /// A sentence under the field (the strength rule when choosing one).
    property string hint

    readonly property bool waiting: secondsToWait > 0
    readonly property bool acceptsInput: !waiting && !busy && enabled
    readonly property bool canSubmit: acceptsInput && field.length >= minLength
    /// Characters typed and not yet submitted (the text itself never leaves this item).
    readonly property int typedLength: field.length

    /// The officer confirmed; `buffer` holds the passphrase and the field is empty.
    signal submitted()
    /// The text could not be taken (too long, control characters); nothing was submitted.
    signal refused()

    function submit() {
        if (!canSubmit)
            return
        buffer.maxLength = 256 // the vault's limit; a buffer made for a PIN holds 16
        const taken = buffer.assign(field.text)
        field.text = ""
        if (taken)
            submitted()
        else
            refused()
    }
    /// Empties the field (and the buffer) without submitting.
    function reset() {
        field.text = ""
        buffer.clear()
    }
    function formatCountdown(seconds) {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        return minutes + ":" + (rest < 10 ? "0" : "") + rest
    }

    implicitWidth: 360
    implicitHeight: column.implicitHeight
    onActiveFocusChanged: if (activeFocus) field.forceActiveFocus()

    PinBuffer {
        id: ownBuffer
        maxLength: 256
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing.m

        Label {
            objectName: "prompt"
            Layout.fillWidth: true
            visible: text.length > 0
            text: entry.prompt
            font.pixelSize: Theme.fonts.title
            color: Theme.colors.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing.s
            TextField {
                id: field
                objectName: "passphraseField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.button
                enabled: entry.acceptsInput
                echoMode: showButton.checked ? TextInput.Normal : TextInput.Password
                font.pixelSize: Theme.fonts.bodyLarge
                maximumLength: 256
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                                  | Qt.ImhHiddenText
                Accessible.name: entry.prompt.length > 0 ? entry.prompt : qsTr("Passphrase")
                onAccepted: entry.submit()
            }
            Button {
                id: showButton
                objectName: "showPassphrase"
                checkable: true
                flat: true
                Layout.preferredHeight: Theme.sizes.touchTarget
                focusPolicy: Qt.NoFocus
                text: checked ? qsTr("Hide") : qsTr("Show")
                font.capitalization: Font.MixedCase
            }
        }

        Label {
            objectName: "hint"
            Layout.fillWidth: true
            visible: entry.hint.length > 0
            text: entry.hint
            font.pixelSize: Theme.fonts.caption
            color: Theme.colors.textMuted
            wrapMode: Text.Wrap
        }

        // The countdown wins over "checking", which wins over the last error (as on the PIN pad).
        Label {
            objectName: "status"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fonts.body
            font.bold: entry.waiting || entry.errorText.length > 0
            color: entry.waiting || entry.errorText.length > 0 ? Theme.colors.danger : Theme.colors.textMuted
            text: entry.waiting
                  ? qsTr("Too many wrong attempts. Try again in %1.").arg(entry.formatCountdown(entry.secondsToWait))
                  : entry.busy ? qsTr("Checking passphrase…")
                  : entry.errorText.length > 0 ? entry.errorText
                  : " "
        }

        Label {
            objectName: "attempts"
            Layout.fillWidth: true
            visible: entry.attemptsLeft >= 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fonts.body
            color: entry.attemptsLeft <= 3 ? Theme.colors.danger : Theme.colors.text
            text: qsTr("Tries left before this profile is erased: %1").arg(entry.attemptsLeft)
        }

        PrimaryButton {
            objectName: "submitPassphrase"
            Layout.fillWidth: true
            text: entry.submitText
            enabled: entry.canSubmit
            onClicked: entry.submit()
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: entry.busy
        visible: running
    }
}
