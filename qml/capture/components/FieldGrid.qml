import QtQuick
import QtQuick.Layouts
import Saisie

// Fields side by side when the screen is wide, one under the other on a phone.
GridLayout {
    columns: width >= 640 ? 2 : 1
    columnSpacing: Theme.spacing.m
    rowSpacing: Theme.spacing.m
    Layout.fillWidth: true
}
