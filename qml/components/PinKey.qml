import QtQuick
import QtQuick.Controls.Material
import Saisie

// One key of the PinPad: a square button at least a touch target wide.
Button {
    id: key

    property int size: Theme.sizes.pinKey
    property bool small: false
    property bool primary: false

    implicitWidth: size
    implicitHeight: size
    topInset: 0
    bottomInset: 0
    leftInset: 0
    rightInset: 0
    padding: Theme.spacing.xs
    focusPolicy: Qt.NoFocus
    font.pixelSize: small ? Theme.fonts.body : Theme.fonts.display
    font.bold: small
    font.capitalization: Font.MixedCase
    Accessible.name: text

    contentItem: Text {
        text: key.text
        font: key.font
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fonts.caption
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideNone
        color: !key.enabled ? Theme.colors.disabled
             : key.primary ? Theme.colors.primaryText
             : Theme.colors.text
    }

    background: Rectangle {
        radius: Theme.sizes.radius
        color: !key.enabled ? Theme.colors.surfaceVariant
             : key.primary ? (key.down ? Qt.darker(Theme.colors.primary, 1.3) : Theme.colors.primary)
             : key.down ? Theme.colors.surfaceVariant : Theme.colors.surface
        border.color: key.enabled ? (key.primary ? Theme.colors.primary : Theme.colors.border) : Theme.colors.border
        border.width: Theme.sizes.borderWidth
    }
}
