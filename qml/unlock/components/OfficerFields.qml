pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// The officer's name, service number and unit, each with its own error line. Used when a profile
// is created and in Settings. The rules are checked by the caller (Session.officerProblems), so
// this item stays free of the session and can be tested alone.
ColumnLayout {
    id: fields

    property alias name: nameField.text
    property alias serviceNumber: serviceField.text
    property alias unit: unitField.text
    /// One sentence per field (name, service number, unit); empty where the field is fine.
    property var problems: ["", "", ""]
    property bool readOnly: false

    /// Any field was edited by the officer.
    signal edited()

    function problemAt(i) {
        return problems && problems.length > i ? problems[i] : ""
    }

    spacing: Theme.spacing.xs

    // A field title: bold, above its input.
    component Title: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing.xs
        font.pixelSize: Theme.fonts.body
        font.bold: true
        color: Theme.colors.text
        wrapMode: Text.Wrap
    }
    // The field's problem, under its input; takes no room when there is none.
    component Problem: Label {
        Layout.fillWidth: true
        visible: text.length > 0
        font.pixelSize: Theme.fonts.caption
        color: Theme.colors.danger
        wrapMode: Text.Wrap
    }

    Title {
        text: qsTr("Full name")
    }
    TextField {
        id: nameField
        objectName: "officerName"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.sizes.button
        readOnly: fields.readOnly
        maximumLength: 200
        font.pixelSize: Theme.fonts.bodyLarge
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextEdited: fields.edited()
        onAccepted: serviceField.forceActiveFocus()
    }
    Problem {
        objectName: "nameProblem"
        text: fields.problemAt(0)
    }

    Title {
        text: qsTr("Service number")
    }
    TextField {
        id: serviceField
        objectName: "officerServiceNumber"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.sizes.button
        readOnly: fields.readOnly
        maximumLength: 40
        placeholderText: qsTr("Letters, digits, - and /")
        font.pixelSize: Theme.fonts.bodyLarge
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhPreferUppercase
        onTextEdited: fields.edited()
        onAccepted: unitField.forceActiveFocus()
    }
    Problem {
        objectName: "serviceNumberProblem"
        text: fields.problemAt(1)
    }

    Title {
        text: qsTr("Unit")
    }
    TextField {
        id: unitField
        objectName: "officerUnit"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.sizes.button
        readOnly: fields.readOnly
        maximumLength: 100
        placeholderText: qsTr("For example: BSI Le Havre port")
        font.pixelSize: Theme.fonts.bodyLarge
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextEdited: fields.edited()
    }
    Problem {
        objectName: "unitProblem"
        text: fields.problemAt(2)
    }
}
