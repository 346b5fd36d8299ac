import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// PIN or passphrase for a new profile: two large side-by-side choices, one always selected.
ColumnLayout {
    id: selector

    /// True when the passphrase is chosen.
    property bool passphrase: false

    /// The officer switched; the page starts the secret over.
    signal switched()

    spacing: Theme.spacing.s

    Label {
        Layout.fillWidth: true
        text: qsTr("Unlock with")
        font.pixelSize: Theme.fonts.title
        color: Theme.colors.text
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing.s

        FilterChip {
            objectName: "choosePin"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("PIN")
            checked: !selector.passphrase
            onClicked: {
                if (selector.passphrase) {
                    selector.passphrase = false
                    selector.switched()
                }
            }
        }
        FilterChip {
            objectName: "choosePassphrase"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Passphrase")
            checked: selector.passphrase
            onClicked: {
                if (!selector.passphrase) {
                    selector.passphrase = true
                    selector.switched()
                }
            }
        }
    }
}
