pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Large-key PIN entry for gloved fingers. The digits go straight into a PinBuffer (guarded C++
// memory); this item only ever knows how many there are. A physical keyboard works too:
// digits, Backspace, Enter.
FocusScope {
    id: pad

    /// Where the digits go. Swap it to reuse one pad for "PIN" and "repeat PIN".
    property PinBuffer buffer: ownBuffer
    /// What to type ("Enter your PIN").
    property string prompt
    /// Digits needed before OK is enabled.
    property int minLength: 6
    /// Wrong PINs left before the profile is erased; negative hides the line (nothing to warn about).
    property int attemptsLeft: -1
    /// Seconds before another PIN may be tried; the keys are disabled meanwhile.
    property int secondsToWait: 0
    /// True while the PIN is being checked.
    property bool busy: false
    /// A sentence about the last attempt (wrong PIN, policy); shown in the danger colour.
    property string errorText
    /// Label of the OK key.
    property string submitText: qsTr("OK")

    readonly property bool waiting: secondsToWait > 0
    readonly property bool acceptsInput: !waiting && !busy && enabled
    readonly property bool canSubmit: acceptsInput && buffer.length >= minLength
    readonly property int keySize: Math.max(Theme.sizes.touchTarget,
                                            Math.min(Theme.sizes.pinKey,
                                                     Math.floor((width - 2 * keyGrid.columnSpacing) / 3)))

    /// The officer confirmed the digits in `buffer`.
    signal submitted()

    function appendDigit(digit) {
        if (acceptsInput)
            buffer.appendDigit(digit)
    }
    function erase() {
        if (!busy)
            buffer.backspace()
    }
    function submit() {
        if (canSubmit)
            submitted()
    }
    /// "1:05" for 65 seconds.
    function formatCountdown(seconds) {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        return minutes + ":" + (rest < 10 ? "0" : "") + rest
    }

    implicitWidth: 3 * Theme.sizes.pinKey + 2 * keyGrid.columnSpacing
    implicitHeight: column.implicitHeight
    focus: true
    activeFocusOnTab: true

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.appendDigit(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            pad.erase()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit()
            event.accepted = true
        }
    }

    PinBuffer {
        id: ownBuffer
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
            text: pad.prompt
            font.pixelSize: Theme.fonts.title
            color: Theme.colors.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        // One dot per digit typed, at least minLength of them so the expected length is visible.
        Row {
            objectName: "dots"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: 24
            spacing: Theme.spacing.s
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Digits entered: %1").arg(pad.buffer.length)

            Repeater {
                model: Math.max(pad.minLength, pad.buffer.length)
                delegate: Rectangle {
                    required property int index
                    width: 18
                    height: 18
                    radius: 9
                    anchors.verticalCenter: parent.verticalCenter
                    color: index < pad.buffer.length ? Theme.colors.text : "transparent"
                    border.color: Theme.colors.text
                    border.width: 2
                }
            }
        }

        // What is happening: the countdown wins over "checking", which wins over the last error.
        // Always one line tall at least, so the keys do not jump when a message appears.
        Label {
            objectName: "status"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fonts.body
            font.bold: pad.waiting || pad.errorText.length > 0
            color: pad.waiting || pad.errorText.length > 0 ? Theme.colors.danger : Theme.colors.textMuted
            text: pad.waiting
                  ? qsTr("Too many wrong PINs. Try again in %1.").arg(pad.formatCountdown(pad.secondsToWait))
                  : pad.busy ? qsTr("Checking PIN…")
                  : pad.errorText.length > 0 ? pad.errorText
                  : " "
        }

        // How much room is left before the vault erases itself; shown once it matters.
        Label {
            objectName: "attempts"
            Layout.fillWidth: true
            visible: pad.attemptsLeft >= 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fonts.body
            color: pad.attemptsLeft <= 3 ? Theme.colors.danger : Theme.colors.text
            text: qsTr("Tries left before this profile is erased: %1").arg(pad.attemptsLeft)
        }

        Grid {
            id: keyGrid
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            columnSpacing: Theme.spacing.m
            rowSpacing: Theme.spacing.m

            Repeater {
                model: [1, 2, 3, 4, 5, 6, 7, 8, 9]
                delegate: PinKey {
                    required property int modelData
                    objectName: "key" + modelData
                    text: modelData
                    size: pad.keySize
                    enabled: pad.acceptsInput
                    onClicked: pad.appendDigit(modelData)
                }
            }
            PinKey {
                objectName: "keyErase"
                text: qsTr("Erase")
                small: true
                size: pad.keySize
                enabled: !pad.busy && pad.buffer.length > 0
                Accessible.name: qsTr("Erase last digit")
                onClicked: pad.erase()
                onPressAndHold: pad.buffer.clear()
            }
            PinKey {
                objectName: "key0"
                text: "0"
                size: pad.keySize
                enabled: pad.acceptsInput
                onClicked: pad.appendDigit(0)
            }
            PinKey {
                objectName: "keySubmit"
                text: pad.submitText
                small: true
                primary: true
                size: pad.keySize
                enabled: pad.canSubmit
                onClicked: pad.submit()
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: pad.busy
        visible: running
    }
}
