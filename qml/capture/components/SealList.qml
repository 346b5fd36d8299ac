pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// Seal numbers of a container or vehicle, in the order they were read.
ColumnLayout {
    id: root

    required property SeizureEditor editor
    required property string path
    readonly property var seals: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const stored = editor.value(path)
        return stored ? stored : []
    }

    spacing: Theme.spacing.s

    Label {
        text: qsTr("Seals")
        font.pixelSize: Theme.fonts.body
        font.bold: true
        color: Theme.colors.text
    }
    Repeater {
        model: root.seals.length
        delegate: RowLayout {
            id: row
            required property int index
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.seals[row.index]
                font.family: "monospace"
                font.pixelSize: Theme.fonts.bodyLarge
                color: Theme.colors.text
                elide: Text.ElideRight
            }
            SecondaryButton {
                visible: root.editor.editable
                text: qsTr("Remove")
                onClicked: root.editor.removeAt(root.path, row.index)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.editor.editable
        TextEntry {
            id: newSeal
            Layout.fillWidth: true
            label: qsTr("New seal number")
            inputKind: "code"
        }
        SecondaryButton {
            text: qsTr("Add seal")
            enabled: newSeal.text.trim().length > 0
            Layout.alignment: Qt.AlignBottom
            onClicked: {
                if (root.editor.setValue(root.path + "[" + root.seals.length + "]", newSeal.text.trim()))
                    newSeal.text = ""
            }
        }
    }
}
