import QtQuick
import Saisie

// The date and time of the seizure, kept with the officer's UTC offset.
DateTimeEntry {
    id: root

    required property SeizureEditor editor
    required property string path

    value: {
        editor.revision
        const stored = editor.value(path)
        return stored ? String(stored) : ""
    }
    enabled: editor.editable
    issue: {
        editor.revision
        const found = editor.issuesAt(path).filter(i => i.blocking)
        return found.length > 0 ? IssueText.describe(found[0]) : ""
    }
    onEdited: (iso) => editor.setValue(path, iso.length > 0 ? iso : undefined)
}
