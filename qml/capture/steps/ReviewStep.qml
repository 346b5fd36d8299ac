pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// The last step: how complete the record is, every issue with a way to fix or override it,
// then finalize, which signs the record on this tablet.
StepPage {
    id: step

    readonly property var blocking: step.editor.issues.filter(i => i.blocking && !i.overridden)
    readonly property var others: step.editor.issues.filter(i => !i.blocking || i.overridden)

    signal goTo(string path)
    signal finalizeRequested()

    title: qsTr("Review and finalize")

    CompletenessMeter {
        Layout.fillWidth: true
        value: step.editor.completeness
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.colors.text
        font.pixelSize: Theme.fonts.body
        text: !step.editor.editable ? qsTr("This record is finalized and signed. Corrections are made as a new version.")
            : step.blocking.length === 0 ? qsTr("Ready to finalize. Finalizing signs the record; it can then only be corrected by a new version.")
            : qsTr("%n issue(s) must be fixed before finalizing.", "", step.blocking.length)
    }

    Repeater {
        model: step.editor.editable ? step.blocking.concat(step.others) : []
        delegate: IssueRow {
            required property var modelData
            Layout.fillWidth: true
            editor: step.editor
            issue: modelData
            onGoTo: (path) => step.goTo(path)
        }
    }

    InlineMessage {
        Layout.fillWidth: true
        visible: step.editor.errorString.length > 0
        text: step.editor.errorString
    }

    PrimaryButton {
        Layout.fillWidth: true
        visible: step.editor.editable
        enabled: step.editor.canFinalize
        text: qsTr("Finalize and sign")
        onClicked: step.finalizeRequested()
    }
}
