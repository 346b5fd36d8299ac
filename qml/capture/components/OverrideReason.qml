import QtQuick
import Saisie

// The officer's reason to keep a value whose check fails (container, wagon, MRZ): shown while the
// record has an overridable issue at `path`, and handed to the editor as typed.
TextEntry {
    id: root

    required property SeizureEditor editor
    required property string path
    /// The record has an issue at `path` that a reason can override.
    readonly property bool needed: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return false
        return editor.issuesAt(path).some(i => i.overridable)
    }

    visible: needed
    label: qsTr("Reason to finalize anyway")
    required: true
    enabled: editor.editable
    text: editor.overrideAt(path)
    onEdited: (value) => editor.setOverride(path, value)
}
