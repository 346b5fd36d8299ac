pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// The unlocked officer's seizures. Capture itself arrives in the next release; until then the
// "New seizure" action is visibly disabled and says why, rather than pretending.
Page {
    id: page

    /// The officer opened the settings.
    signal settingsRequested()

    function reachabilityText(reachability) {
        switch (reachability) {
        case Connectivity.Online: return qsTr("Network: online")
        case Connectivity.Local: return qsTr("Network: local network only")
        case Connectivity.Offline: return qsTr("Network: offline")
        default: return qsTr("Network: status unknown")
        }
    }

    header: PageHeader {
        title: qsTr("Seizures")
        subtitle: Session.profileAlias
        HeaderAction {
            objectName: "settingsAction"
            text: qsTr("Settings")
            onClicked: page.settingsRequested()
        }
        HeaderAction {
            objectName: "lockAction"
            text: qsTr("Lock")
            onClicked: Session.lock()
        }
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Status strip: reachability is only a hint (sync never waits for it), so it is said quietly.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: statusLabel.implicitHeight + 2 * Theme.spacing.s
            color: Theme.colors.surfaceVariant
            Label {
                id: statusLabel
                objectName: "networkStatus"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing.m
                anchors.rightMargin: Theme.spacing.m
                verticalAlignment: Text.AlignVCenter
                text: page.reachabilityText(Connectivity.reachability)
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.text
                elide: Text.ElideRight
            }
        }

        ListView {
            id: seizureList
            objectName: "seizureList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            model: Session.seizures
            delegate: SeizureDelegate {
                width: ListView.view.width
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: seizureList.count === 0

            EmptyState {
                objectName: "emptyState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacing.l, Theme.sizes.contentMaxWidth)
                title: qsTr("No seizures yet")
                text: qsTr("Seizures you record on this tablet will appear here, with what still needs to be filled in and whether they have been sent.")
            }
        }

        InlineMessage {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing.m
            text: Session.error === Session.Storage ? Session.errorString : ""
        }

        // Bottom action bar: within thumb reach on a tablet held in both hands.
        Pane {
            Layout.fillWidth: true
            padding: Theme.spacing.m
            background: Rectangle {
                color: Theme.colors.surface
                Rectangle {
                    width: parent.width
                    height: Theme.sizes.borderWidth
                    color: Theme.colors.border
                }
            }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacing.xs

                PrimaryButton {
                    id: newSeizure
                    objectName: "newSeizureButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(parent.width, 420)
                    text: qsTr("New seizure")
                    enabled: false
                }
                Label {
                    objectName: "newSeizureNote"
                    Layout.fillWidth: true
                    text: qsTr("Recording a new seizure arrives in the next release.")
                    font.pixelSize: Theme.fonts.caption
                    color: Theme.colors.textMuted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
