import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// The one obvious action of the home page: a large floating "New seizure" button. A tap opens a
// choice between a quick capture (the few fields needed now) and a full record, each with one
// line saying when to use it.
Item {
    id: fab

    /// The officer chose how to record the new seizure.
    signal chosen(bool quick)

    function open() { choice.open() }

    implicitWidth: button.implicitWidth
    implicitHeight: button.implicitHeight

    Button {
        id: button
        objectName: "newSeizureButton"
        anchors.fill: parent
        implicitHeight: 64
        implicitWidth: Math.max(200, contentItem.implicitWidth + leftPadding + rightPadding)
        topInset: 0
        bottomInset: 0
        leftPadding: Theme.spacing.l
        rightPadding: Theme.spacing.l
        text: qsTr("New seizure")
        font.pixelSize: Theme.fonts.title
        font.bold: true
        font.capitalization: Font.MixedCase
        Accessible.name: text
        onClicked: choice.open()

        contentItem: Label {
            text: "+  " + button.text
            font: button.font
            color: Theme.colors.primaryText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        // Hand-drawn (no Material elevation: the software renderer cannot draw its shadow); the
        // dark outline keeps the button visible over a white list in sunlight mode.
        background: Rectangle {
            radius: height / 2
            color: button.down ? Qt.darker(Theme.colors.primary, 1.3) : Theme.colors.primary
            border.width: button.visualFocus ? Theme.sizes.focusWidth : Theme.sizes.borderWidth
            border.color: Theme.sunlight ? Theme.colors.text : Qt.darker(Theme.colors.primary, 1.4)
        }
    }

    Popup {
        id: choice
        objectName: "newSeizureChoice"
        // Laid out against the whole window (bottom sheet on a phone), not the button.
        parent: fab.Window.window ? fab.Window.window.contentItem : fab
        modal: true
        dim: true
        // Phone: a sheet across the bottom. Tablet: just above the button, under the thumb.
        readonly property bool wide: parent !== null && parent.width >= 720
        width: Math.min(parent ? parent.width - 2 * Theme.spacing.m : 420, 480)
        x: !parent ? 0 : wide ? parent.width - width - Theme.spacing.l : (parent.width - width) / 2
        y: !parent ? 0 : parent.height - height - (wide ? fab.height + 2 * Theme.spacing.l : Theme.spacing.l)
        padding: Theme.spacing.m
        background: Rectangle {
            radius: Theme.sizes.radius
            color: Theme.colors.surface
            border.width: Theme.sizes.borderWidth
            border.color: Theme.colors.border
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacing.s

            Label {
                Layout.fillWidth: true
                text: qsTr("New seizure")
                font.pixelSize: Theme.fonts.title
                font.bold: true
                color: Theme.colors.text
                wrapMode: Text.Wrap
            }
            PrimaryButton {
                objectName: "quickCaptureButton"
                Layout.fillWidth: true
                text: qsTr("Quick capture")
                onClicked: {
                    choice.close()
                    fab.chosen(true)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing.s
                text: qsTr("On the spot: place, time, goods and photos. Complete the record later.")
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.textMuted
                wrapMode: Text.Wrap
            }
            SecondaryButton {
                objectName: "fullRecordButton"
                Layout.fillWidth: true
                text: qsTr("Full record")
                onClicked: {
                    choice.close()
                    fab.chosen(false)
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Every section, for a seizure you can document completely now.")
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.textMuted
                wrapMode: Text.Wrap
            }
            SecondaryButton {
                objectName: "cancelNewSeizure"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing.s
                text: qsTr("Cancel")
                onClicked: choice.close()
            }
        }
    }
}
