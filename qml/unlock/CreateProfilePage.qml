import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// A new officer profile: the alias shown on the picker, the officer's details (kept inside the
// encrypted vault only), then a PIN or a passphrase typed twice. The strength rule is checked
// after the first entry so the officer learns early; the details are checked before creating.
Page {
    id: page

    /// The officer gave up; go back to the picker.
    signal cancelled()

    // 0: choose the secret, 1: repeat it.
    property int step: 0
    property string localError
    property var officerProblems: ["", "", ""]
    readonly property bool wide: width > height && width >= 800
    readonly property bool passphrase: kindSelector.passphrase

    function checkDetails() {
        officerProblems = Session.officerProblems(officer.name, officer.serviceNumber, officer.unit)
        if (aliasField.text.trim().length === 0)
            return qsTr("Enter a profile name first.")
        return officerProblems.some(p => p.length > 0) ? qsTr("Complete your details first.") : ""
    }

    function submitSecret() {
        if (step === 0) {
            const problem = Session.secretProblem(firstSecret, passphrase)
            if (problem.length > 0) {
                localError = problem
                firstSecret.clear()
                return
            }
            localError = ""
            step = 1
            secretEntry.forceActiveFocus()
            return
        }
        const detailsProblem = checkDetails()
        if (detailsProblem.length > 0) {
            localError = detailsProblem
            secondSecret.clear()
            return
        }
        localError = ""
        if (!Session.createProfile(aliasField.text, officer.name, officer.serviceNumber, officer.unit,
                                   firstSecret, secondSecret, passphrase))
            step = 0
    }

    function restart() {
        firstSecret.clear()
        secondSecret.clear()
        secretEntry.reset()
        localError = ""
        step = 0
    }

    Component.onCompleted: Session.clearError()

    Connections {
        target: Session
        function onUnlockFailed() { page.restart() }
    }

    PinBuffer {
        id: firstSecret
    }
    PinBuffer {
        id: secondSecret
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
                spacing: Theme.spacing.s

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
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing.m
                    text: qsTr("Your details")
                    font.pixelSize: Theme.fonts.title
                    color: Theme.colors.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Kept inside your encrypted profile and written on every seizure you record.")
                    font.pixelSize: Theme.fonts.body
                    color: Theme.colors.textMuted
                    wrapMode: Text.Wrap
                }
                OfficerFields {
                    id: officer
                    objectName: "createOfficerFields"
                    Layout.fillWidth: true
                    enabled: !Session.busy
                    problems: page.officerProblems
                    onEdited: page.officerProblems = ["", "", ""]
                }
                SecretKindSelector {
                    id: kindSelector
                    objectName: "secretKind"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing.m
                    enabled: !Session.busy
                    onSwitched: page.restart()
                }
            }

            ColumnLayout {
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: page.wide ? 420 : -1
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                spacing: Theme.spacing.m

                InlineMessage {
                    Layout.fillWidth: true
                    objectName: "createError"
                    text: page.localError.length > 0 ? page.localError : Session.errorString
                }
                SecretEntry {
                    id: secretEntry
                    objectName: "createSecretEntry"
                    Layout.fillWidth: true
                    passphrase: page.passphrase
                    buffer: page.step === 0 ? firstSecret : secondSecret
                    minLength: page.passphrase ? Session.minimumPassphraseLength : Session.minimumPinLength
                    busy: Session.busy
                    submitText: page.step === 0 ? qsTr("Next") : qsTr("Create")
                    hint: page.step === 0 ? Session.secretRule(true) : ""
                    prompt: page.step === 1
                            ? (page.passphrase ? qsTr("Enter the same passphrase again") : qsTr("Enter the same PIN again"))
                            : page.passphrase ? qsTr("Choose a passphrase")
                            : qsTr("Choose a PIN of at least %1 digits").arg(Session.minimumPinLength)
                    onSubmitted: page.submitSecret()
                    onRefused: page.localError = qsTr("This passphrase is too long or contains invisible characters. Choose another one.")
                }
                Label {
                    Layout.fillWidth: true
                    visible: !page.passphrase && page.step === 0
                    text: Session.secretRule(false)
                    font.pixelSize: Theme.fonts.caption
                    color: Theme.colors.textMuted
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                SecondaryButton {
                    objectName: "restartPinButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: page.step === 1 && !Session.busy
                    text: page.passphrase ? qsTr("Choose another passphrase") : qsTr("Choose another PIN")
                    onClicked: page.restart()
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Write nothing down: a forgotten PIN or passphrase can only be reset by your supervisor through the national recovery service.")
                    font.pixelSize: Theme.fonts.caption
                    color: Theme.colors.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
