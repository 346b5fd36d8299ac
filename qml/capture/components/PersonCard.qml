import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// A person involved. Everything here is personal data: it stays in the national database and
// is never part of the WCO (CEN) export.
Frame {
    id: card

    required property SeizureEditor editor
    required property int index
    readonly property string base: "persons[" + index + "]."

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
                text: qsTr("Person %1 · personal data").arg(card.index + 1)
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

        RecordMrz {
            Layout.fillWidth: true
            editor: card.editor
            path: card.base + "mrz"
        }

        FieldGrid {
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "role"
                listId: "person_role"
                label: qsTr("Role")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "surname"
                label: qsTr("Surname")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "givenNames"
                label: qsTr("Given names")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "birthDate"
                label: qsTr("Date of birth")
                hint: qsTr("YYYY-MM-DD, or YYYY-MM or YYYY when partly known")
                personal: true
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "nationality"
                listId: "icao_nationality"
                label: qsTr("Nationality")
                personal: true
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "documentType"
                listId: "document_type"
                label: qsTr("Document type")
                personal: true
            }
            RecordText {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "documentNumber"
                label: qsTr("Document number")
                inputKind: "code"
                personal: true
            }
            RecordCode {
                Layout.fillWidth: true
                editor: card.editor
                path: card.base + "documentIssuingState"
                listId: "icao_nationality"
                label: qsTr("Issuing state")
                personal: true
            }
        }
    }
}
