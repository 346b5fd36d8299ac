import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// One finalize issue on the review step: what is wrong, a way to go and fix it, and for a
// failed check an override reason.
Frame {
    id: row

    required property SeizureEditor editor
    required property var issue
    readonly property color tone: issue.blocking && !issue.overridden ? Theme.colors.danger : Theme.colors.warning

    signal goTo(string path)

    padding: Theme.spacing.s
    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.sizes.radius
        border.color: row.tone
        border.width: Theme.sizes.borderWidth + 1
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing.s

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing.s
            Label {
                text: row.issue.blocking && !row.issue.overridden ? "\u2716" : "\u26A0"
                color: row.tone
                font.pixelSize: Theme.fonts.title
            }
            Label {
                Layout.fillWidth: true
                text: IssueText.describe(row.issue)
                wrapMode: Text.WordWrap
                color: Theme.colors.text
                font.pixelSize: Theme.fonts.body
            }
            SecondaryButton {
                text: qsTr("Go to field")
                onClicked: row.goTo(row.issue.path)
            }
        }
        OverrideReason {
            Layout.fillWidth: true
            editor: row.editor
            path: row.issue.path
        }
    }
}
