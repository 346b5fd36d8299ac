import QtQuick
import QtQuick.Controls.Material
import Saisie

// The chosen profile's PIN pad or passphrase field. Attempts left and the lockout countdown come
// from the vault's durable counter, so restarting the app does not reset them.
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

        SecretEntry {
            id: pinPad
            objectName: "unlockPinPad"
            width: Math.min(parent.width - 2 * Theme.spacing.m,
                            Session.profileUsesPassphrase ? Theme.sizes.contentMaxWidth
                                                          : 3 * Theme.sizes.pinKey + 2 * Theme.spacing.m + 2 * Theme.spacing.xl)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spacing.l, (parent.height - height) / 2)
            passphrase: Session.profileUsesPassphrase
            prompt: Session.profileUsesPassphrase ? qsTr("Enter your passphrase") : qsTr("Enter your PIN")
            // Any length may unlock a passphrase profile; the rule only applies when one is chosen.
            minLength: Session.profileUsesPassphrase ? 1 : Session.minimumPinLength
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
