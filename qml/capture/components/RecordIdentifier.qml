import QtQuick
import QtQuick.Layouts
import Saisie

// An identifier of the record (container, wagon, IMO, plate...), validated live as typed. When
// its check fails and finalizing needs a reason, the reason field appears right below it.
ColumnLayout {
    id: root

    required property SeizureEditor editor
    required property string path
    property alias kind: field.kind
    property alias label: field.label
    property alias hint: field.hint

    spacing: Theme.spacing.xs

    IdentifierField {
        id: field
        Layout.fillWidth: true
        enabled: root.editor.editable
        text: {
            if (root.editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
                return undefined
            const stored = root.editor.value(root.path)
            return stored === undefined || stored === null ? "" : String(stored)
        }
        onEdited: (value) => root.editor.setValue(root.path, value)
    }

    OverrideReason {
        Layout.fillWidth: true
        editor: root.editor
        path: root.path
        label: qsTr("Reason to keep this number")
        hint: qsTr("Required to finalize: say why the number is right although its check fails.")
    }
}
