import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Where the seizure happened: the fix from the device (state, "±12 m · GNSS · 8 s ago",
// coordinates as numbers, no map), ways to improve it, and the typed-in alternatives. The
// capture page owns the LocationController and stores what fixAccepted hands over.
Item {
    id: panel

    /// The controller whose fix is shown (null: nothing to show, as when no source exists).
    property LocationController controller: null
    /// The officer chose this GeoFix map (a fix, a typed-in position, or only a reason).
    signal fixAccepted(var geoFix)

    readonly property bool hasController: controller !== null
    readonly property int locationState: hasController ? controller.state : LocationController.NoSource
    readonly property bool hasFix: hasController && controller.hasFix
    readonly property bool canMeasure: hasController && controller.sourceAvailable
    readonly property bool busy: locationState === LocationController.Searching || locationState === LocationController.Averaging
    readonly property bool wide: width >= 700

    implicitWidth: Theme.sizes.contentMaxWidth
    implicitHeight: layout.implicitHeight

    function stateText() {
        switch (panel.locationState) {
        case LocationController.NoSource: return qsTr("No position source on this device")
        case LocationController.Idle: return qsTr("No position yet")
        case LocationController.Searching: return panel.hasFix ? qsTr("Looking for a better position…")
                                                               : qsTr("Looking for a position…")
        case LocationController.Averaging: return qsTr("Averaging: %1 of %2 fixes")
                                                  .arg(controller.averagedCount).arg(controller.averageTarget)
        case LocationController.Error: return qsTr("No position")
        }
        return controller.source === "MANUAL" ? qsTr("Position entered by hand") : qsTr("Position found")
    }

    function sourceText(code) {
        switch (code) {
        case "GNSS": return qsTr("GNSS")
        case "NETWORK": return qsTr("network")
        case "FUSED": return qsTr("GNSS and network")
        case "MANUAL": return qsTr("entered by hand")
        }
        return qsTr("unknown source")
    }

    function ageText(seconds) {
        if (seconds < 0) return ""
        if (seconds < 60) return qsTr("%1 s ago").arg(seconds)
        if (seconds < 3600) return qsTr("%1 min ago").arg(Math.floor(seconds / 60))
        if (seconds < 86400) return qsTr("%1 h ago").arg(Math.floor(seconds / 3600))
        return qsTr("%1 d ago").arg(Math.floor(seconds / 86400))
    }

    /// "±12 m · GNSS · 8 s ago"
    function detailText() {
        if (!panel.hasFix) return ""
        const parts = []
        parts.push(controller.accuracyM >= 0 ? qsTr("±%1 m").arg(Math.round(controller.accuracyM))
                                             : qsTr("accuracy unknown"))
        parts.push(sourceText(controller.source))
        if (controller.source !== "MANUAL") parts.push(ageText(controller.ageSeconds))
        if (controller.mock) parts.push(qsTr("simulated"))
        return parts.join(" · ")
    }

    function decimalText(value, positive, negative) {
        return "%1° %2".arg(Math.abs(value).toFixed(5)).arg(value < 0 ? negative : positive)
    }

    function dmsText(value, positive, negative) {
        const total = Math.round(Math.abs(value) * 36000) // tenths of a second
        const d = Math.floor(total / 36000), m = Math.floor(total % 36000 / 600), s = (total % 600) / 10
        return "%1°%2′%3″%4".arg(d).arg(m).arg(s.toFixed(1)).arg(value < 0 ? negative : positive)
    }

    ColumnLayout {
        id: layout
        width: parent.width
        spacing: Theme.spacing.m

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: card.implicitHeight + 2 * Theme.spacing.m
            radius: Theme.sizes.radius
            color: Theme.colors.surface
            border.color: Theme.colors.border
            border.width: Theme.sizes.borderWidth

            ColumnLayout {
                id: card
                anchors.fill: parent
                anchors.margins: Theme.spacing.m
                spacing: Theme.spacing.s

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing.s
                    BusyIndicator {
                        visible: panel.busy
                        running: visible
                        Layout.preferredWidth: Theme.sizes.touchTarget
                        Layout.preferredHeight: Theme.sizes.touchTarget
                    }
                    Label {
                        objectName: "stateLabel"
                        Layout.fillWidth: true
                        text: panel.stateText()
                        font.pixelSize: Theme.fonts.title
                        color: panel.locationState === LocationController.Error ? Theme.colors.danger : Theme.colors.text
                        wrapMode: Text.Wrap
                    }
                }
                // Latitude and longitude wrap as blocks, never mid-coordinate.
                Flow {
                    Layout.fillWidth: true
                    visible: panel.hasFix
                    spacing: Theme.spacing.l
                    Repeater {
                        model: panel.hasFix ? [
                            { value: controller.latitude, positive: qsTr("N"), negative: qsTr("S") },
                            { value: controller.longitude, positive: qsTr("E"), negative: qsTr("W") }
                        ] : []
                        delegate: Column {
                            required property var modelData
                            required property int index
                            Label {
                                objectName: index === 0 ? "latitudeLabel" : "longitudeLabel"
                                text: panel.decimalText(modelData.value, modelData.positive, modelData.negative)
                                font.pixelSize: Theme.fonts.headline
                                font.bold: true
                                color: Theme.colors.text
                            }
                            Label {
                                text: panel.dmsText(modelData.value, modelData.positive, modelData.negative)
                                font.pixelSize: Theme.fonts.body
                                color: Theme.colors.textMuted
                            }
                        }
                    }
                }
                Label {
                    objectName: "detailLabel"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: panel.detailText()
                    font.pixelSize: Theme.fonts.bodyLarge
                    color: panel.hasFix && controller.mock ? Theme.colors.warning : Theme.colors.text
                    wrapMode: Text.Wrap
                }
            }
        }

        InlineMessage {
            objectName: "locationError"
            Layout.fillWidth: true
            text: panel.hasController ? controller.errorString : ""
        }

        GridLayout {
            Layout.fillWidth: true
            columns: panel.wide ? 2 : 1
            columnSpacing: Theme.spacing.m
            rowSpacing: Theme.spacing.s

            PrimaryButton {
                objectName: "useFixButton"
                Layout.fillWidth: true
                Layout.columnSpan: panel.wide ? 2 : 1
                visible: panel.hasFix || panel.canMeasure
                enabled: panel.hasFix && panel.locationState !== LocationController.Averaging
                text: qsTr("Use this fix")
                onClicked: panel.fixAccepted(controller.fix)
            }
            SecondaryButton {
                Layout.preferredWidth: Theme.sizes.touchTarget // equal columns; fillWidth does the rest
                objectName: "locateButton"
                Layout.fillWidth: true
                visible: panel.canMeasure
                text: panel.busy ? qsTr("Stop") : panel.hasFix ? qsTr("Locate again") : qsTr("Locate")
                onClicked: panel.busy ? controller.stop() : controller.start()
            }
            SecondaryButton {
                Layout.preferredWidth: Theme.sizes.touchTarget // equal columns; fillWidth does the rest
                objectName: "betterButton"
                Layout.fillWidth: true
                visible: panel.canMeasure
                enabled: panel.hasFix && !panel.busy
                text: qsTr("Wait for a better fix")
                // 10 m is what a clear sky gives; a fix already that good aims for half its radius.
                onClicked: controller.waitForBetter(controller.accuracyM > 0 && controller.accuracyM <= 10
                                                    ? Math.max(3, controller.accuracyM / 2) : 10, 60)
            }
            SecondaryButton {
                Layout.preferredWidth: Theme.sizes.touchTarget // equal columns; fillWidth does the rest
                objectName: "averageButton"
                Layout.fillWidth: true
                visible: panel.canMeasure
                enabled: !panel.busy
                text: qsTr("Average 10 fixes")
                onClicked: controller.average(10)
            }
            SecondaryButton {
                Layout.preferredWidth: Theme.sizes.touchTarget // equal columns; fillWidth does the rest
                objectName: "manualButton"
                Layout.fillWidth: true
                enabled: panel.hasController && panel.locationState !== LocationController.Averaging
                text: qsTr("Enter manually")
                onClicked: manualDialog.open()
            }
            SecondaryButton {
                Layout.preferredWidth: Theme.sizes.touchTarget // equal columns; fillWidth does the rest
                objectName: "noPositionButton"
                Layout.fillWidth: true
                enabled: panel.hasController && panel.locationState !== LocationController.Averaging
                text: qsTr("No position available")
                onClicked: noPositionDialog.open()
            }
        }
    }

    ManualLocationDialog {
        id: manualDialog
        objectName: "manualDialog"
        controller: panel.controller
        onEntered: panel.fixAccepted(panel.controller.fix)
    }

    NoPositionDialog {
        id: noPositionDialog
        objectName: "noPositionDialog"
        controller: panel.controller
        onEntered: panel.fixAccepted(panel.controller.fix)
    }
}
