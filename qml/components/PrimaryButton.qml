import QtQuick
import QtQuick.Controls.Material
import Saisie

// The one action a page is about (Unlock, Create profile). Tall enough for gloves. Drawn by hand
// rather than with Material's elevation, which needs shader effects the software renderer lacks.
Button {
    id: control

    implicitHeight: Theme.sizes.button
    implicitWidth: Math.max(Theme.sizes.touchTarget * 3, implicitContentWidth + leftPadding + rightPadding)
    topInset: 0
    bottomInset: 0
    leftPadding: Theme.spacing.l
    rightPadding: Theme.spacing.l
    font.pixelSize: Theme.fonts.bodyLarge
    font.bold: true
    font.capitalization: Font.MixedCase

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.colors.primaryText : Theme.colors.disabledText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitHeight: Theme.sizes.button
        radius: Theme.sizes.radius
        color: !control.enabled ? Theme.colors.disabled
             : control.down ? Qt.darker(Theme.colors.primary, 1.3)
             : Theme.colors.primary
        border.width: control.visualFocus ? Theme.sizes.focusWidth : 0
        border.color: Theme.colors.text
    }
}
