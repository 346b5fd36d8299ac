import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// The bar at the top of every page: an optional back button, a title and a subtitle, and room
// for actions on the right (put HeaderAction items inside).
ToolBar {
    id: header

    property string title
    property string subtitle
    property bool showBack: false
    default property alias actions: actionRow.data

    signal backClicked()

    implicitHeight: Theme.sizes.header
    Material.background: Theme.colors.header
    Material.foreground: Theme.colors.headerText

    // Drawn by hand: Material's elevation shadow needs shader effects, which the software
    // renderer (cheap tablets, offscreen tooling) does not have, and the bar then vanishes.
    background: Rectangle {
        implicitHeight: Theme.sizes.header
        color: Theme.colors.header
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.showBack ? 0 : Theme.spacing.m
        anchors.rightMargin: Theme.spacing.s
        spacing: Theme.spacing.s

        ToolButton {
            visible: header.showBack
            Layout.preferredWidth: Theme.sizes.header
            Layout.preferredHeight: Theme.sizes.header
            text: "\u2190"
            font.pixelSize: Theme.fonts.headline
            Accessible.name: qsTr("Back")
            onClicked: header.backClicked()
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: header.title
                font.pixelSize: Theme.fonts.title
                font.bold: true
                elide: Text.ElideRight
                color: Theme.colors.headerText
            }
            Label {
                Layout.fillWidth: true
                visible: header.subtitle.length > 0
                text: header.subtitle
                font.pixelSize: Theme.fonts.caption
                elide: Text.ElideRight
                color: Theme.colors.headerText
            }
        }

        RowLayout {
            id: actionRow
            spacing: Theme.spacing.xs
        }
    }
}
