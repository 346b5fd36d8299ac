import QtQuick
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Templates as T
import Saisie

// Connecting this tablet to the national server (docs/protocol.md §7): the administrator's
// console shows a QR code; the officer scans it with the camera, imports a photo or screenshot of
// it, or, when this build knows the national server, types the code. After success the page shows
// the device key's short fingerprint for the administrator to compare with the console.
// No "pragma ComponentBehavior: Bound": the camera popup uses a Loader (see QrScanPage.qml).
Page {
    id: page

    /// The officer is done here.
    signal closed()

    header: PageHeader {
        title: qsTr("Connect this tablet")
        showBack: true
        onBackClicked: page.closed()
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    function openScanner() {
        Sync.clearEnrolmentError()
        scanPopup.open()
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacing.l
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        Column {
            id: column
            x: Math.max(Theme.spacing.m, (parent.width - width) / 2)
            y: Theme.spacing.l
            width: Math.min(parent.width - 2 * Theme.spacing.m, Theme.sizes.contentMaxWidth)
            spacing: Theme.spacing.m

            // Done: what the administrator needs to check.
            Column {
                width: parent.width
                spacing: Theme.spacing.m
                visible: Sync.enrolled

                Label {
                    objectName: "enrolledText"
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fonts.bodyLarge
                    color: Theme.colors.text
                    text: qsTr("This tablet is connected to %1. Records are sent whenever a profile is unlocked and the network is there.").arg(Sync.serverOrigin)
                }
                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fonts.body
                    color: Theme.colors.textMuted
                    text: qsTr("Device key (the administrator compares it with the console):")
                }
                Label {
                    objectName: "deviceIdShort"
                    width: parent.width
                    font.pixelSize: Theme.fonts.headline
                    font.family: "monospace"
                    font.bold: true
                    color: Theme.colors.text
                    text: Sync.deviceIdShort.replace(/(.{4})(?=.)/g, "$1 ")
                }
                PrimaryButton {
                    objectName: "enrolmentDone"
                    width: parent.width
                    text: qsTr("Done")
                    onClicked: page.closed()
                }
            }

            // Not yet: the three ways in.
            Column {
                width: parent.width
                spacing: Theme.spacing.m
                visible: !Sync.enrolled

                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fonts.bodyLarge
                    color: Theme.colors.text
                    text: qsTr("Ask your administrator for this tablet's enrolment QR code. It is valid once, for a limited time.")
                }

                InlineMessage {
                    objectName: "enrolmentError"
                    width: parent.width
                    text: Sync.enrolmentError
                }

                Row {
                    visible: Sync.enrolling
                    spacing: Theme.spacing.m
                    BusyIndicator {
                        running: Sync.enrolling
                        width: Theme.sizes.touchTarget
                        height: Theme.sizes.touchTarget
                    }
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Connecting to the national server…")
                        font.pixelSize: Theme.fonts.body
                        color: Theme.colors.text
                    }
                }

                PrimaryButton {
                    objectName: "scanQrButton"
                    width: parent.width
                    visible: Sync.cameraAvailable
                    enabled: !Sync.enrolling
                    text: qsTr("Scan the QR code")
                    onClicked: page.openScanner()
                }
                SecondaryButton {
                    objectName: "importQrButton"
                    width: parent.width
                    enabled: !Sync.enrolling
                    text: qsTr("Import a photo of the QR code")
                    onClicked: fileDialog.open()
                }
                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fonts.caption
                    color: Theme.colors.textMuted
                    text: qsTr("A photo or a screenshot of the administrator's screen works, as long as the whole code is sharp.")
                }

                Label {
                    width: parent.width
                    topPadding: Theme.spacing.m
                    wrapMode: Text.Wrap
                    text: qsTr("Or type the code")
                    font.pixelSize: Theme.fonts.title
                    font.bold: true
                    color: Theme.colors.text
                }
                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fonts.body
                    color: Theme.colors.textMuted
                    text: Sync.manualEntryAvailable
                          ? qsTr("Twenty letters and digits, as shown under the QR code, for example 7K3M-Q9XD-2F8R-WT4B-HN6C.")
                          : qsTr("This version of the app does not know the national server's address: scan or import the QR code instead.")
                }
                TextField {
                    id: codeField
                    objectName: "enrolmentCode"
                    width: parent.width
                    height: Theme.sizes.button
                    visible: Sync.manualEntryAvailable
                    enabled: !Sync.enrolling
                    font.pixelSize: Theme.fonts.bodyLarge
                    font.capitalization: Font.AllUppercase
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    placeholderText: "XXXX-XXXX-XXXX-XXXX-XXXX"
                    maximumLength: 40
                    onAccepted: connectButton.clicked()
                }
                PrimaryButton {
                    id: connectButton
                    objectName: "enrolWithCode"
                    width: parent.width
                    visible: Sync.manualEntryAvailable
                    enabled: !Sync.enrolling && codeField.text.trim().length > 0
                    text: qsTr("Connect")
                    onClicked: Sync.enrolWithCode(codeField.text)
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo or screenshot of the QR code")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)"), qsTr("All files (*)")]
        onAccepted: Sync.enrolFromImage(selectedFile)
    }

    Popup {
        id: scanPopup
        parent: T.Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        closePolicy: Popup.CloseOnEscape

        // Loaded only while open (the camera runs only then), and by URL (see QrScanPage.qml).
        onOpened: scanLoader.setSource(Qt.resolvedUrl("QrScanPage.qml"), { active: true })
        onClosed: scanLoader.source = ""

        Loader {
            id: scanLoader
            anchors.fill: parent
        }
        Connections {
            target: scanLoader.item
            ignoreUnknownSignals: true
            function onCloseRequested() { scanPopup.close() }
            function onFound(text) {
                scanPopup.close()
                Sync.enrolFromQrText(text)
            }
        }
        Column {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing.l
            visible: scanLoader.status === Loader.Error
            spacing: Theme.spacing.m

            Label {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fonts.bodyLarge
                text: qsTr("The camera cannot be used on this device. Import a photo of the QR code instead.")
            }
            SecondaryButton {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Close")
                onClicked: scanPopup.close()
            }
        }
    }
}
