import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// A new officer profile: a name shown on the picker, then a PIN typed twice. The PIN policy
// (length, no 123456 or 111111) is checked after the first entry so the officer learns early.
Page {
    id: page

    /// The officer gave up; go back to the picker.
    signal cancelled()

    // 0: choose the PIN, 1: repeat it.
    property int step: 0
    property string localError
    readonly property bool wide: width > height && width >= 800

    function submitPin() {
        if (step === 0) {
            const problem = Session.pinProblem(firstPin)
            if (problem.length > 0) {
                localError = problem
                firstPin.clear()
                return
            }
            localError = ""
            step = 1
            return
        }
        if (aliasField.text.trim().length === 0) {
            localError = qsTr("Enter a profile name first.")
            secondPin.clear()
            aliasField.forceActiveFocus()
            return
        }
        localError = ""
        if (!Session.createProfile(aliasField.text, firstPin, secondPin)) {
            step = 0
        }
    }

    function restart() {
        firstPin.clear()
        secondPin.clear()
        localError = ""
        step = 0
    }

    Component.onCompleted: Session.clearError()

    Connections {
        target: Session
        function onUnlockFailed() { page.restart() }
    }

    PinBuffer {
        id: firstPin
    }
    PinBuffer {
        id: secondPin
    }

    header: PageHeader {
        title: qsTr("New profile")
        showBack: !Session.busy
        onBackClicked: {
            page.restart()
            Session.clearError()
            page.cancelled()
        }
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.spacing.l
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        GridLayout {
            id: layout
            x: Math.max(Theme.spacing.m, (parent.width - width) / 2)
            y: Theme.spacing.l
            width: Math.min(parent.width - 2 * Theme.spacing.m, page.wide ? 1000 : Theme.sizes.contentMaxWidth)
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing.xl
            rowSpacing: Theme.spacing.l

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing.m

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Profile name")
                    font.pixelSize: Theme.fonts.title
                    color: Theme.colors.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Shown on this tablet's profile list before anyone unlocks. Use a name your colleagues recognise, not your service number.")
                    font.pixelSize: Theme.fonts.body
                    color: Theme.colors.textMuted
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: aliasField
                    objectName: "aliasField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.sizes.button
                    placeholderText: qsTr("For example: Officer Martin, team B")
                    font.pixelSize: Theme.fonts.bodyLarge
                    maximumLength: 40
                    enabled: !Session.busy
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: pinPad.forceActiveFocus()
                }
                InlineMessage {
                    Layout.fillWidth: true
                    objectName: "createError"
                    text: page.localError.length > 0 ? page.localError : Session.errorString
                }
                SecondaryButton {
                    objectName: "restartPinButton"
                    visible: page.step === 1 && !Session.busy
                    text: qsTr("Choose another PIN")
                    onClicked: page.restart()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Write nothing down: a forgotten PIN can only be reset by your supervisor through the national recovery service.")
                    font.pixelSize: Theme.fonts.caption
                    color: Theme.colors.textMuted
                    wrapMode: Text.Wrap
                }
            }

            PinPad {
                id: pinPad
                objectName: "createPinPad"
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: Math.max(implicitWidth, 420)
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                buffer: page.step === 0 ? firstPin : secondPin
                minLength: Session.minimumPinLength
                busy: Session.busy
                submitText: page.step === 0 ? qsTr("Next") : qsTr("Create")
                prompt: page.step === 0
                        ? qsTr("Choose a PIN of at least %1 digits").arg(Session.minimumPinLength)
                        : qsTr("Enter the same PIN again")
                onSubmitted: page.submitPin()
            }
        }
    }
}
