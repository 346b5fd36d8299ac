pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// The unlocked officer's home: every seizure with its status, search and filters, what waits to
// be sent (sync state, progress, the network), and one obvious "New seizure" action.
Page {
    id: page

    /// The officer wants a new record: `quick` for the on-the-spot capture, else the full record.
    signal newSeizureRequested(bool quick)
    /// The officer opened a record from the list.
    signal seizureOpened(string uuid)
    /// The officer opened the settings.
    signal settingsRequested()
    /// The officer wants to connect this tablet to the national server.
    signal enrolmentRequested()

    readonly property bool offline: Connectivity.reachability === Connectivity.Offline

    // Back from the editor or settings: records may have changed (saved, finalized, sent).
    StackView.onActivated: Session.refreshSeizures()

    header: PageHeader {
        title: qsTr("Seizures")
        subtitle: Session.officerName.length > 0 ? Session.officerName + " · " + Session.unitName
                                                 : Session.profileAlias
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
        HeaderAction {
            objectName: "moreAction"
            text: "\u22ee"
            font.pixelSize: Theme.fonts.title
            Accessible.name: qsTr("More actions")
            onClicked: moreMenu.open()

            Menu {
                id: moreMenu
                objectName: "moreMenu"
                y: parent.height
                MenuItem {
                    objectName: "syncNowItem"
                    text: qsTr("Sync now")
                    enabled: Sync.running && Sync.stateName !== "syncing"
                    onTriggered: Sync.syncNow()
                }
                MenuItem {
                    objectName: "connectTabletItem"
                    text: Sync.enrolled ? qsTr("Sync details") : qsTr("Connect this tablet")
                    onTriggered: page.enrolmentRequested()
                }
            }
        }
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SyncBanner {
            objectName: "syncBanner"
            Layout.fillWidth: true
            enrolled: Sync.enrolled
            syncState: Sync.stateName
            offline: page.offline
            // While the engine runs it knows (parked records too); before, the list's count.
            pendingCount: Sync.running ? Sync.pendingCount : Session.seizures.waitingCount
            progressText: Sync.progressText
            progressFraction: Sync.progressFraction
            lastError: Sync.lastError
            secondsUntilNextAttempt: Sync.secondsUntilNextAttempt
            onConnectRequested: page.enrolmentRequested()
            onSyncNowRequested: Sync.syncNow()
        }

        SeizureFilters {
            objectName: "seizureFilters"
            Layout.fillWidth: true
            listModel: Session.seizures
        }

        InlineMessage {
            objectName: "officerMissing"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing.m
            kind: InlineMessage.Warning
            text: !Session.locked && !Session.hasOfficerDetails
                  ? qsTr("Add your name, service number and unit in Settings: new records need them.") : ""
        }

        InlineMessage {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing.m
            text: Session.seizures.errorString
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
                onClicked: page.seizureOpened(uuid)
            }
            // Room under the last row, so the floating button never hides it. A margin, not a
            // `footer` component: Qt 6.4's item views create header and footer in a fresh child
            // context, and this file's `ComponentBehavior: Bound` components refuse any context
            // but their own ("Cannot instantiate bound component outside its creation context",
            // which Qt logs only as "QQmlComponent: Component is not ready"). The footer was
            // never built, and the view retried at each row, so the last row sat under the button.
            bottomMargin: newSeizure.height + 2 * Theme.spacing.l
            ScrollIndicator.vertical: ScrollIndicator {}
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: seizureList.count === 0

            ColumnLayout {
                anchors.centerIn: parent
                anchors.verticalCenterOffset: -newSeizure.height / 2
                width: Math.min(parent.width - 2 * Theme.spacing.l, Theme.sizes.contentMaxWidth)
                spacing: Theme.spacing.m

                EmptyState {
                    objectName: "emptyState"
                    Layout.fillWidth: true
                    title: Session.seizures.filtered ? qsTr("No matching seizures") : qsTr("No seizures yet")
                    text: Session.seizures.filtered
                          ? qsTr("Nothing matches this search and these filters.")
                          : qsTr("Seizures you record on this tablet will appear here, with what still needs to be filled in and whether they have been sent.")
                }
                SecondaryButton {
                    objectName: "clearFiltersButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: Session.seizures.filtered
                    text: qsTr("Show all seizures")
                    onClicked: Session.seizures.clearFilters()
                }
            }
        }
    }

    // Bottom right on a tablet (thumb of the holding hand), centred on a phone.
    NewSeizureButton {
        id: newSeizure
        objectName: "newSeizure"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing.l
        anchors.right: page.width >= 720 ? parent.right : undefined
        anchors.rightMargin: Theme.spacing.l
        anchors.horizontalCenter: page.width >= 720 ? undefined : parent.horizontalCenter
        enabled: !Session.locked
        onChosen: (quick) => page.newSeizureRequested(quick)
    }
}
