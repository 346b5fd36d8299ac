import QtQuick
import QtQuick.Controls.Material
import QtMultimedia
import Saisie

// The camera view that reads the enrolment QR code: a live preview, a frame to aim with, and one
// line of help. Frames go to a QrScanner (C++, decoded off the GUI thread a few times a second);
// nothing is captured or stored. EnrolmentPage loads this file by URL, so a device without Qt
// Multimedia's QML module still offers import and typing.
// No "pragma ComponentBehavior: Bound": the Loader below builds its sourceComponent in a child
// context, which a bound component refuses on Qt 6.4.
Rectangle {
    id: page

    /// Scanning runs only while true (EnrolmentPage sets it when its popup opens); off by default
    /// so that loading the file alone (self-test) never starts a camera.
    property bool active: false

    /// A QR code was read.
    signal found(string text)
    signal closeRequested()

    color: "black"

    // The pipeline exists only while scanning: Qt 6.4's GStreamer backend deadlocks when a
    // CaptureSession whose camera never started is destroyed (see photos/CameraPage.qml).
    Loader {
        id: pipeline
        anchors.fill: parent
        active: page.active && Sync.cameraAvailable
        sourceComponent: Item {
            readonly property alias camera: liveCamera

            CaptureSession {
                camera: Camera {
                    id: liveCamera
                    active: true
                }
                videoOutput: preview
            }
            VideoOutput {
                id: preview
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectCrop
            }
            QrScanner {
                objectName: "qrScanner"
                videoSink: preview.videoSink
                active: page.active
                onFound: (text) => page.found(text)
            }
        }
    }
    readonly property string cameraError: pipeline.item && pipeline.item.camera.error !== Camera.NoError
                                          ? pipeline.item.camera.errorString : ""

    // Aiming frame: a square in the middle, the size of a QR code held at arm's length.
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height) * 0.6
        height: width
        color: "transparent"
        border.color: "white"
        border.width: 4
        radius: Theme.sizes.radius
        visible: page.cameraError.length === 0
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing.l
        visible: page.cameraError.length > 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: "white"
        font.pixelSize: Theme.fonts.bodyLarge
        text: qsTr("The camera cannot be used: %1").arg(page.cameraError)
    }

    Button {
        objectName: "closeScanner"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.spacing.s
        height: Theme.sizes.touchTarget
        text: qsTr("Cancel")
        font.pixelSize: Theme.fonts.bodyLarge
        onClicked: page.closeRequested()
    }

    Label {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacing.l
        width: Math.min(parent.width - 2 * Theme.spacing.m, Theme.sizes.contentMaxWidth)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: "white"
        font.pixelSize: Theme.fonts.bodyLarge
        style: Text.Outline
        styleColor: "black"
        text: qsTr("Point the camera at the QR code on the administrator's screen. It is read as soon as it is sharp.")
    }
}
