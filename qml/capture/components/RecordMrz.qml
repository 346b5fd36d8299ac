import QtQuick
import QtQuick.Layouts
import Saisie

// The machine-readable zone of a travel document, checked digit by digit as typed; a failed
// check needs an override reason to finalize, like a container number.
ColumnLayout {
    id: root

    required property SeizureEditor editor
    required property string path

    spacing: Theme.spacing.xs

    MrzField {
        Layout.fillWidth: true
        label: qsTr("Machine-readable zone (MRZ)")
        enabled: root.editor.editable
        text: {
            if (root.editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
                return undefined
            const stored = root.editor.value(root.path)
            return stored ? String(stored) : ""
        }
        onEdited: (value) => root.editor.setValue(root.path, value)
    }
    OverrideReason {
        Layout.fillWidth: true
        editor: root.editor
        path: root.path
        label: qsTr("Reason to keep this MRZ")
        hint: qsTr("Required to finalize: say why the MRZ is right although a check digit fails.")
    }
}
