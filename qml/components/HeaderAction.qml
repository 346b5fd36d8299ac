import QtQuick
import QtQuick.Controls.Material
import Saisie

// A text action in a PageHeader (Lock, Settings). Text rather than icons: no icon set is bundled
// yet, and words are clearer to a new user.
ToolButton {
    id: control

    implicitHeight: Theme.sizes.header
    implicitWidth: Math.max(Theme.sizes.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    // Narrow padding leaves the page title room next to two French labels on a 360 dp phone.
    leftPadding: Theme.spacing.s
    rightPadding: Theme.spacing.s
    font.pixelSize: Theme.fonts.body
    font.bold: true
    font.capitalization: Font.MixedCase
    Material.foreground: Theme.colors.headerText
}
