import QtQuick
import QtQuick.Controls.Material
import Saisie

// A customs identifier (container, wagon, IMO, VIN, air waybill, postal item, HS code...) with
// its check run live as the officer types: a green tick when the check digit is correct, amber
// for a warning, red with the expected digit when it is wrong. Never blocks typing or saving.
FormField {
    id: idField

    /// Validator kind: "container", "wagon", "imo", "vin", "awb", "s10", "hs", "unlocode", "country",
    /// "currency" (use MrzField for "mrz").
    property string kind: "container"
    /// The stored value; never assigned from inside (see TextEntry).
    property string text
    property string placeholder
    /// What the editor shows right now.
    readonly property string currentText: input.text
    /// IdentifierCheck.check(kind, currentText): {verdict, code, message, normalized, overrideRequired, checks}.
    readonly property var check: IdentifierCheck.check(kind, input.text)
    readonly property Item inputItem: input

    /// The officer changed the text (upper-cased).
    signal edited(string text)

    // Copies the page's value into the editor, which holds no binding that an edit could break.
    function syncFromValue() {
        if (input.text !== text)
            input.text = text
    }
    onTextChanged: syncFromValue()
    Component.onCompleted: syncFromValue()

    TextField {
        id: input
        objectName: "editor"
        visible: !idField.unknown
        enabled: !idField.unknown
        width: parent.width
        implicitHeight: Math.max(Theme.sizes.touchTarget, contentHeight + topPadding + bottomPadding)
        font.family: "monospace"
        font.pixelSize: Theme.fonts.bodyLarge
        font.letterSpacing: 1
        placeholderText: idField.placeholder
        maximumLength: 64
        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: idField.label
        Accessible.description: idField.check.message

        onTextEdited: {
            const upper = text.toUpperCase()
            if (upper !== text) {
                const cursor = cursorPosition
                text = upper
                cursorPosition = cursor
            }
            idField.edited(text)
        }
    }

    UnknownValue {
        objectName: "unknownText"
        visible: idField.unknown
        width: parent.width
    }

    CheckResult {
        objectName: "checkResult"
        width: parent.width
        visible: !idField.unknown && verdict !== "empty"
        check: idField.check
    }
}
