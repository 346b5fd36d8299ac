import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtMultimedia
import Saisie

// The in-app camera: a live view, a big shutter, and what the next shots show. Frames go to
// PhotoController.capture(), which takes them into memory and straight into the encrypted store:
// no file is written and nothing reaches the device's gallery. PhotosPanel loads this page
// through a Loader, so a device without Qt Multimedia's QML module still runs with import only.
Rectangle {
    id: page

    /// Where the shots go (PhotoController). The camera only runs while one is set and has a camera.
    property PhotoController controller
    /// attachment_kind code of the next shots.
    property string kind: controller ? controller.defaultKind : "GOODS"
    /// Shown on screen; the page's Loader turns it off when hidden.
    property bool active: true
    /// Photos stored since the page opened.
    property int shots: 0

    signal closeRequested()

    readonly property bool running: active && controller !== null && controller.cameraAvailable

    color: "black"

    // Counted when the store has the photo, not when the shutter is pressed.
    Connections {
        target: page.controller
        function onAttachmentsChanged() { page.shots += 1 }
    }

    // No "pragma ComponentBehavior: Bound" in this file: Qt 6.4's Loader instantiates its
    // sourceComponent in a new child context, which a bound component refuses ("Component is not
    // ready", the same failure the list's footer had).
    // The capture pipeline exists only while a camera runs: Qt 6.4's GStreamer backend deadlocks
    // when a CaptureSession whose camera never started is destroyed (seen on a machine without one).
    Loader {
        id: pipeline
        anchors.fill: parent
        active: page.running
        sourceComponent: Item {
            readonly property alias imageCapture: shotCapture
            readonly property alias camera: liveCamera

            CaptureSession {
                camera: Camera {
                    id: liveCamera
                    active: true
                }
                imageCapture: ImageCapture {
                    id: shotCapture
                }
                videoOutput: preview
            }
            VideoOutput {
                id: preview
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectFit
            }
        }
    }
    readonly property var imageCapture: pipeline.item ? pipeline.item.imageCapture : null
    readonly property string cameraError: pipeline.item && pipeline.item.camera.error !== Camera.NoError
                                          ? pipeline.item.camera.errorString : ""

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing.l
        visible: !page.running || page.cameraError.length > 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: "white"
        font.pixelSize: Theme.fonts.bodyLarge
        text: page.cameraError.length > 0 ? qsTr("The camera cannot be used: %1").arg(page.cameraError)
              : qsTr("No camera on this device. Close this page and import a file instead.")
    }

    // Top bar: close, and how many shots went into the record.
    RowLayout {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing.s
        spacing: Theme.spacing.s

        Button {
            objectName: "closeCamera"
            Layout.preferredHeight: Theme.sizes.touchTarget
            text: qsTr("Done")
            font.pixelSize: Theme.fonts.bodyLarge
            onClicked: page.closeRequested()
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: qsTr("Photos added: %1").arg(page.shots)
            color: "white"
            font.pixelSize: Theme.fonts.body
            elide: Text.ElideLeft
        }
    }

    // Bottom: what the next shots show, the shutter, and the last error.
    ColumnLayout {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacing.l
        width: Math.min(parent.width - 2 * Theme.spacing.m, Theme.sizes.contentMaxWidth)
        spacing: Theme.spacing.m

        InlineMessage {
            Layout.fillWidth: true
            text: page.controller ? page.controller.errorString : ""
        }
        ComboBox {
            id: kindBox
            objectName: "cameraKind"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.sizes.button
            model: page.controller ? page.controller.kinds : []
            textRole: "label"
            valueRole: "code"
            font.pixelSize: Theme.fonts.body
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(page.kind))
            onActivated: page.kind = currentValue
        }
        RoundButton {
            id: shutter
            objectName: "shutter"
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 88
            implicitHeight: 88
            enabled: page.running && page.imageCapture !== null && page.imageCapture.readyForCapture
                     && !page.controller.busy
            Accessible.name: qsTr("Take photo")
            onClicked: page.controller.capture(page.imageCapture, page.kind, "")
            background: Rectangle {
                radius: width / 2
                color: shutter.down ? Theme.colors.surfaceVariant : "white"
                opacity: shutter.enabled ? 1 : 0.4
                border.color: Theme.colors.primary
                border.width: 6
            }
        }
    }
}
