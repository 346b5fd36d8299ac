import QtQuick
import QtQuick.Controls.Material
import Saisie

// A secondary action next to a PrimaryButton (Switch profile, Cancel): outlined, same height.
Button {
    id: control

    flat: true
    implicitHeight: Theme.sizes.button
    topInset: 2
    bottomInset: 2
    leftPadding: Theme.spacing.l
    rightPadding: Theme.spacing.l
    font.pixelSize: Theme.fonts.bodyLarge
    font.capitalization: Font.MixedCase
    Material.foreground: Theme.colors.primary

    background: Rectangle {
        implicitHeight: Theme.sizes.button
        radius: Theme.sizes.radius
        color: control.down ? Theme.colors.surfaceVariant : "transparent"
        border.color: control.enabled ? Theme.colors.primary : Theme.colors.disabled
        border.width: control.visualFocus ? Theme.sizes.focusWidth : Theme.sizes.borderWidth + 1
    }
}
