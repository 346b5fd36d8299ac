import QtQuick
import QtQuick.Layouts
import Saisie

// Where, when and how the seizure happened.
StepPage {
    id: step

    title: qsTr("Event")

    RecordDateTime {
        Layout.fillWidth: true
        editor: step.editor
        path: "occurredAt"
        label: qsTr("Date and time of the seizure")
        required: true
    }
    FieldGrid {
        RecordText {
            Layout.fillWidth: true
            editor: step.editor
            path: "placeName"
            label: qsTr("Place")
            hint: qsTr("Place or customs office is required.")
        }
        RecordText {
            Layout.fillWidth: true
            editor: step.editor
            path: "customsOffice"
            label: qsTr("Customs office")
        }
        RecordIdentifier {
            Layout.fillWidth: true
            editor: step.editor
            path: "unLocode"
            kind: "unlocode"
            label: qsTr("UN/LOCODE")
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "reportingCountry"
            listId: "country"
            label: qsTr("Reporting country")
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "locationType"
            listId: "location_type"
            label: qsTr("Location type")
            required: true
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "direction"
            listId: "direction"
            label: qsTr("Direction")
            required: true
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "transportMode"
            listId: "transport_mode"
            label: qsTr("Transport mode")
            required: true
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "detectionMethod"
            listId: "detection_method"
            label: qsTr("Detection method")
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "customsProcedure"
            listId: "customs_procedure"
            label: qsTr("Customs procedure")
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "offenceType"
            listId: "offence_type"
            label: qsTr("Offence")
        }
        RecordCode {
            Layout.fillWidth: true
            editor: step.editor
            path: "concealmentMethod"
            listId: "concealment"
            label: qsTr("Concealment method")
        }
    }
    RecordText {
        Layout.fillWidth: true
        editor: step.editor
        path: "concealmentText"
        label: qsTr("Hiding place")
        hint: qsTr("Shared with the WCO: describe the hiding place, never people.")
        inputKind: "multiline"
    }
    RecordLocation {
        Layout.fillWidth: true
        editor: step.editor
    }
}
