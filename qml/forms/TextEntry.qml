import QtQuick
import QtQuick.Controls.Material
import Saisie

// A text field in a FormField. `inputKind` picks the keyboard and a validator, so a wrong type
// cannot even be typed: "text", "multiline", "number" (optional minus, decimal point),
// "integer" (digits only), "amount" (exact decimal string: digits, optional point, at most 6
// decimals, no sign or exponent) or "code" (upper case, no spaces).
//
// `text` is the page's value and is never assigned from inside (a page binding on it survives);
// the editor shows it and keeps the officer's typing, reported by `edited` on each change.
FormField {
    id: entry

    /// The stored value. The page keeps it up to date from `edited`.
    property string text
    /// Grey text shown while empty.
    property string placeholder
    /// "text" | "multiline" | "number" | "integer" | "amount" | "code".
    property string inputKind: "text"
    /// Longest input accepted (characters).
    property int maximumLength: inputKind === "multiline" ? 4000 : 200
    /// What the editor shows right now (the officer's typing, even before the page saved it).
    readonly property string currentText: multiline ? area.text : line.text
    readonly property bool multiline: inputKind === "multiline"
    /// The editor itself, for focus and tests.
    readonly property Item inputItem: multiline ? area : line

    /// The officer changed the text (each accepted keystroke or paste).
    signal edited(string text)

    function normalize(value) {
        if (inputKind === "code")
            return value.toUpperCase().replace(/\s+/g, "")
        if (inputKind === "number" || inputKind === "amount")
            return value.replace(",", ".") // French keyboards
        return value
    }

    // True while the page's value is copied into an editor: that change is not the officer's.
    property bool syncing: false

    // Copies the page's value into the editor (the editors hold no binding that could break).
    function syncFromValue() {
        const target = multiline ? area : line
        if (target.text === entry.text)
            return
        syncing = true
        target.text = entry.text
        syncing = false
    }

    onTextChanged: syncFromValue()
    onInputKindChanged: syncFromValue()
    Component.onCompleted: syncFromValue()

    TextField {
        id: line
        objectName: "editor"
        visible: !entry.multiline && !entry.unknown
        width: parent.width
        implicitHeight: Math.max(Theme.sizes.touchTarget, contentHeight + topPadding + bottomPadding)
        font.pixelSize: Theme.fonts.bodyLarge
        placeholderText: entry.placeholder
        maximumLength: entry.maximumLength
        enabled: !entry.unknown
        Accessible.name: entry.label
        validator: entry.inputKind === "integer" ? integerValidator
                 : entry.inputKind === "number" ? numberValidator
                 : entry.inputKind === "amount" ? amountValidator
                 : entry.inputKind === "code" ? codeValidator : null
        inputMethodHints: entry.inputKind === "integer" ? Qt.ImhDigitsOnly
                        : entry.inputKind === "number" || entry.inputKind === "amount" ? Qt.ImhFormattedNumbersOnly
                        : entry.inputKind === "code" ? (Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText)
                        : Qt.ImhNone

        onTextEdited: {
            const normalized = entry.normalize(text)
            if (normalized !== text) {
                const cursor = cursorPosition
                text = normalized
                cursorPosition = Math.min(cursor, text.length)
            }
            entry.edited(text)
        }
    }

    TextArea {
        id: area
        objectName: "multilineEditor"
        visible: entry.multiline && !entry.unknown
        width: parent.width
        height: Math.max(Theme.sizes.touchTarget * 2, implicitHeight)
        font.pixelSize: Theme.fonts.bodyLarge
        placeholderText: entry.placeholder
        wrapMode: TextEdit.Wrap
        enabled: !entry.unknown
        Accessible.name: entry.label

        // TextArea has no textEdited (Qt 6.4): every change that is not a sync is the officer's.
        onTextChanged: {
            if (entry.syncing)
                return
            if (text.length > entry.maximumLength) {
                text = text.substring(0, entry.maximumLength) // reported by the change this causes
                return
            }
            entry.edited(text)
        }
    }
    UnknownValue {
        objectName: "unknownText"
        visible: entry.unknown
        width: parent.width
    }

    RegularExpressionValidator {
        id: integerValidator
        regularExpression: /^[0-9]{0,15}$/
    }
    RegularExpressionValidator {
        id: numberValidator
        regularExpression: /^-?[0-9]{0,15}([.,][0-9]{0,15})?$/
    }
    RegularExpressionValidator {
        id: amountValidator
        regularExpression: /^[0-9]{0,15}([.,][0-9]{0,6})?$/
    }
    RegularExpressionValidator {
        id: codeValidator
        regularExpression: /^[A-Za-z0-9\/._\-\s]*$/
    }
}
