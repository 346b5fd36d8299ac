import QtQuick
import QtQuick.Controls.Material
import Saisie

// The chosen profile's PIN. Attempts left and the lockout countdown come from the vault's durable
// counter, so restarting the app does not reset them.
Page {
    id: page

    /// The officer wants to pick another profile.
    signal switchProfileRequested()

    Component.onCompleted: pinPad.forceActiveFocus()

    header: PageHeader {
        title: Session.profileAlias
        subtitle: qsTr("Locked")
        HeaderAction {
            objectName: "switchProfile"
            text: qsTr("Switch profile")
            enabled: !Session.busy
            onClicked: {
                Session.clearError()
                page.switchProfileRequested()
            }
        }
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, pinPad.implicitHeight + 2 * Theme.spacing.l)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        PinPad {
            id: pinPad
            objectName: "unlockPinPad"
            width: Math.min(parent.width - 2 * Theme.spacing.m, 3 * Theme.sizes.pinKey + 2 * Theme.spacing.m + 2 * Theme.spacing.xl)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spacing.l, (parent.height - height) / 2)
            prompt: qsTr("Enter your PIN")
            minLength: Session.minimumPinLength
            // Only worth saying once a PIN has been wrong.
            attemptsLeft: Session.attemptsLeft < Session.maxAttempts ? Session.attemptsLeft : -1
            secondsToWait: Session.secondsToWait
            busy: Session.busy
            errorText: Session.error === Session.MustWait ? "" : Session.errorString
            submitText: qsTr("Unlock")
            onSubmitted: Session.unlock(buffer)
        }
    }
}
