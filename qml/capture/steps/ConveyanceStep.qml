pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Saisie

// Vehicles, vessels, aircraft, wagons and containers involved.
StepPage {
    id: step

    readonly property int conveyanceCount: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.count("conveyances")
    }

    title: qsTr("Conveyance and equipment")

    Repeater {
        model: step.conveyanceCount
        delegate: ConveyanceCard {
            required property int modelData
            Layout.fillWidth: true
            editor: step.editor
            index: modelData
            onRemoveRequested: confirmRemove.ask(qsTr("Remove conveyance %1 and everything typed in it?").arg(modelData + 1),
                                                 () => step.editor.removeAt("conveyances", modelData))
        }
    }

    SecondaryButton {
        visible: step.editor.editable
        text: step.conveyanceCount === 0 ? qsTr("Add a conveyance or container") : qsTr("Add another")
        onClicked: step.editor.append("conveyances")
    }

    ConfirmDialog {
        id: confirmRemove
    }
}
