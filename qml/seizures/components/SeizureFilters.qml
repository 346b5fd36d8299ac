pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Search and filters above the seizure list. Typing is debounced (each query reads the vault);
// chips apply at once. On a narrow screen the chips fold away behind a "Filters" toggle that says
// how many are on, so the list keeps most of the height.
Pane {
    id: filters

    /// The list to filter (Session.seizures in the app).
    property SeizureListModel listModel
    /// Chips always shown (tablet) rather than behind the toggle (phone).
    property bool wide: width >= 720
    property bool expanded: false

    // Status chips stand for groups an officer thinks in: "to send" is finalized or queued.
    readonly property var statusGroups: [
        { label: qsTr("Drafts"), statuses: ["draft"] },
        { label: qsTr("To send"), statuses: ["finalized", "queued"] },
        { label: qsTr("Delivered"), statuses: ["delivered"] },
        { label: qsTr("Returned"), statuses: ["returned"] }
    ]
    readonly property var dateRanges: [
        { label: qsTr("Today"), range: SeizureListModel.Today },
        { label: qsTr("7 days"), range: SeizureListModel.Last7Days },
        { label: qsTr("30 days"), range: SeizureListModel.Last30Days },
        { label: qsTr("All dates"), range: SeizureListModel.AllDates }
    ]
    /// Filter kinds switched on (statuses, dates), for the toggle's label.
    readonly property int activeCount: !listModel ? 0
        : (listModel.statusFilter.length > 0 ? 1 : 0) + (listModel.dateRange !== SeizureListModel.AllDates ? 1 : 0)

    function groupOn(statuses) {
        if (!listModel)
            return false
        return statuses.every(s => listModel.statusFilter.indexOf(s) >= 0)
    }
    function toggleGroup(statuses) {
        const on = groupOn(statuses)
        const next = listModel.statusFilter.filter(s => statuses.indexOf(s) < 0)
        listModel.statusFilter = on ? next : next.concat(statuses)
    }
    /// Applies the search text now (Enter, or the page is about to refresh anyway).
    function applySearch() {
        debounce.stop()
        if (listModel)
            listModel.searchText = searchField.text
    }

    padding: Theme.spacing.s
    leftPadding: Theme.spacing.m
    rightPadding: Theme.spacing.m
    background: Rectangle {
        color: Theme.colors.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.sizes.borderWidth
            color: Theme.colors.border
        }
    }

    // "Clear filters" elsewhere on the page empties the model's text: follow it.
    Connections {
        target: filters.listModel
        function onFilterChanged() {
            if (!debounce.running && searchField.text !== filters.listModel.searchText)
                searchField.text = filters.listModel.searchText
        }
    }

    Timer {
        id: debounce
        interval: 300
        onTriggered: filters.applySearch()
    }

    // Positioners with explicit widths, not layouts: the chips wrap in Flows, whose implicit size
    // depends on the width they are given, and a Layout around them kept re-measuring (Qt 6.4
    // aborts with "Polish loop detected" on the French labels).
    Column {
        width: parent.width
        spacing: Theme.spacing.xs

        RowLayout {
            width: parent.width
            spacing: Theme.spacing.s

            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.button
                placeholderText: qsTr("Search: container, plate, passport, place…")
                font.pixelSize: Theme.fonts.bodyLarge
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                onTextEdited: debounce.restart()
                onAccepted: filters.applySearch()
            }
            ToolButton {
                objectName: "clearSearch"
                visible: searchField.text.length > 0
                Layout.preferredWidth: Theme.sizes.touchTarget
                Layout.preferredHeight: Theme.sizes.touchTarget
                text: "\u2715"
                font.pixelSize: Theme.fonts.title
                Accessible.name: qsTr("Clear search")
                onClicked: {
                    searchField.text = ""
                    filters.applySearch()
                }
            }
            FilterChip {
                objectName: "filtersToggle"
                visible: !filters.wide
                text: filters.activeCount > 0 ? qsTr("Filters (%1)").arg(filters.activeCount) : qsTr("Filters")
                checked: filters.expanded
                onClicked: filters.expanded = !filters.expanded
            }
        }

        // Two labelled groups: statuses combine (any of them), dates exclude each other. Wide:
        // side by side when both fit, label beside its chips. Narrow: stacked, label above.
        Flow {
            objectName: "filterChips"
            width: parent.width
            visible: filters.wide || filters.expanded
            spacing: Theme.spacing.m

            ChipGroup {
                objectName: "statusGroup"
                title: qsTr("Status")
                stacked: !filters.wide
                Repeater {
                    model: filters.statusGroups
                    delegate: FilterChip {
                        required property var modelData
                        objectName: "status_" + modelData.statuses[0]
                        text: modelData.label
                        checked: filters.groupOn(modelData.statuses)
                        onClicked: filters.toggleGroup(modelData.statuses)
                    }
                }
            }
            ChipGroup {
                objectName: "dateGroup"
                title: qsTr("Date")
                stacked: !filters.wide
                Repeater {
                    model: filters.dateRanges
                    delegate: FilterChip {
                        required property var modelData
                        objectName: "range_" + modelData.range
                        text: modelData.label
                        checked: filters.listModel !== null && filters.listModel.dateRange === modelData.range
                        onClicked: {
                            if (filters.listModel)
                                filters.listModel.dateRange = modelData.range
                        }
                    }
                }
            }
        }
    }

    // A caption and its chips. Only as wide as its chips need (so two groups can share a row),
    // never wider than the filter area: then the chips wrap under each other.
    component ChipGroup: Item {
        id: group

        property alias title: caption.text
        default property alias chips: chipFlow.data

        /// Caption above the chips (narrow screens) rather than beside them.
        property bool stacked
        readonly property real available: parent ? parent.width : 0
        // The chips' one-row width, from their implicit widths (never from the Flow's laid-out
        // size, which depends on the width set here).
        readonly property real chipsWidth: {
            let total = 0
            let shown = 0
            for (let i = 0; i < chipFlow.children.length; ++i) {
                const chip = chipFlow.children[i]
                if (chip instanceof FilterChip) {
                    total += chip.implicitWidth
                    ++shown
                }
            }
            return Math.ceil(total + Math.max(0, shown - 1) * chipFlow.spacing)
        }

        width: stacked ? available : Math.min(available, caption.implicitWidth + Theme.spacing.s + chipsWidth)
        height: stacked ? caption.height + chipFlow.height : Math.max(caption.height, chipFlow.height)

        Label {
            id: caption
            y: group.stacked ? 0 : (Theme.sizes.touchTarget - height) / 2
            font.pixelSize: Theme.fonts.caption
            font.bold: true
            color: Theme.colors.textMuted
        }
        Flow {
            id: chipFlow
            x: group.stacked ? 0 : caption.width + Theme.spacing.s
            y: group.stacked ? caption.height : 0
            width: group.width - x
            spacing: Theme.spacing.xs
        }
    }
}
