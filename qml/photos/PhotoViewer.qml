import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// One photo full screen: pinch or double-tap to zoom, drag to pan. Underneath, what makes it
// evidence: its kind, caption, capture time, size and the SHA-256 of the original bytes, which
// the app never modifies. The image is decrypted into memory and never cached.
Rectangle {
    id: viewer

    /// image://saisie-photo/original/... (empty for files that are not images)
    property string source
    property string kindLabel
    property string caption
    property string capturedAt
    property real size: 0
    property string sha256
    property string mimeType
    /// Details can still change (the photo belongs to the current draft).
    property bool editable: false

    signal closeRequested()
    signal editRequested()

    readonly property real maxZoom: 8
    readonly property bool zoomed: flick.contentWidth > flick.width + 1

    /// "2.4 MB", "830 kB", "512 bytes"
    function formatSize(bytes) {
        if (bytes >= 1000 * 1000)
            return qsTr("%1 MB").arg(Number(bytes / 1e6).toLocaleString(Qt.locale(), "f", 1))
        if (bytes >= 1000)
            return qsTr("%1 kB").arg(Math.round(bytes / 1000))
        return qsTr("%1 bytes").arg(bytes)
    }
    function formatTime(iso) {
        const when = new Date(iso)
        return isNaN(when.getTime()) ? iso : when.toLocaleString(Qt.locale(), Locale.ShortFormat)
    }
    /// Back to the whole photo on screen.
    function resetZoom() {
        flick.resizeContent(flick.width, flick.height, Qt.point(0, 0))
        flick.contentX = 0
        flick.contentY = 0
    }

    color: "black"
    onSourceChanged: resetZoom()

    PageHeader {
        id: bar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: viewer.kindLabel
        subtitle: viewer.capturedAt.length > 0 ? viewer.formatTime(viewer.capturedAt) : ""
        showBack: true
        onBackClicked: viewer.closeRequested()

        HeaderAction {
            objectName: "editAction"
            visible: viewer.editable
            text: qsTr("Edit")
            onClicked: viewer.editRequested()
        }
    }

    Flickable {
        id: flick
        objectName: "zoomArea"
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: info.top
        clip: true
        contentWidth: width
        contentHeight: height
        boundsBehavior: Flickable.StopAtBounds
        onWidthChanged: if (!viewer.zoomed) viewer.resetZoom()
        onHeightChanged: if (!viewer.zoomed) viewer.resetZoom()

        PinchArea {
            width: Math.max(flick.contentWidth, flick.width)
            height: Math.max(flick.contentHeight, flick.height)

            property real startWidth
            property real startHeight

            onPinchStarted: {
                startWidth = flick.contentWidth
                startHeight = flick.contentHeight
            }
            onPinchUpdated: (pinch) => {
                flick.contentX += pinch.previousCenter.x - pinch.center.x
                flick.contentY += pinch.previousCenter.y - pinch.center.y
                const factor = Math.max(flick.width / startWidth,
                                        Math.min(viewer.maxZoom * flick.width / startWidth, pinch.scale))
                flick.resizeContent(startWidth * factor, startHeight * factor, pinch.center)
            }
            onPinchFinished: flick.returnToBounds()

            Image {
                id: photo
                objectName: "photo"
                width: flick.contentWidth
                height: flick.contentHeight
                source: viewer.source
                cache: false
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                smooth: true
                mipmap: true

                TapHandler {
                    onDoubleTapped: (eventPoint) => {
                        if (viewer.zoomed) {
                            viewer.resetZoom()
                        } else {
                            flick.resizeContent(flick.width * 2.5, flick.height * 2.5, eventPoint.position)
                            flick.returnToBounds()
                        }
                    }
                }
            }
        }
    }

    Label {
        anchors.centerIn: flick
        width: flick.width - 2 * Theme.spacing.l
        visible: photo.status !== Image.Ready
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: "white"
        font.pixelSize: Theme.fonts.bodyLarge
        text: viewer.source.length === 0 ? qsTr("This file is not an image; it is kept encrypted with the record.")
              : photo.status === Image.Error ? qsTr("The photo could not be decrypted or shown.")
              : qsTr("Decrypting…")
    }

    Rectangle {
        id: info
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: infoColumn.implicitHeight + 2 * Theme.spacing.m
        color: Theme.colors.surface

        ColumnLayout {
            id: infoColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing.m
            spacing: Theme.spacing.xs

            Label {
                Layout.fillWidth: true
                visible: viewer.caption.length > 0
                text: viewer.caption
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.pixelSize: Theme.fonts.bodyLarge
                color: Theme.colors.text
            }
            Label {
                Layout.fillWidth: true
                text: viewer.formatSize(viewer.size) + (viewer.mimeType.length > 0 ? "  ·  " + viewer.mimeType : "")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fonts.body
                color: Theme.colors.textMuted
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Original kept untouched. SHA-256 recorded at capture:")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.textMuted
            }
            Label {
                objectName: "sha256"
                Layout.fillWidth: true
                text: viewer.sha256
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: Theme.fonts.caption
                color: Theme.colors.text
            }
        }
    }
}
