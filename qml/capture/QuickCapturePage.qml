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
    readonly property string category: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        const stored = editor.value("items[0].category")
        return stored ? String(stored) : ""
    }
    readonly property bool cash: category === "CURRENCY_CASH"

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

    LocationController {
        id: location
        service: Positioning
        // The first fix goes in by itself; the officer may still wait for a better one.
        onHasFixChanged: if (hasFix && editor.value("gps") === undefined) editor.prefill("gps", fix)
    }

    Component.onCompleted: {
        if (recordId.length > 0)
            editor.open(recordId)
        else
            editor.startNew()
        if (editor.value("gps") === undefined)
            location.start()
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
        contentHeight: grid.implicitHeight + 2 * Theme.spacing.m
        clip: true
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            x: Theme.spacing.m
            y: Theme.spacing.m
            width: flick.width - 2 * Theme.spacing.m
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing.l
            rowSpacing: Theme.spacing.l

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                spacing: Theme.spacing.l

                InlineMessage {
                    Layout.fillWidth: true
                    visible: editor.errorString.length > 0
                    text: editor.errorString
                }

                ChoiceTiles {
                    Layout.fillWidth: true
                    title: qsTr("What was seized?")
                    listId: "commodity_category"
                    language: Language.language
                    value: page.category
                    onChosen: (code) => page.chooseCategory(code)
                }

                ChoiceTiles {
                    Layout.fillWidth: true
                    visible: page.category.length > 0 && page.category !== "UNKNOWN"
                    title: qsTr("Type")
                    listId: "commodity_subtype"
                    parentCode: page.category
                    language: Language.language
                    value: {
                        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
                            return undefined
                        const stored = editor.value("items[0].subtype")
                        return stored ? String(stored) : ""
                    }
                    onChosen: (code) => editor.setValue("items[0].subtype", code)
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: !page.cash
                    spacing: Theme.spacing.m
                    RecordText {
                        Layout.fillWidth: true
                        editor: editor
                        path: "items[0].quantity"
                        label: qsTr("Quantity")
                        inputKind: "number"
                    }
                }

                ChoiceTiles {
                    Layout.fillWidth: true
                    visible: !page.cash
                    title: qsTr("Unit")
                    listId: "unit"
                    language: Language.language
                    minimumTileWidth: 120
                    value: {
                        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
                            return undefined
                        const stored = editor.value("items[0].unit")
                        return stored ? String(stored) : ""
                    }
                    onChosen: (code) => editor.setValue("items[0].unit", code)
                }

                RecordText {
                    Layout.fillWidth: true
                    visible: page.cash
                    editor: editor
                    path: "items[0].cashAmount"
                    label: qsTr("Amount")
                    inputKind: "amount"
                }
                RecordCode {
                    Layout.fillWidth: true
                    visible: page.cash
                    editor: editor
                    path: "items[0].cashCurrency"
                    listId: "currency"
                    label: qsTr("Currency")
                }

                RecordText {
                    Layout.fillWidth: true
                    editor: editor
                    path: "narrative"
                    label: qsTr("Note")
                    hint: qsTr("Stays in the national database; never sent to the WCO.")
                    inputKind: "multiline"
                    unknownAllowed: false
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                spacing: Theme.spacing.l

                RecordPhotos {
                    Layout.fillWidth: true
                    editor: editor
                }

                LocationPanel {
                    Layout.fillWidth: true
                    controller: location
                    onFixAccepted: (geoFix) => editor.setValue("gps", geoFix)
                }
            }
        }
    }

    footer: ToolBar {
        background: Rectangle { color: Theme.colors.surface; border.color: Theme.colors.border }
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing.s
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
