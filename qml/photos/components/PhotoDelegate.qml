import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// One cell of the photo grid: the decrypted thumbnail (never cached, so no pixels outlive a
// lock), its kind and caption. Files without a thumbnail (PDF, unreadable images) show their type.
ItemDelegate {
    id: cell

    property string thumbnailUrl
    property string kindLabel
    property bool cenShareable: true
    property string caption
    property string mimeType

    padding: Theme.spacing.xs
    Accessible.name: kindLabel + (caption.length > 0 ? ", " + caption : "")

    contentItem: ColumnLayout {
        spacing: Theme.spacing.xs

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.sizes.touchTarget
            color: Theme.colors.surfaceVariant
            radius: Theme.sizes.radius
            clip: true

            Image {
                id: thumb
                objectName: "thumbnail"
                anchors.fill: parent
                source: cell.thumbnailUrl
                cache: false
                asynchronous: true
                fillMode: Image.PreserveAspectCrop
                visible: status === Image.Ready
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing.s
                visible: thumb.status !== Image.Ready
                text: thumb.status === Image.Loading ? qsTr("Decrypting…")
                      : (cell.mimeType.length > 0 ? cell.mimeType : qsTr("File"))
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.textMuted
            }
            KindChip {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacing.xs
                width: Math.min(implicitWidth, parent.width - 2 * Theme.spacing.xs)
                text: cell.kindLabel
                cenShareable: cell.cenShareable
            }
        }
        Label {
            Layout.fillWidth: true
            text: cell.caption.length > 0 ? cell.caption : " "
            elide: Text.ElideRight
            maximumLineCount: 1
            font.pixelSize: Theme.fonts.caption
            color: Theme.colors.text
        }
    }
}
