import QtQuick
import QtQuick.Controls.Material
import Saisie

// A text action in a PageHeader (Lock, Settings). Text rather than icons: no icon set is bundled
// yet, and words are clearer to a new user.
ToolButton {
    id: control

    implicitHeight: Theme.sizes.header
    leftPadding: Theme.spacing.m
    rightPadding: Theme.spacing.m
    font.pixelSize: Theme.fonts.body
    font.bold: true
    font.capitalization: Font.MixedCase
    Material.foreground: Theme.colors.headerText
}
