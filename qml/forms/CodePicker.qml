import QtQuick
import QtQuick.Controls.Material
import Saisie

// A value from a code list (country, unit, commodity subtype...). Shows the chosen label, or
// "Choose…"; a tap opens a full-window searchable list (CodePickerPopup) with the list's
// "unknown" entry first. The page stores the code it receives from `picked`.
FormField {
    id: picker

    /// Code list id ("country", "commodity_subtype", ...).
    property string listId
    /// The stored code, or "".
    property string value
    /// Only the children of this code (e.g. the subtypes of a category); "" for the whole list.
    property string parentCode
    /// "en" or "fr": language of the labels.
    property string language: "en"
    /// Text shown when nothing is chosen.
    property string placeholder: qsTr("Choose…")
    /// The code of the list's unknown entry ("" when the list has none).
    readonly property string unknownCode: {
        void lookup.listId // unknownCode() depends on it
        return lookup.unknownCode()
    }
    /// The label shown for `value` (the code itself if the list does not have it).
    readonly property string valueLabel: {
        void lookup.listId, lookup.language // invokables below depend on these
        return value.length > 0 ? lookup.labelFor(value) : ""
    }
    /// The search popup (for tests).
    readonly property alias popup: chooser

    /// The officer chose `code`, or cleared the field ("").
    signal picked(string code)

    function open() {
        chooser.open()
    }

    CodeListModel {
        id: lookup
        listId: picker.listId
        language: picker.language
    }

    Button {
        id: opener
        objectName: "opener"
        width: parent.width
        implicitHeight: Math.max(Theme.sizes.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        topInset: 0
        bottomInset: 0
        leftPadding: Theme.spacing.m
        rightPadding: Theme.spacing.m
        enabled: !picker.unknown
        font.pixelSize: Theme.fonts.bodyLarge
        font.capitalization: Font.MixedCase
        Accessible.name: picker.label + ": " + (picker.value.length > 0 ? picker.valueLabel : picker.placeholder)
        onClicked: chooser.open()

        // An Item, not a RowLayout: a layout would keep a stale height when the label re-wraps.
        contentItem: Item {
            implicitHeight: valueText.implicitHeight
            Label {
                id: valueText
                objectName: "valueText"
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - arrow.width - Theme.spacing.s
                text: picker.unknown ? qsTr("Unknown")
                    : picker.value.length > 0 ? picker.valueLabel : picker.placeholder
                font.pixelSize: Theme.fonts.bodyLarge
                font.italic: picker.value.length === 0 || picker.unknown
                color: picker.value.length > 0 ? Theme.colors.text : Theme.colors.textMuted
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                id: arrow
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: "\u25be"
                font.pixelSize: Theme.fonts.title
                color: Theme.colors.primary
            }
        }
        background: Rectangle {
            radius: Theme.sizes.radius
            color: opener.down ? Theme.colors.surfaceVariant : Theme.colors.surface
            border.color: opener.visualFocus ? Theme.colors.primary : Theme.colors.border
            border.width: opener.visualFocus ? Theme.sizes.focusWidth : Theme.sizes.borderWidth
        }
    }

    CodePickerPopup {
        id: chooser
        title: picker.label
        listId: picker.listId
        parentCode: picker.parentCode
        language: picker.language
        currentCode: picker.value
        onChosen: (code) => picker.picked(code)
    }
}
