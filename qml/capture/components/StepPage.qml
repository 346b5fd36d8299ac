import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// One step of the full form: a scrolling column of fields, centred and width-limited on
// tablets so lines stay readable.
Flickable {
    id: root

    required property SeizureEditor editor
    property string title
    default property alias fields: column.data

    contentHeight: column.implicitHeight + 2 * Theme.spacing.l
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        width: Math.min(root.width - 2 * Theme.spacing.m, 900)
        x: (root.width - width) / 2
        y: Theme.spacing.l
        spacing: Theme.spacing.m

        Label {
            text: root.title
            font.pixelSize: Theme.fonts.title
            font.bold: true
            color: Theme.colors.text
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
    }
}
