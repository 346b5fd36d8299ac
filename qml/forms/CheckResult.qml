import QtQuick
import QtQuick.Controls.Material
import Saisie

// One line under an identifier: an icon, a colour and the translated sentence of an
// IdentifierCheck result. Shape and words carry the verdict too, not the colour alone.
// Plain anchors (no layout) so the sentence's height follows its wrapping at any width.
Item {
    id: result

    /// An IdentifierCheck.check() map; nothing is shown while the field is empty.
    property var check: ({})

    readonly property string verdict: check && check.verdict ? check.verdict : "empty"
    readonly property color accent: verdict === "valid" ? Theme.colors.success
                                  : verdict === "warning" ? Theme.colors.warning
                                  : Theme.colors.danger

    visible: verdict !== "empty"
    implicitWidth: 320
    implicitHeight: Math.max(icon.height, message.implicitHeight)

    Rectangle {
        id: icon
        width: 28
        height: 28
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
        id: message
        objectName: "checkMessage"
        x: icon.width + Theme.spacing.s
        width: result.width - x
        topPadding: 2
        text: result.check && result.check.message ? result.check.message : ""
        font.pixelSize: Theme.fonts.body
        font.bold: result.verdict !== "valid"
        color: result.accent
        wrapMode: Text.Wrap
    }
}
