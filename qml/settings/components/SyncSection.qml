import QtQuick
import QtQuick.Controls.Material
import Saisie

// Settings: the connection to the national server. Whether this tablet is enrolled, to which
// server, the device key to compare with the console, the photo setting for metered networks, and
// the way to the enrolment page. Positioners rather than Layouts (wrapping text).
Column {
    id: section

    /// The officer wants the enrolment page (connect, or see the details).
    signal syncRequested()

    spacing: Theme.spacing.s

    Label {
        width: parent.width
        text: qsTr("Sync")
        font.pixelSize: Theme.fonts.title
        font.bold: true
        color: Theme.colors.text
    }
    Label {
        objectName: "syncStatus"
        width: parent.width
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fonts.body
        color: Theme.colors.text
        text: Sync.enrolled
              ? qsTr("Connected to %1.").arg(Sync.serverOrigin)
              : qsTr("Not connected: records stay on this tablet until it is connected to the national server.")
    }
    Label {
        objectName: "syncDeviceId"
        width: parent.width
        visible: Sync.enrolled
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fonts.body
        color: Theme.colors.textMuted
        text: qsTr("Device key: %1").arg(Sync.deviceIdShort.replace(/(.{4})(?=.)/g, "$1 "))
    }
    SettingSwitch {
        objectName: "holdPhotosSwitch"
        width: parent.width
        text: qsTr("Hold photos on metered networks (records are always sent)")
        checked: Sync.holdPhotosOnMetered
        onToggled: Sync.holdPhotosOnMetered = checked
    }
    SecondaryButton {
        objectName: "syncDetailsButton"
        width: parent.width
        text: Sync.enrolled ? qsTr("Sync details") : qsTr("Connect this tablet")
        onClicked: section.syncRequested()
    }
}
