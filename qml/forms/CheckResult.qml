import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// One line under an identifier: an icon, a colour and the translated sentence of an
// IdentifierCheck result. Shape and words carry the verdict too, not the colour alone.
RowLayout {
    id: result

    /// An IdentifierCheck.check() map; nothing is shown while the field is empty.
    property var check: ({})

    readonly property string verdict: check && check.verdict ? check.verdict : "empty"
    readonly property color accent: verdict === "valid" ? Theme.colors.success
                                  : verdict === "warning" ? Theme.colors.warning
                                  : Theme.colors.danger

    visible: verdict !== "empty"
    spacing: Theme.spacing.s

    Rectangle {
        Layout.alignment: Qt.AlignTop
        implicitWidth: 28
        implicitHeight: 28
        radius: result.verdict === "warning" ? 4 : 14
        color: result.accent

        Text {
            anchors.centerIn: parent
            text: result.verdict === "valid" ? "\u2713" : result.verdict === "warning" ? "!" : "\u2715"
            font.pixelSize: Theme.fonts.body
            font.bold: true
            color: Theme.colors.primaryText
        }
    }

    Label {
        objectName: "checkMessage"
        Layout.fillWidth: true
        text: result.check && result.check.message ? result.check.message : ""
        font.pixelSize: Theme.fonts.body
        font.bold: result.verdict !== "valid"
        color: result.accent
        wrapMode: Text.Wrap
    }
}
