import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// A labelled frame around one field of a form: the label (with a marker when required), a
// "Personal data" badge, an optional "Unknown" chip, the editor(s) put inside, a hint, and the
// error or warning sentence under it. Editors (TextEntry, CodePicker...) are built on it.
FocusScope {
    id: field

    /// What the field is ("Container number").
    property string label
    /// Small helper text under the editor ("As painted on the door").
    property string hint
    /// Personal data: stays in the national system, never sent to CEN. Shows a badge.
    property bool personal: false
    /// Offers the "Unknown" chip.
    property bool unknownAllowed: false
    /// The officer said "unknown". The chip flips it and emits unknownToggled (like CheckBox.checked).
    property bool unknown: false
    /// A sentence about what is wrong, in the error colour. Wins over `warning`.
    property string issue
    /// A sentence to double-check, in amber.
    property string warning
    /// Shows a "required" marker next to the label.
    property bool required: false
    /// The editor(s); they sit in a ColumnLayout, so use Layout.fillWidth.
    default property alias content: body.data

    /// The officer tapped the "Unknown" chip; `on` is the new state.
    signal unknownToggled(bool on)

    implicitWidth: 320
    implicitHeight: column.implicitHeight
    Accessible.name: label
    Accessible.description: issue.length > 0 ? issue : warning.length > 0 ? warning : hint

    // Only the width comes from outside; the height is the column's own, so text that wraps
    // differently at a new width cannot feed back into the layout (polish loops).
    ColumnLayout {
        id: column
        width: field.width
        spacing: Theme.spacing.xs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing.s

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing.xs

                Label {
                    objectName: "fieldLabel"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: field.label + (field.required ? " *" : "")
                    font.pixelSize: Theme.fonts.body
                    font.bold: true
                    color: Theme.colors.text
                    wrapMode: Text.Wrap
                    Accessible.description: field.required ? qsTr("Required") : ""
                }

                Rectangle {
                    objectName: "personalBadge"
                    visible: field.personal
                    Layout.maximumWidth: field.width
                    implicitWidth: badgeText.implicitWidth + 2 * Theme.spacing.s
                    implicitHeight: badgeText.implicitHeight + Theme.spacing.xs
                    radius: height / 2
                    color: Theme.colors.surface
                    border.color: Theme.colors.primary
                    border.width: Theme.sizes.borderWidth
                    Accessible.role: Accessible.StaticText
                    Accessible.name: badgeText.text
                    Accessible.description: qsTr("Stays in the national system; never sent to CEN.")

                    Label {
                        id: badgeText
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacing.s
                        anchors.rightMargin: Theme.spacing.s
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("Personal data – stays national")
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fonts.caption
                        font.bold: true
                        color: Theme.colors.primary
                    }
                }
            }

            Button {
                id: unknownChip
                objectName: "unknownChip"
                visible: field.unknownAllowed
                Layout.alignment: Qt.AlignTop
                implicitHeight: Theme.sizes.touchTarget
                implicitWidth: Math.max(Theme.sizes.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
                topInset: 0
                bottomInset: 0
                leftPadding: Theme.spacing.m
                rightPadding: Theme.spacing.m
                focusPolicy: Qt.TabFocus
                text: field.unknown ? "\u2713 " + qsTr("Unknown") : qsTr("Unknown")
                font.pixelSize: Theme.fonts.body
                font.capitalization: Font.MixedCase
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: field.unknown
                Accessible.name: qsTr("Unknown")

                contentItem: Text {
                    text: unknownChip.text
                    font: unknownChip.font
                    color: field.unknown ? Theme.colors.primaryText : Theme.colors.primary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: field.unknown ? Theme.colors.primary
                         : unknownChip.down ? Theme.colors.surfaceVariant : Theme.colors.surface
                    border.color: Theme.colors.primary
                    border.width: unknownChip.visualFocus ? Theme.sizes.focusWidth : Theme.sizes.borderWidth + 1
                }

                onClicked: {
                    const on = !field.unknown
                    field.unknown = on
                    field.unknownToggled(on)
                }
            }
        }

        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing.xs
        }

        Label {
            objectName: "hint"
            Layout.fillWidth: true
            visible: text.length > 0
            text: field.hint
            font.pixelSize: Theme.fonts.caption
            color: Theme.colors.textMuted
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "issue"
            Layout.fillWidth: true
            visible: text.length > 0
            text: field.issue.length > 0 ? "\u2715 " + field.issue
                : field.warning.length > 0 ? "\u26a0 " + field.warning : ""
            font.pixelSize: Theme.fonts.body
            font.bold: field.issue.length > 0
            color: field.issue.length > 0 ? Theme.colors.danger : Theme.colors.warning
            wrapMode: Text.Wrap
        }
    }
}
