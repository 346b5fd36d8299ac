pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// Where the goods came from, went through and were going: searchable country pickers.
StepPage {
    id: step

    readonly property int transitCount: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.count("route.transitCountries")
    }

    title: qsTr("Route")

    RecordCode {
        Layout.fillWidth: true
        editor: step.editor
        path: "route.departureCountry"
        listId: "country"
        label: qsTr("Country of departure")
        required: true
    }

    Label {
        text: qsTr("Transit countries, in order")
        font.pixelSize: Theme.fonts.body
        font.bold: true
        color: Theme.colors.text
    }
    Repeater {
        model: step.transitCount
        delegate: RowLayout {
            id: row
            required property int index
            Layout.fillWidth: true
            RecordCode {
                Layout.fillWidth: true
                editor: step.editor
                path: "route.transitCountries[" + row.index + "]"
                listId: "country"
                label: qsTr("Transit %1").arg(row.index + 1)
            }
            SecondaryButton {
                visible: step.editor.editable
                text: qsTr("Remove")
                Layout.alignment: Qt.AlignBottom
                onClicked: step.editor.removeAt("route.transitCountries", row.index)
            }
        }
    }
    RecordCode {
        Layout.fillWidth: true
        visible: step.editor.editable
        editor: step.editor
        // Picking here appends: the path names the entry after the last one.
        path: "route.transitCountries[" + step.transitCount + "]"
        listId: "country"
        label: qsTr("Add a transit country")
    }

    RecordCode {
        Layout.fillWidth: true
        editor: step.editor
        path: "route.destinationCountry"
        listId: "country"
        label: qsTr("Country of destination")
        required: true
    }
}
