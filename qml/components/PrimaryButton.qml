import QtQuick
import QtQuick.Controls.Material
import Saisie

// The one action a page is about (Unlock, Create profile). Tall enough for gloves.
Button {
    id: control

    highlighted: true
    implicitHeight: Theme.sizes.button
    topInset: 2
    bottomInset: 2
    leftPadding: Theme.spacing.l
    rightPadding: Theme.spacing.l
    font.pixelSize: Theme.fonts.bodyLarge
    font.capitalization: Font.MixedCase
    Material.background: enabled ? Theme.colors.primary : Theme.colors.disabled
    Material.foreground: enabled ? Theme.colors.primaryText : Theme.colors.disabledText
}
