import QtQuick
import Saisie

// The date and time of the seizure, kept with the officer's UTC offset.
DateTimeEntry {
    id: root

    required property SeizureEditor editor
    required property string path

    value: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const stored = editor.value(path)
        return stored ? String(stored) : ""
    }
    enabled: editor.editable
    issue: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const found = editor.issuesAt(path).filter(i => i.blocking)
        return found.length > 0 ? IssueText.describe(found[0]) : ""
    }
    onEdited: (iso) => editor.setValue(path, iso.length > 0 ? iso : undefined)
}
