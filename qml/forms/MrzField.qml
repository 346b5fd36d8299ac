pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import Saisie

// The machine readable zone of a passport or ID card, typed or corrected by hand: 2 or 3
// monospace lines, upper case, a big "<" key (hard to find on a tablet keyboard), the layout
// recognised (TD1, TD2, TD3) and one live row per check digit. Personal data by default.
FormField {
    id: mrz

    /// The stored MRZ, lines joined by "\n". Never assigned from inside (see TextEntry).
    property string text
    /// What the editor shows right now (upper case, lines joined by "\n").
    readonly property string currentText: area.text
    /// IdentifierCheck.check("mrz", currentText).
    readonly property var check: IdentifierCheck.check("mrz", area.text)
    /// "TD1", "TD2", "TD3" or "" while the layout is not recognised.
    readonly property string layout: check.layout || ""
    readonly property Item inputItem: area

    /// The officer changed the MRZ (upper case, only A-Z, 0-9, < and line breaks).
    signal edited(string text)

    personal: true

    property bool syncing: false
    function syncFromValue() {
        if (area.text === text)
            return
        syncing = true
        area.text = text
        syncing = false
    }
    // Upper case, Windows line ends and stray spaces removed; other characters are left for the
    // check to point out rather than silently dropped.
    function normalize(value) {
        return value.toUpperCase().replace(/\r/g, "").replace(/[ \t]/g, "")
    }
    function layoutDescription(name) {
        if (name === "TD3")
            return qsTr("Passport (TD3, 2 lines of 44)")
        if (name === "TD2")
            return qsTr("Travel document (TD2, 2 lines of 36)")
        if (name === "TD1")
            return qsTr("ID card (TD1, 3 lines of 30)")
        return qsTr("Layout not recognised yet")
    }
    function typeFiller() {
        area.insert(area.cursorPosition, "<")
        area.forceActiveFocus()
    }

    onTextChanged: syncFromValue()
    Component.onCompleted: syncFromValue()

    TextArea {
        id: area
        objectName: "editor"
        visible: !mrz.unknown
        width: parent.width
        height: Math.max(Theme.sizes.touchTarget * 2, implicitHeight)
        font.family: "monospace"
        // A 44-character passport line must fit a phone's width without wrapping.
        font.pixelSize: Math.max(11, Math.min(Theme.fonts.bodyLarge,
                                              Math.floor((width - leftPadding - rightPadding) / 44 / 0.62)))
        wrapMode: TextEdit.NoWrap
        enabled: !mrz.unknown
        placeholderText: "P<UTO…\nL898902C3…"
        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: mrz.label.length > 0 ? mrz.label : qsTr("Machine readable zone")

        onTextChanged: {
            if (mrz.syncing)
                return
            const normalized = mrz.normalize(text)
            if (normalized !== text) {
                const cursor = cursorPosition
                const removed = text.length - normalized.length
                text = normalized // comes back here once with nothing left to change
                cursorPosition = Math.max(0, Math.min(cursor - removed, text.length))
                return
            }
            if (text.length > 400) {
                text = text.substring(0, 400)
                return
            }
            mrz.edited(text)
        }
    }

    // The layout found so far and the "<" key, under the editor so the lines get the full width.
    Item {
        visible: !mrz.unknown
        width: parent.width
        implicitHeight: Math.max(layoutText.implicitHeight, fillerKey.height)

        Label {
            id: layoutText
            objectName: "layout"
            width: parent.width - fillerKey.width - Theme.spacing.s
            anchors.verticalCenter: parent.verticalCenter
            text: area.text.length > 0 ? mrz.layoutDescription(mrz.layout)
                                       : qsTr("Type the 2 or 3 lines as printed; use the < key for fillers.")
            font.pixelSize: Theme.fonts.body
            color: Theme.colors.text
            wrapMode: Text.Wrap
        }

        Button {
            id: fillerKey
            objectName: "fillerKey"
            anchors.right: parent.right
            width: Theme.sizes.button * 1.5
            height: Theme.sizes.button
            topInset: 0
            bottomInset: 0
            focusPolicy: Qt.NoFocus
            enabled: !mrz.unknown
            text: "<"
            font.family: "monospace"
            font.pixelSize: Theme.fonts.headline
            font.bold: true
            Accessible.name: qsTr("Type the filler character <")
            onClicked: mrz.typeFiller()
        }
    }

    // One row per check digit, live.
    Repeater {
        model: mrz.unknown ? [] : (mrz.check.checks || [])
        delegate: Item {
            id: checkRow
            required property var modelData
            objectName: "check_" + modelData.name
            width: parent ? parent.width : 0
            implicitHeight: Math.max(mark.implicitHeight, sentence.implicitHeight)

            Label {
                id: mark
                width: 24
                text: checkRow.modelData.passed ? "\u2713" : "\u2715"
                font.pixelSize: Theme.fonts.bodyLarge
                font.bold: true
                color: checkRow.modelData.passed ? Theme.colors.success : Theme.colors.danger
                Accessible.ignored: true
            }
            Label {
                id: sentence
                x: mark.width + Theme.spacing.xs
                width: checkRow.width - x
                text: checkRow.modelData.passed
                      ? qsTr("%1: correct").arg(checkRow.modelData.label)
                      : qsTr("%1: should be %2, reads %3").arg(checkRow.modelData.label)
                            .arg(checkRow.modelData.expected).arg(checkRow.modelData.found)
                font.pixelSize: Theme.fonts.body
                font.bold: !checkRow.modelData.passed
                color: checkRow.modelData.passed ? Theme.colors.text : Theme.colors.danger
                wrapMode: Text.Wrap
            }
        }
    }

    CheckResult {
        objectName: "checkResult"
        width: parent.width
        visible: !mrz.unknown && verdict !== "empty"
        check: mrz.check
    }

    UnknownValue {
        objectName: "unknownText"
        visible: mrz.unknown
        width: parent.width
    }
}
