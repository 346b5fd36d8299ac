pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Saisie

// What was seized: one card per commodity item.
StepPage {
    id: step

    readonly property int itemCount: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.count("items")
    }

    title: qsTr("Goods")

    Repeater {
        model: step.itemCount
        delegate: ItemCard {
            required property int modelData
            Layout.fillWidth: true
            editor: step.editor
            index: modelData
            onRemoveRequested: confirmRemove.ask(qsTr("Remove item %1 and everything typed in it?").arg(modelData + 1),
                                                 () => step.editor.removeAt("items", modelData))
        }
    }

    SecondaryButton {
        visible: step.editor.editable
        text: step.itemCount === 0 ? qsTr("Add the seized goods") : qsTr("Add another item")
        onClicked: step.editor.append("items")
    }

    ConfirmDialog {
        id: confirmRemove
    }
}
