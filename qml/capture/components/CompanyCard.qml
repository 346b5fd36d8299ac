import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// A company involved (importer, carrier...). Kept with the personal data: national only.
Frame {
    id: card

    required property SeizureEditor editor
    required property int index
    readonly property string base: "companies[" + index + "]."

    signal removeRequested()

    padding: Theme.spacing.m
    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.sizes.radius
        border.color: Theme.colors.warning
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
                text: qsTr("Company %1 · national only").arg(card.index + 1)
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
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "name"
                label: qsTr("Name")
                personal: true
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "role"
                listId: "company_role"
                label: qsTr("Role")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "registration"
                label: qsTr("Registration number")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "tin"
                label: qsTr("Tax number")
                personal: true
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "country"
                listId: "country"
                label: qsTr("Country")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "address"
                label: qsTr("Address")
                personal: true
            }
        }
    }
}
