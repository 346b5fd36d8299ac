import QtQuick
import QtQuick.Controls.Material
import Saisie

// What sync means for the officer's work, above the seizure list. One sentence and at most one
// action: "Connect this tablet" before enrolment, "Sync now" while records wait, a progress bar
// while sending, the last failure as a sentence. Quiet (hidden) when everything is delivered.
// Plain properties rather than the Sync singleton, so tests and screenshots can set any state.
// Positioners, not Layouts: a Layout around wrapping text loops on polish with long French lines.
Rectangle {
    id: banner

    /// The tablet has a device identity (enrolment done).
    property bool enrolled: false
    /// SyncController.stateName: "notEnrolled", "idle", "syncing", "waiting", "offline", "revoked".
    property string syncState: "idle"
    /// The device is known to be offline (Connectivity.Offline).
    property bool offline: false
    /// Records waiting to be delivered.
    property int pendingCount: 0
    /// "Sending record 3 of 12 – photo 2 of 4"; empty when nothing is being sent.
    property string progressText
    /// 0..1 while syncing.
    property real progressFraction: 0
    /// The last failure as a sentence; empty after a success.
    property string lastError
    /// Seconds before the next automatic attempt (0: none planned).
    property int secondsUntilNextAttempt: 0

    /// The officer wants to enrol this tablet.
    signal connectRequested()
    /// The officer wants an attempt now.
    signal syncNowRequested()

    readonly property bool revoked: syncState === "revoked"
    readonly property bool syncing: enrolled && syncState === "syncing"
    readonly property bool isOffline: offline || (enrolled && syncState === "offline")
    readonly property bool problem: revoked || (enrolled && lastError.length > 0 && !syncing)
    readonly property bool shown: !enrolled || revoked || syncing || isOffline || problem || pendingCount > 0
    /// Which button the banner offers: "connect", "sync" or "" (none).
    readonly property string action: revoked ? "" : !enrolled ? "connect" : syncing ? "" : "sync"
    readonly property bool strong: revoked || isOffline || problem

    function waitText(seconds) {
        if (seconds <= 0)
            return ""
        if (seconds < 60)
            return qsTr("Next attempt in %n second(s).", "", seconds)
        return qsTr("Next attempt in %n minute(s).", "", Math.ceil(seconds / 60))
    }

    function message() {
        if (banner.revoked)
            return qsTr("This tablet has been revoked by an administrator. Contact your administrator.")
        if (!banner.enrolled)
            return banner.pendingCount > 0
                   ? qsTr("This tablet is not connected to the national server yet: %n record(s) wait on it.", "", banner.pendingCount)
                   : qsTr("This tablet is not connected to the national server yet. Your records stay on it until it is.")
        if (banner.syncing)
            return banner.progressText.length > 0 ? banner.progressText : qsTr("Sending records…")
        if (banner.isOffline)
            return banner.pendingCount > 0
                   ? qsTr("Offline. %n record(s) waiting to be sent: they are safe on this tablet and will be sent when the network is back.", "", banner.pendingCount)
                   : qsTr("Offline. You can keep working: everything is saved on this tablet.")
        if (banner.problem)
            return banner.lastError
        return qsTr("%n record(s) waiting to be sent.", "", banner.pendingCount)
    }

    readonly property bool wide: width >= 600

    visible: shown
    implicitHeight: shown ? content.implicitHeight + 2 * Theme.spacing.s : 0
    color: revoked ? Theme.colors.danger : strong ? Theme.colors.warning : Theme.colors.surfaceVariant
    border.width: strong ? 0 : Theme.sizes.borderWidth
    border.color: Theme.colors.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: messageText.text

    Column {
        id: content
        x: Theme.spacing.m
        y: Theme.spacing.s
        width: banner.width - 2 * Theme.spacing.m
        spacing: Theme.spacing.xs

        Item {
            width: parent.width
            height: banner.wide ? Math.max(textColumn.implicitHeight, button.visible ? button.height : 0)
                                : textColumn.implicitHeight + (button.visible ? button.height + Theme.spacing.xs : 0)

            Column {
                id: textColumn
                width: banner.wide && button.visible ? parent.width - button.width - Theme.spacing.m : parent.width
                anchors.verticalCenter: banner.wide ? parent.verticalCenter : undefined
                spacing: 2

                Label {
                    id: messageText
                    objectName: "syncBannerText"
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: banner.message()
                    font.pixelSize: banner.strong || !banner.enrolled ? Theme.fonts.body : Theme.fonts.caption
                    font.bold: banner.strong
                    color: banner.strong ? Theme.colors.primaryText : Theme.colors.text
                }
                Label {
                    objectName: "syncBannerWait"
                    width: parent.width
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    text: banner.enrolled && !banner.syncing && !banner.revoked && banner.pendingCount > 0
                          ? banner.waitText(banner.secondsUntilNextAttempt) : ""
                    font.pixelSize: Theme.fonts.caption
                    color: banner.strong ? Theme.colors.primaryText : Theme.colors.textMuted
                }
            }

            Button {
                id: button
                objectName: banner.action === "connect" ? "connectTabletButton" : "syncNowButton"
                visible: banner.action.length > 0
                anchors.right: parent.right
                anchors.bottom: banner.wide ? undefined : parent.bottom
                anchors.verticalCenter: banner.wide ? parent.verticalCenter : undefined
                height: Theme.sizes.touchTarget
                flat: true
                font.pixelSize: Theme.fonts.body
                font.bold: true
                font.capitalization: Font.MixedCase
                text: banner.action === "connect" ? qsTr("Connect this tablet") : qsTr("Sync now")
                contentItem: Label {
                    text: button.text
                    font: button.font
                    color: banner.strong ? Theme.colors.primaryText : Theme.colors.primary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.sizes.radius
                    color: button.down ? Qt.rgba(0, 0, 0, 0.15) : "transparent"
                    border.width: Theme.sizes.borderWidth + 1
                    border.color: banner.strong ? Theme.colors.primaryText : Theme.colors.primary
                }
                onClicked: banner.action === "connect" ? banner.connectRequested() : banner.syncNowRequested()
            }
        }

        ProgressBar {
            objectName: "syncProgress"
            width: parent.width
            visible: banner.syncing
            from: 0
            to: 1
            value: banner.progressFraction
            Accessible.name: banner.progressText
        }
    }
}
