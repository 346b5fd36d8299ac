import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Settings: the officer's name, service number and unit, as new records will carry them. Saved
// only on "Save"; records already finalized keep the details they were signed with.
ColumnLayout {
    id: section

    property var problems: ["", "", ""]
    property bool saved: false
    readonly property bool changed: fields.name !== Session.officerName
                                    || fields.serviceNumber !== Session.serviceNumber
                                    || fields.unit !== Session.unitName

    function load() {
        fields.name = Session.officerName
        fields.serviceNumber = Session.serviceNumber
        fields.unit = Session.unitName
        problems = ["", "", ""]
    }
    function save() {
        problems = Session.officerProblems(fields.name, fields.serviceNumber, fields.unit)
        if (problems.some(p => p.length > 0))
            return
        saved = Session.updateOfficer(fields.name, fields.serviceNumber, fields.unit)
        if (saved)
            load() // show them as stored (spaces tidied)
    }

    spacing: Theme.spacing.s
    Component.onCompleted: load()

    Label {
        text: qsTr("Your details")
        font.pixelSize: Theme.fonts.title
        font.bold: true
        color: Theme.colors.text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Written on each new seizure. Seizures already finalized keep the details they were signed with.")
        font.pixelSize: Theme.fonts.body
        color: Theme.colors.textMuted
        wrapMode: Text.Wrap
    }
    OfficerFields {
        id: fields
        objectName: "settingsOfficerFields"
        Layout.fillWidth: true
        problems: section.problems
        onEdited: {
            section.saved = false
            section.problems = ["", "", ""]
        }
    }
    InlineMessage {
        Layout.fillWidth: true
        kind: section.saved ? InlineMessage.Info : InlineMessage.Error
        text: section.saved ? qsTr("Your details are saved.")
            : Session.error === Session.Storage || Session.error === Session.OfficerInvalid ? Session.errorString : ""
    }
    PrimaryButton {
        objectName: "saveOfficerButton"
        Layout.fillWidth: true
        text: qsTr("Save my details")
        enabled: section.changed && !Session.locked
        onClicked: section.save()
    }
}
