import QtQuick
import QtQuick.Controls.Material
import Saisie

// A sentence under a form or a PIN pad: an error to fix, a warning, or plain information.
// Collapses to nothing when its text is empty, so layouts do not jump around a blank box.
Rectangle {
    id: message

    enum Kind { Info, Warning, Error }

    property string text
    property int kind: InlineMessage.Error

    readonly property color accent: kind === InlineMessage.Error ? Theme.colors.danger
                                  : kind === InlineMessage.Warning ? Theme.colors.warning
                                  : Theme.colors.primary

    visible: text.length > 0
    implicitWidth: label.implicitWidth + 2 * Theme.spacing.m + Theme.spacing.xs
    implicitHeight: visible ? label.implicitHeight + 2 * Theme.spacing.s : 0
    radius: Theme.sizes.radius
    color: Theme.colors.surface
    border.color: accent
    border.width: Theme.sizes.borderWidth

    Rectangle {
        width: Theme.spacing.xs
        height: parent.height
        radius: Theme.sizes.radius
        color: message.accent
    }

    Label {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing.m + Theme.spacing.xs
        anchors.rightMargin: Theme.spacing.m
        verticalAlignment: Text.AlignVCenter
        text: message.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fonts.body
        color: message.kind === InlineMessage.Error ? Theme.colors.danger : Theme.colors.text
    }
}
