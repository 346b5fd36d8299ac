pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// The few settings an officer needs in the field: their own details, sync, locking, display, language,
// and what this device can and cannot protect.
Page {
    id: page

    /// The officer is done here.
    signal closed()
    /// The officer opened the sync details (enrolment page).
    signal syncRequested()

    function isPreset(seconds) {
        return seconds === 60 || seconds === 120 || seconds === 300 || seconds === 600
    }

    header: PageHeader {
        title: qsTr("Settings")
        showBack: true
        onBackClicked: page.closed()
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacing.l
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing.m, (parent.width - width) / 2)
            y: Theme.spacing.l
            width: Math.min(parent.width - 2 * Theme.spacing.m, Theme.sizes.contentMaxWidth)
            spacing: Theme.spacing.m

            OfficerSection {
                objectName: "officerSection"
                Layout.fillWidth: true
            }

            SyncSection {
                objectName: "syncSection"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing.l
                onSyncRequested: page.syncRequested()
            }

            Label {
                Layout.topMargin: Theme.spacing.l
                text: qsTr("Security")
                font.pixelSize: Theme.fonts.title
                font.bold: true
                color: Theme.colors.text
            }

            PrimaryButton {
                objectName: "lockNowButton"
                Layout.fillWidth: true
                text: qsTr("Lock now")
                onClicked: Session.lock()
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing.s
                text: qsTr("Lock automatically after this long without a touch. The app also locks as soon as it leaves the screen.")
                font.pixelSize: Theme.fonts.body
                color: Theme.colors.textMuted
                wrapMode: Text.Wrap
            }

            ComboBox {
                id: timeoutBox
                objectName: "idleTimeoutBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.button
                font.pixelSize: Theme.fonts.bodyLarge
                textRole: "label"
                valueRole: "seconds"
                model: [
                    { label: qsTr("1 minute"), seconds: 60 },
                    { label: qsTr("2 minutes"), seconds: 120 },
                    { label: qsTr("5 minutes"), seconds: 300 },
                    { label: qsTr("10 minutes"), seconds: 600 }
                ]
                // A binding rather than a one-off assignment: switching the language rebuilds the
                // model, and the selection must follow the setting, not fall back to the first row.
                currentIndex: {
                    const index = [60, 120, 300, 600].indexOf(AutoLock.timeoutSeconds)
                    return index >= 0 ? index : 2
                }
                onActivated: AutoLock.timeoutSeconds = currentValue
            }
            Label {
                Layout.fillWidth: true
                visible: !page.isPreset(AutoLock.timeoutSeconds)
                text: qsTr("Currently %1 seconds, set when the app was started.").arg(AutoLock.timeoutSeconds)
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.textMuted
                wrapMode: Text.Wrap
            }

            Label {
                Layout.topMargin: Theme.spacing.l
                text: qsTr("Display")
                font.pixelSize: Theme.fonts.title
                font.bold: true
                color: Theme.colors.text
            }

            SettingSwitch {
                objectName: "sunlightSwitch"
                Layout.fillWidth: true
                text: qsTr("Sunlight mode (high contrast)")
                checked: Theme.sunlight
                onToggled: Theme.sunlight = checked
            }

            Label {
                Layout.topMargin: Theme.spacing.l
                text: qsTr("Language")
                font.pixelSize: Theme.fonts.title
                font.bold: true
                color: Theme.colors.text
            }

            // Language names stay in their own language, so an officer can always find theirs.
            ComboBox {
                objectName: "languageBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.sizes.button
                font.pixelSize: Theme.fonts.bodyLarge
                textRole: "label"
                valueRole: "code"
                model: Language.available.map(code => ({ code: code, label: Language.nativeName(code) }))
                currentIndex: Language.available.indexOf(Language.language)
                Accessible.name: qsTr("Language")
                onActivated: Language.language = currentValue
            }

            Label {
                Layout.topMargin: Theme.spacing.l
                text: qsTr("This device")
                font.pixelSize: Theme.fonts.title
                font.bold: true
                color: Theme.colors.text
            }

            Repeater {
                model: [
                    { title: qsTr("Hardware key store"),
                      value: Capabilities.keyStoreAvailable ? qsTr("Used as a second lock on your key.")
                                                            : qsTr("Not available: your PIN alone protects your key.") },
                    { title: qsTr("Screenshots and app switcher"),
                      value: Capabilities.secureWindowSupported ? qsTr("Screen contents are hidden.")
                                                                : qsTr("Not hidden on this device: lock the app before handing it over.") },
                    { title: qsTr("Position source"), value: Capabilities.positionDescription },
                    { title: qsTr("Data folder"), value: Capabilities.dataRoot }
                ]
                delegate: ColumnLayout {
                    id: info
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: info.modelData.title
                        font.pixelSize: Theme.fonts.body
                        font.bold: true
                        color: Theme.colors.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: info.modelData.value
                        font.pixelSize: Theme.fonts.body
                        color: Theme.colors.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
