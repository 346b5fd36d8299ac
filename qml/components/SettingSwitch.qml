import QtQuick
import QtQuick.Controls.Material
import Saisie

// An on/off setting with a large, hand-drawn indicator: Material's knob is drawn with a shader
// effect and disappears under the software renderer; this one is plain rectangles.
Switch {
    id: control

    implicitHeight: Math.max(Theme.sizes.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    spacing: Theme.spacing.m
    font.pixelSize: Theme.fonts.bodyLarge

    indicator: Rectangle {
        x: control.leftPadding
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: 56
        implicitHeight: 32
        radius: height / 2
        color: control.checked ? Theme.colors.primary : Theme.colors.surfaceVariant
        border.color: control.checked ? Theme.colors.primary : Theme.colors.text
        border.width: control.visualFocus ? Theme.sizes.focusWidth : Theme.sizes.borderWidth + 1

        Rectangle {
            x: control.checked ? parent.width - width - 4 : 4
            anchors.verticalCenter: parent.verticalCenter
            width: 24
            height: 24
            radius: 12
            color: control.checked ? Theme.colors.primaryText : Theme.colors.text
            Behavior on x {
                NumberAnimation { duration: 120 }
            }
        }
    }

    contentItem: Text {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.colors.text
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
