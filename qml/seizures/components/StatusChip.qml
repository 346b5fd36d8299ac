import QtQuick
import QtQuick.Controls.Material
import Saisie

// A record's status as a small solid label: colour and words together, white on a dark tone so
// it stays readable in direct sunlight and for colour-blind officers (the text carries the meaning).
Rectangle {
    id: chip

    /// The store's status name: "draft", "finalized", "queued", "delivered", "returned", ...,
    /// or a live delivery state from sync: "sending", "parked".
    property string status

    function label(code) {
        switch (code) {
        case "draft": return qsTr("Draft")
        case "finalized": return qsTr("Finalized")
        case "queued": return qsTr("Waiting to send")
        case "sending": return qsTr("Sending…")
        case "parked": return qsTr("Not sent")
        case "delivered": return qsTr("Delivered")
        case "underReview": return qsTr("Under review")
        case "returned": return qsTr("Returned to you")
        case "accepted": return qsTr("Accepted")
        case "merged": return qsTr("Merged")
        default: return code
        }
    }
    function tone(code) {
        switch (code) {
        case "draft": return Theme.colors.textMuted
        case "finalized": return Theme.colors.primary
        case "queued": return Theme.colors.warning
        case "sending": return Theme.colors.primary
        case "parked": return Theme.colors.danger
        case "delivered":
        case "accepted": return Theme.colors.success
        case "returned": return Theme.colors.danger
        default: return Theme.colors.textMuted
        }
    }

    implicitWidth: caption.implicitWidth + 2 * Theme.spacing.s
    implicitHeight: Math.max(28, caption.implicitHeight + Theme.spacing.xs)
    radius: height / 2
    color: tone(status)
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Status: %1").arg(caption.text)

    Label {
        id: caption
        objectName: "statusText"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - 2 * Theme.spacing.s)
        text: chip.label(chip.status)
        font.pixelSize: Theme.fonts.caption
        font.bold: true
        color: Theme.colors.primaryText
        elide: Text.ElideRight
    }
}
