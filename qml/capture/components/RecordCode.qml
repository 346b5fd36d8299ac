import QtQuick
import Saisie

// A coded field of the record: a searchable picker over a bundled code list. "Unknown" is the
// list's own unknown entry, so exports see one spelling of it.
CodePicker {
    id: root

    required property SeizureEditor editor
    required property string path

    value: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const stored = editor.value(path)
        return stored === undefined || stored === null ? "" : String(stored)
    }
    language: Language.language
    enabled: editor.editable
    issue: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const found = editor.issuesAt(path).filter(i => i.blocking && !i.overridden)
        return found.length > 0 ? IssueText.describe(found[0]) : ""
    }
    onPicked: (code) => editor.setValue(path, code.length > 0 ? code : undefined)
}
