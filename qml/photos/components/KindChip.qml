import QtQuick
import QtQuick.Controls.Material
import Saisie

// What a photo shows (Goods, Person, ...), as a small label over its thumbnail. Kinds that never
// reach the WCO CEN (people, documents) are drawn in the warning colour so they stand out.
Rectangle {
    id: chip

    property string text
    property bool cenShareable: true

    implicitWidth: label.implicitWidth + 2 * Theme.spacing.s
    implicitHeight: label.implicitHeight + Theme.spacing.xs
    radius: height / 2
    color: chip.cenShareable ? Theme.colors.primary : Theme.colors.warning
    visible: text.length > 0

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - 2 * Theme.spacing.s)
        text: chip.text
        elide: Text.ElideRight
        font.pixelSize: Theme.fonts.caption
        font.bold: true
        color: Theme.colors.primaryText
    }
}
