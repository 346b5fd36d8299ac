import QtQuick
import QtQuick.Controls.Material
import Saisie

// Tour only: every state of the sync banner and the delivery chips of list rows, as officers see
// them, in one window. The banner takes plain properties, so no server or engine is needed here.
ApplicationWindow {
    id: window

    /// Sentences from SyncText (C++), translated like the real ones.
    property string progressSample
    property string errorSample

    width: 1280
    height: 800
    visible: true
    color: Theme.colors.background
    Material.accent: Theme.colors.primary
    font.pixelSize: Theme.fonts.body

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight
        Column {
            id: column
            width: window.width
            spacing: Theme.spacing.s

            SyncBanner { width: parent.width; enrolled: false; pendingCount: 2 }
            SyncBanner { width: parent.width; enrolled: true; syncState: "idle"; pendingCount: 3; secondsUntilNextAttempt: 95 }
            SyncBanner {
                width: parent.width
                enrolled: true
                syncState: "syncing"
                pendingCount: 12
                progressText: window.progressSample
                progressFraction: 0.21
            }
            SyncBanner { width: parent.width; enrolled: true; syncState: "offline"; offline: true; pendingCount: 4 }
            SyncBanner {
                width: parent.width
                enrolled: true
                syncState: "waiting"
                pendingCount: 1
                secondsUntilNextAttempt: 40
                lastError: window.errorSample
            }
            SyncBanner { width: parent.width; enrolled: true; syncState: "revoked"; pendingCount: 2 }

            Flow {
                x: Theme.spacing.m
                width: parent.width - 2 * Theme.spacing.m
                spacing: Theme.spacing.s
                Repeater {
                    model: ["queued", "sending", "delivered", "parked"]
                    StatusChip {
                        required property string modelData
                        status: modelData
                    }
                }
            }
        }
    }
}
