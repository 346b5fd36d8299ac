import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// How complete a record is: a bar and "NN % complete". The colour band (low, medium, high) is
// repeated by the text colour and never carries the meaning alone; all three colours keep at
// least 4.5:1 contrast on the surface in both Theme palettes.
Control {
    id: meter

    /// 0..1; values outside are clamped.
    property real value: 0
    /// Below this the band is "low" (danger colour).
    property real mediumFrom: 0.5
    /// From this the band is "high" (success colour).
    property real highFrom: 0.8

    readonly property real clamped: Math.max(0, Math.min(1, isNaN(value) ? 0 : value))
    readonly property int percent: Math.floor(clamped * 100 + 0.5)
    /// "low", "medium" or "high".
    readonly property string band: clamped >= highFrom ? "high" : clamped >= mediumFrom ? "medium" : "low"
    readonly property color bandColor: band === "high" ? Theme.colors.success
                                     : band === "medium" ? Theme.colors.warning : Theme.colors.danger
    readonly property string text: qsTr("%1 % complete").arg(percent)

    padding: 0
    implicitWidth: 240
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.ProgressBar
    Accessible.name: text

    contentItem: ColumnLayout {
        id: column
        spacing: Theme.spacing.xs

        Label {
            objectName: "meterText"
            Layout.fillWidth: true
            text: meter.text
            font.pixelSize: Theme.fonts.body
            font.bold: true
            color: meter.bandColor
            elide: Text.ElideRight
        }

        Rectangle {
            objectName: "track"
            Layout.fillWidth: true
            implicitHeight: 12
            radius: height / 2
            color: Theme.colors.surfaceVariant
            border.color: Theme.colors.border
            border.width: Theme.sizes.borderWidth

            Rectangle {
                objectName: "fill"
                width: parent.width * meter.clamped
                height: parent.height
                radius: parent.radius
                color: meter.bandColor
            }
        }
    }
}
