import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// One conveyance or piece of equipment. The identifiers shown follow its type: a vessel has an
// IMO number, a wagon its UIC number, a truck its plate; containers go with ships, trains and
// trucks. Check digits are validated as the officer types.
Frame {
    id: card

    required property SeizureEditor editor
    required property int index
    readonly property string base: "conveyances[" + index + "]."
    readonly property string type: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const stored = editor.value(base + "type")
        return stored ? String(stored) : ""
    }
    readonly property bool anyType: type === "" || type === "unknown"
    function shows(types) { return anyType || types.includes(type) }

    signal removeRequested()

    padding: Theme.spacing.m
    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.sizes.radius
        border.color: Theme.colors.border
        border.width: Theme.sizes.borderWidth
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing.m

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: qsTr("Conveyance %1").arg(card.index + 1)
                font.pixelSize: Theme.fonts.bodyLarge
                font.bold: true
                color: Theme.colors.text
                elide: Text.ElideRight
            }
            SecondaryButton {
                visible: card.editor.editable
                text: qsTr("Remove")
                onClicked: card.removeRequested()
            }
        }

        RecordCode {
            Layout.fillWidth: true
            editor: card.editor
            path: card.base + "type"
            listId: "conveyance_type"
            label: qsTr("Type")
        }

        FieldGrid {
            RecordIdentifier {
                Layout.fillWidth: true
                visible: card.shows(["vessel", "truck", "train_wagon"])
                editor: card.editor
                path: card.base + "containerNumber"
                kind: "container"
                label: qsTr("Container number")
                hint: qsTr("ISO 6346, e.g. CSQU 305438 3")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["vessel", "truck", "train_wagon"])
                editor: card.editor
                path: card.base + "containerSizeType"
                label: qsTr("Container size and type")
                inputKind: "code"
            }
            RecordIdentifier {
                Layout.fillWidth: true
                visible: card.shows(["train_wagon"])
                editor: card.editor
                path: card.base + "wagonNumber"
                kind: "wagon"
                label: qsTr("Wagon number")
                hint: qsTr("12 digits (UIC)")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["train_wagon"])
                editor: card.editor
                path: card.base + "trainNumber"
                label: qsTr("Train number")
                inputKind: "code"
            }
            RecordIdentifier {
                Layout.fillWidth: true
                visible: card.shows(["vessel"])
                editor: card.editor
                path: card.base + "imo"
                kind: "imo"
                label: qsTr("IMO number")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["vessel"])
                editor: card.editor
                path: card.base + "vesselName"
                label: qsTr("Vessel name")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["vessel"])
                editor: card.editor
                path: card.base + "mmsi"
                label: qsTr("MMSI")
                inputKind: "code"
            }
            RecordCode {
                Layout.fillWidth: true
                visible: card.shows(["vessel", "aircraft"])
                editor: card.editor
                path: card.base + "flag"
                listId: "country"
                label: qsTr("Flag")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["aircraft"])
                editor: card.editor
                path: card.base + "flightNumber"
                label: qsTr("Flight number")
                inputKind: "code"
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["aircraft"])
                editor: card.editor
                path: card.base + "airline"
                label: qsTr("Airline")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["aircraft"])
                editor: card.editor
                path: card.base + "aircraftRegistration"
                label: qsTr("Aircraft registration")
                inputKind: "code"
            }
            RecordIdentifier {
                Layout.fillWidth: true
                visible: card.shows(["aircraft", "express_parcel"])
                editor: card.editor
                path: card.base + "airWaybill"
                kind: "awb"
                label: qsTr("Air waybill")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.shows(["truck", "car", "bus", "motorcycle"])
                editor: card.editor
                path: card.base + "plate"
                label: qsTr("Number plate")
                inputKind: "code"
            }
            RecordCode {
                Layout.fillWidth: true
                visible: card.shows(["truck", "car", "bus", "motorcycle"])
                editor: card.editor
                path: card.base + "plateCountry"
                listId: "country"
                label: qsTr("Country of the plate")
            }
            RecordIdentifier {
                Layout.fillWidth: true
                visible: card.shows(["truck", "car", "bus", "motorcycle"])
                editor: card.editor
                path: card.base + "vin"
                kind: "vin"
                label: qsTr("VIN")
            }
            RecordIdentifier {
                Layout.fillWidth: true
                visible: card.shows(["postal_item", "express_parcel"])
                editor: card.editor
                path: card.base + "postalItemId"
                kind: "s10"
                label: qsTr("Postal item number")
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "billOfLading"
                label: qsTr("Bill of lading")
                inputKind: "code"
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "declarationNumber"
                label: qsTr("Declaration number")
                inputKind: "code"
            }
        }
        SealList {
            Layout.fillWidth: true
            editor: card.editor
            path: card.base + "sealNumbers"
        }
    }
}
