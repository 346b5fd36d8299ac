import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Saisie

// Asks before something that cannot be undone and runs the action only on an explicit yes; with
// `cancellable` false, a notice whose one button runs the action.
Dialog {
    id: dialog

    property string question
    property string confirmText: qsTr("Remove")
    property var action: null
    /// False for a notice that only needs acknowledging.
    property bool cancellable: true

    function ask(text, onConfirm) {
        question = text
        action = onConfirm
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing.l : 400, 520)
    modal: true
    title: qsTr("Are you sure?")

    contentItem: Label {
        text: dialog.question
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fonts.body
        color: Theme.colors.text
    }

    footer: DialogButtonBox {
        SecondaryButton {
            visible: dialog.cancellable
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        PrimaryButton {
            text: dialog.confirmText
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    onAccepted: {
        if (action)
            action()
        action = null
    }
    onRejected: action = null
}
