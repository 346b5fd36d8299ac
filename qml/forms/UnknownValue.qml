import QtQuick
import QtQuick.Controls.Material
import Saisie

// What an editor shows instead of itself while its FormField is marked "Unknown".
Label {
    height: Theme.sizes.touchTarget
    verticalAlignment: Text.AlignVCenter
    leftPadding: Theme.spacing.s
    rightPadding: Theme.spacing.s
    text: qsTr("Unknown")
    font.pixelSize: Theme.fonts.bodyLarge
    font.italic: true
    color: Theme.colors.textMuted
    elide: Text.ElideRight
    background: Rectangle {
        color: Theme.colors.surfaceVariant
        radius: Theme.sizes.radius
    }
}
