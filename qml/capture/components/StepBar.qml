pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Saisie

// The steps of the full form as big tabs the officer can jump between in any order; scrolls
// sideways on a phone. A step with a blocking issue shows a mark.
ListView {
    id: bar

    required property var steps          // [{title, flagged}]
    property int currentStep: 0

    signal stepChosen(int index)

    orientation: ListView.Horizontal
    implicitHeight: Theme.sizes.touchTarget + Theme.spacing.s
    spacing: Theme.spacing.xs
    clip: true
    model: steps
    currentIndex: currentStep
    highlightFollowsCurrentItem: true
    highlightMoveDuration: 0
    boundsBehavior: Flickable.StopAtBounds

    delegate: Button {
        id: tab
        required property var modelData
        required property int index
        readonly property bool current: tab.index === bar.currentStep

        height: Theme.sizes.touchTarget
        topInset: 0
        bottomInset: 0
        leftPadding: Theme.spacing.m
        rightPadding: Theme.spacing.m
        text: (tab.modelData.flagged ? "\u2022 " : "") + tab.modelData.title
        onClicked: bar.stepChosen(tab.index)
        Accessible.name: tab.modelData.title

        contentItem: Text {
            text: tab.text
            font.pixelSize: Theme.fonts.body
            font.bold: tab.current
            color: tab.current ? Theme.colors.primaryText : Theme.colors.text
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.sizes.radius
            color: tab.current ? Theme.colors.primary : Theme.colors.surface
            border.width: Theme.sizes.borderWidth
            border.color: tab.modelData.flagged && !tab.current ? Theme.colors.danger : Theme.colors.border
        }
    }
}
