import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// One officer profile in the picker: the alias, and a warning line when attempts are running out
// or a lockout is running.
ItemDelegate {
    id: row

    required property string vaultId
    required property string alias
    required property int attemptsLeft
    required property int secondsToWait

    implicitHeight: Math.max(72, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing.m
    rightPadding: Theme.spacing.m
    Accessible.name: alias

    contentItem: RowLayout {
        spacing: Theme.spacing.m

        // Initial in a disc, so profiles are told apart at a glance.
        Rectangle {
            Layout.preferredWidth: Theme.sizes.touchTarget
            Layout.preferredHeight: Theme.sizes.touchTarget
            radius: width / 2
            color: Theme.colors.primary
            Label {
                anchors.centerIn: parent
                text: row.alias.length > 0 ? row.alias.charAt(0).toUpperCase() : "?"
                font.pixelSize: Theme.fonts.title
                font.bold: true
                color: Theme.colors.primaryText
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.alias
                font.pixelSize: Theme.fonts.bodyLarge
                font.bold: true
                color: Theme.colors.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.secondsToWait > 0 ? qsTr("Locked after wrong PINs; wait before trying again.")
                    : row.attemptsLeft <= 3 ? qsTr("Tries left before this profile is erased: %1").arg(row.attemptsLeft)
                    : ""
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.danger
                wrapMode: Text.Wrap
            }
        }

        Label {
            text: "\u203a"
            font.pixelSize: Theme.fonts.headline
            color: Theme.colors.textMuted
        }
    }

    background: Rectangle {
        color: row.down ? Theme.colors.surfaceVariant : Theme.colors.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.sizes.borderWidth
            color: Theme.colors.border
        }
    }
}
