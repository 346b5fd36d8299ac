pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// Quick capture (DOMAIN.md "simplified entry"): a photo, the automatic position, what was seized
// and how much, and a short note, on one screen. Every tap is saved at once; the record is
// completed later in the full form.
Page {
    id: page

    /// Record to continue; empty starts a new one.
    property string recordId

    signal closed()
    signal fullFormRequested(string recordId)

    readonly property bool wide: width >= 900
    readonly property string category: stored("items[0].category")
    readonly property bool cash: category === "CURRENCY_CASH"

    /// The stored value at a path as text ("" when not filled), re-read on every change.
    function stored(path) {
        if (editor.revision < 0)
            return ""
        const stored = editor.value(path)
        return stored === undefined || stored === null ? "" : String(stored)
    }

    function leave() {
        editor.flush()
        page.closed()
    }

    function chooseCategory(code) {
        if (code === category)
            return
        editor.setValue("items[0].category", code)
        // A type of another category would block finalizing; start the type again.
        editor.setValue("items[0].subtype", undefined)
    }

    SeizureEditor {
        id: editor
        session: Session
    }

    Component.onCompleted: {
        if (recordId.length > 0)
            editor.open(recordId)
        else
            editor.startNew()
    }
    Component.onDestruction: editor.flush()

    header: PageHeader {
        title: qsTr("Quick seizure")
        subtitle: editor.dirty ? qsTr("Saving…") : (editor.stored ? qsTr("Saved on this tablet") : qsTr("Nothing entered yet"))
        showBack: true
        onBackClicked: page.leave()

        HeaderAction {
            text: qsTr("Full record")
            onClicked: {
                const id = editor.ensureStored()
                if (id.length > 0)
                    page.fullFormRequested(id)
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.height + 2 * Theme.spacing.m
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // Two columns side by side on a tablet in landscape, one under the other otherwise.
        // Positioners, not layouts: wrapping text inside nested layouts loops on polish in 6.4.
        Item {
            id: content
            x: Theme.spacing.m
            y: Theme.spacing.m
            width: flick.width - 2 * Theme.spacing.m
            height: page.wide ? Math.max(goods.height, evidence.height) : goods.height + Theme.spacing.l + evidence.height

            Column {
                id: goods
                width: page.wide ? (content.width - Theme.spacing.l) / 2 : content.width
                spacing: Theme.spacing.l

                InlineMessage {
                    width: parent.width
                    visible: editor.errorString.length > 0
                    text: editor.errorString
                }

                ChoiceTiles {
                    width: parent.width
                    title: qsTr("What was seized?")
                    listId: "commodity_category"
                    language: Language.language
                    value: page.category
                    onChosen: (code) => page.chooseCategory(code)
                }

                ChoiceTiles {
                    width: parent.width
                    visible: page.category.length > 0 && page.category !== "UNKNOWN"
                    title: qsTr("Type")
                    listId: "commodity_subtype"
                    parentCode: page.category
                    language: Language.language
                    value: page.stored("items[0].subtype")
                    onChosen: (code) => editor.setValue("items[0].subtype", code)
                }

                RecordText {
                    width: parent.width
                    visible: !page.cash
                    editor: editor
                    path: "items[0].quantity"
                    label: qsTr("Quantity")
                    inputKind: "number"
                }

                ChoiceTiles {
                    width: parent.width
                    visible: !page.cash
                    title: qsTr("Unit")
                    listId: "unit"
                    language: Language.language
                    minimumTileWidth: 120
                    value: page.stored("items[0].unit")
                    onChosen: (code) => editor.setValue("items[0].unit", code)
                }

                RecordText {
                    width: parent.width
                    visible: page.cash
                    editor: editor
                    path: "items[0].cashAmount"
                    label: qsTr("Amount")
                    inputKind: "amount"
                }
                RecordCode {
                    width: parent.width
                    visible: page.cash
                    editor: editor
                    path: "items[0].cashCurrency"
                    listId: "currency"
                    label: qsTr("Currency")
                }

                RecordText {
                    width: parent.width
                    editor: editor
                    path: "narrative"
                    label: qsTr("Note")
                    hint: qsTr("Stays in the national database; never sent to the WCO.")
                    inputKind: "multiline"
                    unknownAllowed: false
                }
            }

            Column {
                id: evidence
                x: page.wide ? goods.width + Theme.spacing.l : 0
                y: page.wide ? 0 : goods.height + Theme.spacing.l
                width: goods.width
                spacing: Theme.spacing.l

                RecordPhotos {
                    width: parent.width
                    editor: editor
                }

                RecordLocation {
                    width: parent.width
                    editor: editor
                }
            }
        }
    }

    footer: ToolBar {
        background: Rectangle { color: Theme.colors.surface; border.color: Theme.colors.border }
        implicitHeight: Theme.sizes.button + 2 * Theme.spacing.s
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing.s
            spacing: Theme.spacing.m
            CompletenessMeter {
                Layout.fillWidth: true
                value: editor.completeness
            }
            PrimaryButton {
                text: qsTr("Done")
                onClicked: page.leave()
            }
        }
    }
}
