import QtQuick
import QtQuick.Controls.Material
import Saisie

// The position of the seizure: what the record holds, and the live position panel to take a
// new fix. Positioning only runs while this is on screen and asked for.
Column {
    id: root

    required property SeizureEditor editor
    readonly property var stored: {
        if (editor.revision < 0) // a read the compiler keeps: re-evaluated on every change
            return undefined
        return editor.value("gps")
    }

    spacing: Theme.spacing.s

    // With a position on record the live panel stays folded until the officer asks for a new
    // one: positioning only runs when it is wanted.
    property bool updating: stored === undefined
    onUpdatingChanged: {
        if (updating && editor.editable)
            location.start()
        else
            location.stop()
    }
    Component.onCompleted: if (updating && editor.editable) location.start()

    LocationController {
        id: location
        service: Positioning
        onHasFixChanged: if (hasFix && root.editor.value("gps") === undefined) root.editor.prefill("gps", fix)
    }

    Label {
        text: qsTr("Position")
        font.pixelSize: Theme.fonts.bodyLarge
        font.bold: true
        color: Theme.colors.text
    }

    Label {
        width: parent.width
        wrapMode: Text.WordWrap
        color: Theme.colors.text
        text: {
            const g = root.stored
            if (g === undefined || g === null)
                return qsTr("No position recorded yet.")
            if (g.lat === undefined)
                return qsTr("No position: %1").arg(g.manualReason || "")
            let line = qsTr("%1, %2").arg(Number(g.lat).toFixed(5)).arg(Number(g.lon).toFixed(5))
            if (g.accuracyM !== undefined)
                line += " · ±" + Math.round(g.accuracyM) + " m"
            if (g.source)
                line += " · " + g.source
            if (g.manualReason)
                line += " · " + g.manualReason
            return line
        }
    }

    SecondaryButton {
        visible: root.editor.editable && !root.updating
        text: qsTr("Take a new position")
        onClicked: root.updating = true
    }

    LocationPanel {
        width: parent.width
        visible: root.editor.editable && root.updating
        controller: location
        onFixAccepted: (geoFix) => {
            root.editor.setValue("gps", geoFix)
            root.updating = false
        }
    }
}
