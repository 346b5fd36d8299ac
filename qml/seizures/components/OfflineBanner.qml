import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// What the network means for the officer's work, above the list. Offline: a clear banner that
// says records are safe on the tablet and how many wait to be sent. Online (or unknown: we never
// claim to be offline without knowing) with records waiting: one quiet line. Otherwise nothing.
Rectangle {
    id: banner

    /// The device is known to be offline (Connectivity.Offline).
    property bool offline: false
    /// Records signed but not yet delivered.
    property int waitingCount: 0

    readonly property bool shown: offline || waitingCount > 0

    visible: shown
    implicitHeight: shown ? row.implicitHeight + 2 * Theme.spacing.s : 0
    color: offline ? Theme.colors.warning : Theme.colors.surfaceVariant
    border.width: offline ? 0 : Theme.sizes.borderWidth
    border.color: Theme.colors.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing.m
        anchors.rightMargin: Theme.spacing.m
        spacing: Theme.spacing.s

        Label {
            visible: banner.offline
            text: "\u26a0"
            font.pixelSize: Theme.fonts.title
            color: Theme.colors.primaryText
        }
        Label {
            id: message
            objectName: "bannerText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: banner.offline ? Theme.fonts.body : Theme.fonts.caption
            font.bold: banner.offline
            color: banner.offline ? Theme.colors.primaryText : Theme.colors.text
            text: banner.offline
                  ? (banner.waitingCount > 0
                     ? qsTr("Offline. %n record(s) waiting to be sent: they are safe on this tablet and will be sent when the network is back.", "", banner.waitingCount)
                     : qsTr("Offline. You can keep working: everything is saved on this tablet."))
                  : qsTr("%n record(s) waiting to be sent.", "", banner.waitingCount)
        }
    }
}
