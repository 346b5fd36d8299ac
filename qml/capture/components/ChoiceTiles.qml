import QtQuick
import QtQuick.Controls.Material
import Saisie

// The entries of a short code list as big tiles: one tap chooses (quick capture, with gloves).
// The list's unknown entry comes first, like in every picker.
Column {
    id: root

    property alias listId: entries.listId
    property alias parentCode: entries.parentCode
    property alias language: entries.language
    property string title
    property string value
    property int minimumTileWidth: 150

    signal chosen(string code)

    spacing: Theme.spacing.s

    CodeListModel {
        id: entries
    }

    Label {
        text: root.title
        font.pixelSize: Theme.fonts.bodyLarge
        font.bold: true
        color: Theme.colors.text
        visible: text.length > 0
        width: parent.width
        wrapMode: Text.WordWrap
    }

    // A Flow of fixed-size tiles rather than a GridLayout: wrapping labels inside a layout made
    // Qt 6.4 loop on polish and stack the tiles on top of each other.
    Flow {
        id: flow
        readonly property int columns: Math.max(2, Math.floor((root.width + spacing) / (root.minimumTileWidth + spacing)))
        readonly property real tileWidth: (width - (columns - 1) * spacing) / columns
        width: parent.width
        spacing: Theme.spacing.s

        Repeater {
            model: entries
            delegate: Button {
                id: tile
                required property string code
                required property string label
                required property bool isUnknown
                readonly property bool selected: tile.code === root.value

                width: flow.tileWidth
                height: Theme.sizes.button + Theme.spacing.m
                topInset: 0
                bottomInset: 0
                padding: Theme.spacing.xs
                onClicked: root.chosen(tile.code)
                Accessible.name: tile.label
                Accessible.checked: tile.selected

                contentItem: Text {
                    text: tile.label
                    font.pixelSize: Theme.fonts.body
                    font.bold: tile.selected
                    font.italic: tile.isUnknown
                    color: tile.selected ? Theme.colors.primaryText : Theme.colors.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fonts.caption
                }
                background: Rectangle {
                    radius: Theme.sizes.radius
                    color: tile.selected ? Theme.colors.primary : (tile.down ? Theme.colors.surfaceVariant : Theme.colors.surface)
                    border.width: tile.selected ? Theme.sizes.focusWidth : Theme.sizes.borderWidth
                    border.color: tile.selected ? Theme.colors.text : Theme.colors.border
                }
            }
        }
    }
}
