import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// What a list shows when it has nothing yet: a title and one sentence about what will appear.
ColumnLayout {
    id: empty

    property string title
    property string text

    spacing: Theme.spacing.s

    Label {
        Layout.fillWidth: true
        text: empty.title
        font.pixelSize: Theme.fonts.headline
        color: Theme.colors.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: empty.text.length > 0
        text: empty.text
        font.pixelSize: Theme.fonts.body
        color: Theme.colors.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
