pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Who is using the tablet: pick your profile (by alias only) or create one.
Page {
    id: page

    /// The officer picked a profile.
    signal profileChosen(string vaultId)
    /// The officer wants a new profile.
    signal createRequested()

    readonly property bool hasProfiles: profileList.count > 0

    Component.onCompleted: Session.refreshProfiles()

    header: PageHeader {
        title: qsTr("Saisie")
        subtitle: qsTr("Customs seizures")
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    // With profiles: a heading, the list, and "New profile" at the bottom.
    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing.l
        anchors.bottomMargin: Theme.spacing.l
        visible: page.hasProfiles
        spacing: Theme.spacing.m

        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.sizes.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.spacing.m
            Layout.rightMargin: Theme.spacing.m
            text: qsTr("Choose your profile")
            font.pixelSize: Theme.fonts.headline
            color: Theme.colors.text
            wrapMode: Text.Wrap
        }

        ListView {
            id: profileList
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.sizes.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            clip: true
            model: Session.profiles
            delegate: ProfileDelegate {
                width: ListView.view.width
                onClicked: page.profileChosen(vaultId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }

        InlineMessage {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.sizes.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.spacing.m
            Layout.rightMargin: Theme.spacing.m
            text: Session.error === Session.Erased || Session.error === Session.NoProfile ? Session.errorString : ""
        }

        SecondaryButton {
            objectName: "newProfileButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(page.width - 2 * Theme.spacing.m, 360)
            text: qsTr("New profile")
            onClicked: page.createRequested()
        }
    }

    // Without profiles: one centred block that says what to do, with the button right under it.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing.l, Theme.sizes.contentMaxWidth)
        visible: !page.hasProfiles
        spacing: Theme.spacing.l

        EmptyState {
            Layout.fillWidth: true
            title: qsTr("No profile on this device yet")
            text: qsTr("Create your profile to start recording seizures. Your PIN protects everything you record on this tablet.")
        }

        InlineMessage {
            Layout.fillWidth: true
            text: Session.error === Session.Erased ? Session.errorString : ""
        }

        PrimaryButton {
            objectName: "createProfileButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, 360)
            text: qsTr("Create profile")
            onClicked: page.createRequested()
        }
    }
}
