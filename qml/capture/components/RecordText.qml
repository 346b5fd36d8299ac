import QtQuick
import Saisie

// A text, number or amount field of the record: shows the stored value, saves each accepted
// edit, offers "Unknown" (JSON null) and shows the finalize issue at its path.
TextEntry {
    id: root

    required property SeizureEditor editor
    required property string path
    readonly property bool numeric: inputKind === "number" || inputKind === "integer"
    readonly property var stored: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.value(path)
    }
    // While the officer types, the field keeps what was typed (a half-typed "12." is not yet a
    // number the record accepts); it shows the stored value again once the field is left.
    property bool typing: false

    function display(value) {
        return value === undefined || value === null ? "" : String(value)
    }
    function refresh() {
        if (!typing)
            text = display(stored)
    }

    unknownAllowed: true
    unknown: stored === null
    enabled: editor.editable
    issue: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const found = editor.issuesAt(path).filter(i => i.blocking && !i.overridden)
        return found.length > 0 ? IssueText.describe(found[0]) : ""
    }

    onStoredChanged: refresh()
    Component.onCompleted: refresh()
    onEdited: (value) => {
        typing = true
        editor.setValue(path, numeric ? (value.length === 0 || isNaN(Number(value)) ? undefined : Number(value)) : value)
    }
    onUnknownToggled: (on) => {
        typing = false
        // FormField flips `unknown` itself; follow the record again afterwards.
        unknown = Qt.binding(() => root.stored === null)
        if (on)
            editor.setUnknown(path)
        else
            editor.setValue(path, undefined)
    }
    Connections {
        target: root.inputItem
        function onActiveFocusChanged() {
            if (!root.inputItem.activeFocus) {
                root.typing = false
                root.refresh()
            }
        }
    }

}
