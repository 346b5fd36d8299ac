import QtQuick
import QtQuick.Controls.Material
import Saisie

// A toggle in a row of filters: outlined when off, filled with a check mark when on. A full
// touch target tall, however short its label. `checked` is bound by the owner to the filter
// state it shows (clicking does not toggle it by itself, so the binding survives).
AbstractButton {
    id: chip

    implicitHeight: Theme.sizes.touchTarget
    implicitWidth: Math.max(Theme.sizes.touchTarget, label.implicitWidth + 2 * Theme.spacing.s + Theme.spacing.xs)
    font.pixelSize: Theme.fonts.body
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    contentItem: Label {
        id: label
        text: (chip.checked ? "\u2713 " : "") + chip.text
        font: chip.font
        color: chip.checked ? Theme.colors.primaryText : Theme.colors.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    // Drawn inside the touch target, a little shorter, so neighbouring chips do not look merged.
    background: Rectangle {
        y: Theme.spacing.xs
        height: parent.height - 2 * Theme.spacing.xs
        width: parent.width
        radius: height / 2
        color: chip.checked ? Theme.colors.primary : (chip.down ? Theme.colors.surfaceVariant : Theme.colors.surface)
        border.width: chip.visualFocus ? Theme.sizes.focusWidth : Theme.sizes.borderWidth
        border.color: chip.checked ? Theme.colors.primary : Theme.colors.border
    }
}
