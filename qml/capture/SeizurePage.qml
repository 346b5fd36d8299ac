pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// The full record, in steps the officer can jump between in any order. Every change is saved
// as it is made; the review step finalizes (signs) the record.
Page {
    id: page

    /// Record to open; empty starts a new one.
    property string recordId
    /// Step to show first (tooling): 0 event ... 6 review.
    property int startStep: 0

    signal closed()

    readonly property var stepTitles: [qsTr("Event"), qsTr("Goods"), qsTr("Conveyance"), qsTr("Route"),
                                       qsTr("People"), qsTr("Photos"), qsTr("Review")]

    function stepFor(path) {
        const head = path.replace(/[.\[].*$/, "")
        switch (head) {
        case "items": return 1
        case "conveyances": return 2
        case "route": return 3
        case "persons": case "companies": return 4
        case "attachments": return 5
        default: return 0
        }
    }
    readonly property var steps: {
        const flagged = [false, false, false, false, false, false, false]
        for (const issue of editor.issues)
            if (issue.blocking && !issue.overridden)
                flagged[stepFor(issue.path)] = true
        return stepTitles.map((title, i) => ({ title: title, flagged: flagged[i] }))
    }

    function leave() {
        editor.flush()
        page.closed()
    }

    SeizureEditor {
        id: editor
        session: Session
        onFinalized: finalizedNotice.ask(qsTr("The record is signed and queued. It will be sent when the tablet reaches the national server."),
                                         () => page.leave())
        onDiscarded: page.closed()
    }

    Component.onCompleted: {
        if (recordId.length > 0)
            editor.open(recordId)
        else
            editor.startNew()
        stack.currentIndex = startStep
    }
    Component.onDestruction: editor.flush()

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: editor.editable ? qsTr("Seizure (draft)") : qsTr("Seizure (finalized)")
            subtitle: editor.dirty ? qsTr("Saving…") : (editor.stored ? qsTr("Saved on this tablet") : qsTr("Nothing entered yet"))
            showBack: true
            onBackClicked: page.leave()

            HeaderAction {
                visible: editor.editable && editor.stored
                text: qsTr("Discard")
                onClicked: confirmDiscard.ask(qsTr("Discard this draft? It is deleted from the tablet; the audit log keeps a note that it existed."),
                                              () => editor.discard())
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: stepBar.implicitHeight + 2 * Theme.spacing.s
            color: Theme.colors.surfaceVariant
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing.s
                spacing: Theme.spacing.m
                StepBar {
                    id: stepBar
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    steps: page.steps
                    currentStep: stack.currentIndex
                    onStepChosen: (index) => stack.currentIndex = index
                }
                CompletenessMeter {
                    visible: page.width >= 700
                    Layout.preferredWidth: 200
                    value: editor.completeness
                }
            }
        }
    }

    StackLayout {
        id: stack
        anchors.fill: parent

        EventStep { editor: editor }
        GoodsStep { editor: editor }
        ConveyanceStep { editor: editor }
        RouteStep { editor: editor }
        PeopleStep { editor: editor }
        PhotosStep { editor: editor }
        ReviewStep {
            editor: editor
            onGoTo: (path) => stack.currentIndex = page.stepFor(path)
            onFinalizeRequested: confirmFinalize.ask(qsTr("Finalize and sign this seizure? After this it can only be corrected by a new version."),
                                                     () => editor.finalize())
        }
    }

    footer: ToolBar {
        implicitHeight: Theme.sizes.button + 2 * Theme.spacing.s
        background: Rectangle { color: Theme.colors.surface; border.color: Theme.colors.border }
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing.s
            SecondaryButton {
                text: qsTr("Previous")
                enabled: stack.currentIndex > 0
                onClicked: stack.currentIndex -= 1
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                text: stack.currentIndex < page.stepTitles.length - 1 ? qsTr("Next") : qsTr("Done")
                onClicked: {
                    if (stack.currentIndex < page.stepTitles.length - 1)
                        stack.currentIndex += 1
                    else
                        page.leave()
                }
            }
        }
    }

    ConfirmDialog {
        id: confirmDiscard
        confirmText: qsTr("Discard")
    }
    ConfirmDialog {
        id: confirmFinalize
        confirmText: qsTr("Finalize")
    }
    ConfirmDialog {
        id: finalizedNotice
        title: qsTr("Seizure finalized")
        confirmText: qsTr("Back to the list")
        cancellable: false
    }
}
