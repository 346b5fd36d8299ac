pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Templates as T
import Saisie

// The photos and files of a record, for the capture pages: a thumbnail grid with kind and
// caption, "Take photo" (when the device has a camera) and "Import file". Tap a photo to see it
// full screen; its details can be corrected while it belongs to the draft. Everything goes
// straight into the encrypted store (PhotoController); nothing is written anywhere else.
//
// Usage on a page:
//   PhotosPanel {
//       session: Session
//       seizureId: editor.uuid
//       ensureStored: function() { return editor.ensureStored() }
//       onAttachmentsChanged: editor.reloadAttachments()
//   }
ColumnLayout {
    id: panel

    /// The SessionController (the `Session` singleton on pages).
    property var session: null
    /// The record (uuid); it may not be stored yet.
    property string seizureId
    /// function() returning the record's uuid once it is stored (empty on failure). Called before
    /// anything is added, since attachments need a stored record.
    property var ensureStored: null
    /// Language of the kind labels ("en", "fr"); empty follows the locale.
    property string language
    readonly property alias controller: ctl
    readonly property int count: ctl.model.count

    /// A file was added, changed or removed.
    signal attachmentsChanged()

    // The uuid ensureStored() returned, when it differs from seizureId.
    property string storedId
    property string localError
    // Bumped on every change, so the viewer re-reads the row it shows.
    property int revision: 0
    onSeizureIdChanged: storedId = ""

    /// Makes sure the record exists before a file is attached; false (with a message) if not.
    function ensureRecord() {
        localError = ""
        if (typeof ensureStored === "function") {
            const id = ensureStored()
            if (!id) {
                localError = qsTr("The record could not be saved, so nothing can be attached yet.")
                return false
            }
            if (id !== seizureId)
                storedId = id
        }
        ctl.refresh()
        return ctl.seizureId.length > 0
    }
    function importUrls(urls) {
        if (!ensureRecord())
            return
        for (let i = 0; i < urls.length; ++i)
            ctl.importFile(urls[i], kindBox.currentValue, "")
    }
    function openViewer(id) {
        viewer.attachmentId = id
        viewerPopup.open()
    }
    function closeAll() {
        viewerPopup.close()
        cameraPopup.close()
        detailsDialog.close()
        fileDialog.close()
    }

    spacing: Theme.spacing.s

    PhotoController {
        id: ctl
        session: panel.session
        seizureId: panel.storedId.length > 0 ? panel.storedId : panel.seizureId
        language: panel.language
        onAttachmentsChanged: {
            panel.revision += 1
            panel.attachmentsChanged()
        }
    }

    // Nothing decrypted stays on screen once the profile locks.
    Connections {
        target: panel.session
        ignoreUnknownSignals: true
        function onLockedChanged() {
            if (panel.session.locked)
                panel.closeAll()
        }
    }

    // Title and actions; they wrap under each other on a phone and with long French labels.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing.s

        Label {
            height: Theme.sizes.button
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Photos and files (%1)").arg(ctl.model.count)
            font.pixelSize: Theme.fonts.title
            font.bold: true
            color: Theme.colors.text
        }
        ComboBox {
            id: kindBox
            objectName: "newKind"
            width: Math.min(260, panel.width)
            height: Theme.sizes.button
            model: ctl.kinds
            textRole: "label"
            valueRole: "code"
            font.pixelSize: Theme.fonts.body
            enabled: ctl.canAdd
            Accessible.name: qsTr("What new photos show")
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(ctl.defaultKind))
        }
        PrimaryButton {
            objectName: "takePhoto"
            visible: ctl.cameraAvailable
            enabled: ctl.canAdd && !ctl.busy
            text: qsTr("Take photo")
            onClicked: {
                if (panel.ensureRecord())
                    cameraPopup.open()
            }
        }
        SecondaryButton {
            objectName: "importFile"
            enabled: ctl.canAdd && !ctl.busy
            text: qsTr("Import file")
            onClicked: fileDialog.open()
        }
    }

    InlineMessage {
        objectName: "photoError"
        Layout.fillWidth: true
        text: panel.localError.length > 0 ? panel.localError : ctl.errorString
    }
    InlineMessage {
        Layout.fillWidth: true
        kind: InlineMessage.Info
        text: !ctl.canAdd && ctl.model.count > 0
              ? qsTr("This record is finalized: its photos are evidence and cannot change.") : ""
    }

    EmptyState {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing.m
        Layout.bottomMargin: Theme.spacing.m
        visible: ctl.model.count === 0
        title: qsTr("No photos yet")
        text: ctl.cameraAvailable
              ? qsTr("Take photos of the goods, the concealment and the scene, or import files. They are encrypted on this tablet and the originals are kept untouched.")
              : qsTr("Import photos or documents. They are encrypted on this tablet and the originals are kept untouched.")
    }

    GridView {
        id: grid
        objectName: "photoGrid"
        Layout.fillWidth: true
        // The page scrolls; the grid is as tall as its rows.
        Layout.preferredHeight: contentHeight
        visible: count > 0
        interactive: false
        model: ctl.model
        readonly property int columns: Math.max(2, Math.floor(width / 170))
        cellWidth: Math.floor(width / columns)
        cellHeight: cellWidth + Theme.fonts.caption + 3 * Theme.spacing.xs

        delegate: PhotoDelegate {
            // Roles by name through `model`: one of them is called "id", which QML reserves.
            required property var model

            width: grid.cellWidth
            height: grid.cellHeight
            thumbnailUrl: model.thumbnailUrl
            kindLabel: model.kindLabel
            cenShareable: model.cenShareable
            caption: model.caption
            mimeType: model.mimeType
            onClicked: panel.openViewer(model.id)
            onPressAndHold: if (model.editable) detailsDialog.openFor(model.id, model.kind, model.caption)
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Attach files to the record")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)"),
                      qsTr("PDF documents (*.pdf)"), qsTr("All files (*)")]
        onAccepted: panel.importUrls(selectedFiles)
    }

    PhotoDetailsDialog {
        id: detailsDialog
        parent: T.Overlay.overlay
        kinds: ctl.kinds
        onSaveRequested: (id, kind, caption) => ctl.setDetails(id, kind, caption)
        onRemoveRequested: (id) => {
            if (ctl.remove(id))
                viewerPopup.close()
        }
    }

    Popup {
        id: viewerPopup
        parent: T.Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        closePolicy: Popup.CloseOnEscape

        PhotoViewer {
            id: viewer
            property string attachmentId
            // Re-read when the list changes (details edited, row gone after a lock).
            readonly property var row: panel.revision >= 0 && ctl.model.count >= 0 && viewerPopup.visible
                                      ? ctl.details(attachmentId) : ({})
            anchors.fill: parent
            source: viewerPopup.visible && row.imageUrl !== undefined ? row.imageUrl : ""
            kindLabel: row.kindLabel !== undefined ? row.kindLabel : ""
            caption: row.caption !== undefined ? row.caption : ""
            capturedAt: row.capturedAt !== undefined ? row.capturedAt : ""
            size: row.size !== undefined ? row.size : 0
            sha256: row.sha256 !== undefined ? row.sha256 : ""
            mimeType: row.mimeType !== undefined ? row.mimeType : ""
            editable: row.editable === true
            onCloseRequested: viewerPopup.close()
            onEditRequested: detailsDialog.openFor(attachmentId, row.kind, row.caption)
        }
    }

    Popup {
        id: cameraPopup
        parent: T.Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        closePolicy: Popup.CloseOnEscape

        // Loaded only while open (the camera runs only then), and by URL, so a device without
        // Qt Multimedia's QML module gets a message here instead of a broken panel.
        onOpened: cameraLoader.setSource(Qt.resolvedUrl("CameraPage.qml"), {controller: ctl, kind: kindBox.currentValue})
        onClosed: cameraLoader.source = ""

        Loader {
            id: cameraLoader
            anchors.fill: parent
        }
        Connections {
            target: cameraLoader.item
            ignoreUnknownSignals: true
            function onCloseRequested() { cameraPopup.close() }
        }
        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing.l
            visible: cameraLoader.status === Loader.Error
            spacing: Theme.spacing.m

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fonts.bodyLarge
                text: qsTr("The camera cannot be used on this device. Import a file instead.")
            }
            SecondaryButton {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Close")
                onClicked: cameraPopup.close()
            }
        }
    }
}
