import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtQuick.Templates as T
import Saisie

// A position typed in by the officer (read off a chart, a sign, another device), with the reason
// the device's fix was not used. Each field says what is wrong with it as soon as it is left.
Dialog {
    id: dialog

    property LocationController controller: null
    /// The controller now holds the typed-in position (source MANUAL).
    signal entered()

    property string latitudeError
    property string longitudeError
    property string reasonError

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing.m : 560, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing.m : implicitHeight)
    modal: true
    title: qsTr("Enter the position")
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

    function checkLatitude() {
        latitudeError = controller ? controller.latitudeProblem(latitudeField.text) : ""
    }
    function checkLongitude() {
        longitudeError = controller ? controller.longitudeProblem(longitudeField.text) : ""
    }
    function submit() {
        checkLatitude()
        checkLongitude()
        reasonError = reasonField.text.trim().length === 0
                ? qsTr("Say why the position is entered by hand.") : ""
        if (!controller || latitudeError || longitudeError || reasonError)
            return
        const problem = controller.manualFix(latitudeField.text, longitudeField.text, reasonField.text)
        if (problem.length > 0) {
            reasonError = problem
            return
        }
        dialog.close()
        dialog.entered()
    }

    onOpened: {
        latitudeError = longitudeError = reasonError = ""
        latitudeField.forceActiveFocus()
    }

    contentItem: Flickable {
        implicitHeight: fields.implicitHeight
        contentHeight: fields.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: fields
            width: parent.width
            spacing: Theme.spacing.s

            Label {
                Layout.fillWidth: true
                text: qsTr("Decimal degrees (49.4812, -0.1094) or degrees, minutes and seconds (49°28'52.3\"N).")
                color: Theme.colors.textMuted
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Latitude"); color: Theme.colors.text }
            TextField {
                id: latitudeField
                objectName: "latitudeField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.button
                font.pixelSize: Theme.fonts.bodyLarge
                placeholderText: qsTr("For example: 49.4812")
                inputMethodHints: Qt.ImhNoPredictiveText
                onEditingFinished: if (text.length > 0) dialog.checkLatitude()
                onAccepted: longitudeField.forceActiveFocus()
            }
            InlineMessage { objectName: "latitudeError"; Layout.fillWidth: true; text: dialog.latitudeError }
            Label { text: qsTr("Longitude"); color: Theme.colors.text }
            TextField {
                id: longitudeField
                objectName: "longitudeField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.button
                font.pixelSize: Theme.fonts.bodyLarge
                placeholderText: qsTr("For example: 0.1094")
                inputMethodHints: Qt.ImhNoPredictiveText
                onEditingFinished: if (text.length > 0) dialog.checkLongitude()
                onAccepted: reasonField.forceActiveFocus()
            }
            InlineMessage { objectName: "longitudeError"; Layout.fillWidth: true; text: dialog.longitudeError }
            Label { text: qsTr("Why enter it by hand? (required)"); color: Theme.colors.text }
            TextArea {
                id: reasonField
                objectName: "reasonField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.sizes.button * 1.5
                font.pixelSize: Theme.fonts.bodyLarge
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("For example: no satellite signal inside the warehouse")
            }
            InlineMessage { objectName: "reasonError"; Layout.fillWidth: true; text: dialog.reasonError }
        }
    }

    footer: Flow {
        spacing: Theme.spacing.s
        padding: Theme.spacing.m
        layoutDirection: Qt.RightToLeft
        PrimaryButton {
            objectName: "manualSubmitButton"
            text: qsTr("Use this position")
            onClicked: dialog.submit()
        }
        SecondaryButton {
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
