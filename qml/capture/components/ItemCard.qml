pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// One commodity item. The fields follow the category: cash has an amount and currency instead
// of a quantity; weapons, wildlife and counterfeits get their own details.
Frame {
    id: card

    required property SeizureEditor editor
    required property int index
    readonly property string base: "items[" + index + "]."
    readonly property string category: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const stored = editor.value(base + "category")
        return stored ? String(stored) : ""
    }

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
                text: qsTr("Item %1").arg(card.index + 1)
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

        FieldGrid {
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "category"
                listId: "commodity_category"
                label: qsTr("Category")
                required: true
                onPicked: (code) => card.editor.setValue(card.base + "subtype", undefined)
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "subtype"
                listId: "commodity_subtype"
                parentCode: card.category
                label: qsTr("Type")
                required: true
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category !== "CURRENCY_CASH"
                editor: card.editor
                path: card.base + "quantity"
                label: qsTr("Quantity")
                inputKind: "number"
                required: true
            }
            RecordCode {
                Layout.fillWidth: true
                visible: card.category !== "CURRENCY_CASH"
                editor: card.editor
                path: card.base + "unit"
                listId: "unit"
                label: qsTr("Unit")
                required: true
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "CURRENCY_CASH"
                editor: card.editor
                path: card.base + "cashAmount"
                label: qsTr("Amount of cash")
                inputKind: "amount"
                required: true
            }
            RecordCode {
                Layout.fillWidth: true
                visible: card.category === "CURRENCY_CASH"
                editor: card.editor
                path: card.base + "cashCurrency"
                listId: "currency"
                label: qsTr("Currency of the cash")
                required: true
            }
            RecordIdentifier {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "hsCode"
                kind: "hs"
                label: qsTr("HS code")
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "originCountry"
                listId: "country"
                label: qsTr("Country of origin")
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "estimatedValue"
                label: qsTr("Estimated value")
                inputKind: "amount"
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "currency"
                listId: "currency"
                label: qsTr("Currency")
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "packagesCount"
                label: qsTr("Number of packages")
                inputKind: "integer"
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "packageType"
                label: qsTr("Type of packages")
            }
            RecordText {
                Layout.fillWidth: true
                visible: ["TOBACCO", "ALCOHOL", "IPR_COUNTERFEIT", "MEDICINES"].includes(card.category)
                editor: card.editor
                path: card.base + "brand"
                label: qsTr("Brand")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "IPR_COUNTERFEIT"
                editor: card.editor
                path: card.base + "rightHolder"
                label: qsTr("Right holder")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "CITES_WILDLIFE"
                editor: card.editor
                path: card.base + "citesSpecies"
                label: qsTr("Species")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "WEAPONS_AMMO"
                editor: card.editor
                path: card.base + "weaponMake"
                label: qsTr("Make")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "WEAPONS_AMMO"
                editor: card.editor
                path: card.base + "weaponModel"
                label: qsTr("Model")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "WEAPONS_AMMO"
                editor: card.editor
                path: card.base + "weaponCalibre"
                label: qsTr("Calibre")
            }
            RecordText {
                Layout.fillWidth: true
                visible: card.category === "WEAPONS_AMMO"
                editor: card.editor
                path: card.base + "weaponSerial"
                label: qsTr("Serial number")
                inputKind: "code"
            }
        }
        RecordText {
            Layout.fillWidth: true
            editor: card.editor
            path: card.base + "description"
            label: qsTr("Description")
            hint: qsTr("Shared with the WCO: describe the goods, never people.")
            inputKind: "multiline"
        }
    }
}
