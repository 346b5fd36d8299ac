pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import Saisie

// The window and the navigation between pages. Pages only emit signals; this file decides where
// they lead. Locking always returns to the PIN, whatever was on screen.
ApplicationWindow {
    id: window

    /// Page to open first (tooling and tests): "", "profiles", "create", "unlock", "list", "settings",
    /// "quick", "record", "enrolment".
    property string startPage
    /// Record the "quick" and "record" pages open (empty: a new one), and the step "record" shows.
    property string startRecord
    property int startStep: 0
    /// Start in the sunlight palette.
    property bool sunlight: false

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 560
    visible: true
    title: qsTr("Saisie")

    Material.theme: Material.Light
    Material.primary: Theme.colors.primary
    Material.accent: Theme.colors.primary
    Material.background: Theme.colors.background
    Material.foreground: Theme.colors.text
    font.pixelSize: Theme.fonts.body
    color: Theme.colors.background

    function pageFor(name) {
        switch (name) {
        case "create": return createPage
        case "unlock": return unlockPage
        case "list": return listPage
        case "settings": return settingsPage
        case "quick": return quickPage
        case "record": return recordPage
        case "enrolment": return enrolmentPage
        default: return profilesPage
        }
    }

    // Locking replaces everything at once, without a transition: records must not stay on
    // screen (or in a task-switcher thumbnail) for the length of an animation.
    function showLockedStart() {
        stack.replace(null, Session.profileId.length > 0 ? unlockPage : profilesPage, {}, StackView.Immediate)
    }

    Component.onCompleted: {
        Theme.sunlight = sunlight
        Theme.textScale = Capabilities.textScale
        if (startPage.length > 0)
            stack.replace(null, pageFor(startPage),
                          startPage === "record" ? { recordId: startRecord, startStep: startStep }
                          : startPage === "quick" ? { recordId: startRecord } : {},
                          StackView.Immediate)
        else
            showLockedStart()
    }

    Connections {
        target: Session
        function onUnlocked() { stack.replace(null, listPage) }
        function onLockedChanged() {
            if (Session.locked)
                window.showLockedStart()
        }
        function onProfileErased() { stack.replace(null, profilesPage, {}, StackView.Immediate) }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.top
    }

    // Qt's on-screen keyboard, on tablets without a hardware keyboard. Loaded by URL so a
    // machine without the module only loses the panel. Pages shrink above it while it shows.
    Loader {
        id: keyboard
        active: Capabilities.virtualKeyboard
        source: "VirtualKeyboard.qml"
        anchors.left: parent.left
        anchors.right: parent.right
        y: item && item.active ? window.height - item.height : window.height
        height: item && item.active ? item.height : 0
    }

    Component {
        id: profilesPage
        ProfilesPage {
            onProfileChosen: (vaultId) => {
                if (Session.selectProfile(vaultId))
                    stack.push(unlockPage)
            }
            onCreateRequested: stack.push(createPage)
        }
    }

    Component {
        id: createPage
        CreateProfilePage {
            onCancelled: {
                if (stack.depth > 1)
                    stack.pop()
                else
                    stack.replace(null, profilesPage)
            }
        }
    }

    Component {
        id: unlockPage
        UnlockPage {
            onSwitchProfileRequested: stack.replace(null, profilesPage)
        }
    }

    Component {
        id: listPage
        SeizureListPage {
            onSettingsRequested: stack.push(settingsPage)
            onEnrolmentRequested: stack.push(enrolmentPage)
            onNewSeizureRequested: (quick) => stack.push(quick ? quickPage : recordPage)
            onSeizureOpened: (uuid) => stack.push(recordPage, { recordId: uuid })
        }
    }

    // Leaving a capture page returns to the list (also when it was opened first, by tooling).
    function backToList() {
        if (stack.depth > 1)
            stack.pop()
        else
            stack.replace(null, listPage)
    }

    Component {
        id: quickPage
        QuickCapturePage {
            onClosed: window.backToList()
            onFullFormRequested: (recordId) => stack.replace(recordPage, { recordId: recordId })
        }
    }

    Component {
        id: recordPage
        SeizurePage {
            onClosed: window.backToList()
        }
    }

    Component {
        id: settingsPage
        SettingsPage {
            onClosed: window.backToList()
            onSyncRequested: stack.push(enrolmentPage)
        }
    }

    Component {
        id: enrolmentPage
        EnrolmentPage {
            onClosed: window.backToList()
        }
    }
}
