import QtQuick
import QtQuick.Layouts
import Saisie

// Photos and documents of the seizure.
StepPage {
    id: step

    title: qsTr("Photos")

    RecordPhotos {
        Layout.fillWidth: true
        editor: step.editor
    }
}
