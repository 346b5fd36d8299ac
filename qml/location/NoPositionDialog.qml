import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtQuick.Templates as T
import Saisie

// The record will have no position: the officer says why (the record keeps the reason in
// gps.manualReason, which finalizing requires when there is no fix).
Dialog {
    id: dialog

    property LocationController controller: null
    /// The controller now holds only the reason (fix is {manualReason}).
    signal entered()

    property string reasonError

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing.m : 560, 560)
    modal: true
    title: qsTr("No position available")
    font.pixelSize: Theme.fonts.body

    // Drawn by hand: Material's popup elevation needs shader effects the software renderer lacks.
    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.sizes.radius
        border.color: Theme.colors.border
        border.width: Theme.sizes.borderWidth
    }
    header: Label {
        text: dialog.title
        padding: Theme.spacing.m
        bottomPadding: 0
        font.pixelSize: Theme.fonts.title
        font.bold: true
        color: Theme.colors.text
        wrapMode: Text.Wrap
    }

    function submit() {
        if (!controller)
            return
        reasonError = controller.noFix(reasonField.text)
        if (reasonError.length > 0)
            return
        dialog.close()
        dialog.entered()
    }

    onOpened: {
        reasonError = ""
        reasonField.forceActiveFocus()
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing.s
        Label {
            Layout.fillWidth: true
            text: qsTr("Why is there no position? (required)")
            color: Theme.colors.text
            wrapMode: Text.Wrap
        }
        TextArea {
            id: reasonField
            objectName: "noPositionReasonField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.sizes.button * 1.5
            font.pixelSize: Theme.fonts.bodyLarge
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("For example: inside a steel container, no signal")
        }
        InlineMessage { objectName: "noPositionError"; Layout.fillWidth: true; text: dialog.reasonError }
    }

    footer: Flow {
        spacing: Theme.spacing.s
        padding: Theme.spacing.m
        layoutDirection: Qt.RightToLeft
        PrimaryButton {
            objectName: "noPositionSubmitButton"
            text: qsTr("Save without position")
            onClicked: dialog.submit()
        }
        SecondaryButton {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
