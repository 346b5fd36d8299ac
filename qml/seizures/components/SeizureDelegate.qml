import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// One seizure in the list: place and time, commodity, status chip and how complete the record is.
// While sync runs, the chip follows the record's delivery (sending, not sent) and a record that
// stopped says why.
ItemDelegate {
    id: row

    required property string uuid
    required property string status
    required property string occurredAt
    required property string placeName
    required property string commodityCategory
    required property string commodityLabel
    required property real completeness
    required property int attachmentCount

    // Re-read when any row's delivery changes (a kept read of revision: compiled bindings drop a
    // bare one).
    readonly property string delivery: Sync.revision < 0 ? "" : Sync.deliveryState(uuid)
    readonly property string deliveryError: Sync.revision < 0 ? "" : Sync.deliveryError(uuid)
    readonly property string shownStatus: delivery === "sending" || delivery === "parked" ? delivery
                                        : delivery === "delivered" && (status === "finalized" || status === "queued")
                                          ? "delivered" : status

    implicitHeight: Math.max(80, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing.m
    rightPadding: Theme.spacing.m

    contentItem: ColumnLayout {
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing.s
            Label {
                Layout.fillWidth: true
                text: row.placeName.length > 0 ? row.placeName : qsTr("Place not set")
                font.pixelSize: Theme.fonts.bodyLarge
                font.bold: true
                color: Theme.colors.text
                elide: Text.ElideRight
            }
            StatusChip {
                objectName: "statusChip"
                Layout.maximumWidth: Math.max(96, row.width / 2)
                status: row.shownStatus
            }
        }
        Label {
            Layout.fillWidth: true
            text: (row.occurredAt.length > 0 ? row.occurredAt.replace("T", " ").substring(0, 16) : qsTr("Time not set"))
                  + "  ·  " + (row.commodityLabel.length > 0 ? row.commodityLabel : qsTr("No goods yet"))
                  + "  ·  " + qsTr("Photos: %1").arg(row.attachmentCount)
            font.pixelSize: Theme.fonts.body
            color: Theme.colors.textMuted
            // Two lines before eliding: French commodity labels are long, and the photo count
            // at the end must stay visible.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            objectName: "deliveryError"
            Layout.fillWidth: true
            visible: row.delivery === "parked" && row.deliveryError.length > 0
            text: row.deliveryError
            font.pixelSize: Theme.fonts.caption
            color: Theme.colors.danger
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: row.completeness
            Accessible.name: qsTr("%1 % complete").arg(Math.round(row.completeness * 100))
        }
    }

    background: Rectangle {
        color: row.down ? Theme.colors.surfaceVariant : Theme.colors.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.sizes.borderWidth
            color: Theme.colors.border
        }
    }
}
