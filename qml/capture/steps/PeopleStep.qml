pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// People and companies involved: personal data, kept national, never sent to the WCO.
StepPage {
    id: step

    readonly property int personCount: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.count("persons")
    }
    readonly property int companyCount: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.count("companies")
    }

    title: qsTr("People and companies")

    InlineMessage {
        Layout.fillWidth: true
        kind: InlineMessage.Warning
        text: qsTr("Personal data: stays in the national database and is never sent to the WCO.")
    }

    Repeater {
        model: step.personCount
        delegate: PersonCard {
            required property int modelData
            Layout.fillWidth: true
            editor: step.editor
            index: modelData
            onRemoveRequested: confirmRemove.ask(qsTr("Remove person %1 and everything typed about them?").arg(modelData + 1),
                                                 () => step.editor.removeAt("persons", modelData))
        }
    }
    SecondaryButton {
        visible: step.editor.editable
        text: qsTr("Add a person")
        onClicked: step.editor.append("persons")
    }

    Repeater {
        model: step.companyCount
        delegate: CompanyCard {
            required property int modelData
            Layout.fillWidth: true
            editor: step.editor
            index: modelData
            onRemoveRequested: confirmRemove.ask(qsTr("Remove company %1?").arg(modelData + 1),
                                                 () => step.editor.removeAt("companies", modelData))
        }
    }
    SecondaryButton {
        visible: step.editor.editable
        text: qsTr("Add a company")
        onClicked: step.editor.append("companies")
    }

    ConfirmDialog {
        id: confirmRemove
    }
}
