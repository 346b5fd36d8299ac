import QtQuick
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
    /// The editor(s), stacked in a Column: give each `width: parent.width`.
    default property alias content: body.data

    /// The officer tapped the "Unknown" chip; `on` is the new state.
    signal unknownToggled(bool on)

    implicitWidth: 320
    implicitHeight: column.implicitHeight
    Accessible.name: label
    Accessible.description: issue.length > 0 ? issue : warning.length > 0 ? warning : hint

    // Positioners rather than layouts: a layout ignores the height a wrapped text takes when the
    // layout itself changes the text's width (rotation, first show), and texts then overlap.
    // Items put inside a field set `width: parent.width`.
    Column {
        id: column
        width: field.width
        spacing: Theme.spacing.xs

        Item {
            width: parent.width
            implicitHeight: Math.max(titles.implicitHeight, unknownChip.visible ? unknownChip.height : 0)

            Column {
                id: titles
                width: parent.width - (unknownChip.visible ? unknownChip.width + Theme.spacing.s : 0)
                spacing: Theme.spacing.xs

                Label {
                    objectName: "fieldLabel"
                    width: parent.width
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
                    // As wide as its text, narrower (elided) when the row is short.
                    width: Math.min(implicitWidth, parent.width)
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
                anchors.right: parent.right
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

        Column {
            id: body
            width: parent.width
            spacing: Theme.spacing.xs
        }

        Label {
            objectName: "hint"
            width: parent.width
            visible: text.length > 0
            text: field.hint
            font.pixelSize: Theme.fonts.caption
            color: Theme.colors.textMuted
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "issue"
            width: parent.width
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
