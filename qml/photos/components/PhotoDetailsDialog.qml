pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// Corrects what a photo shows and its caption, or removes a wrong shot. Only photos added to the
// current draft come here: those of a finalized version are evidence and never change.
Dialog {
    id: dialog

    /// [{code, label, cenShareable}] (PhotoController.kinds).
    property var kinds: []
    property string attachmentId
    property string kind
    property string caption

    signal saveRequested(string attachmentId, string kind, string caption)
    signal removeRequested(string attachmentId)

    /// Opens the dialog for one photo.
    function openFor(id, currentKind, currentCaption) {
        attachmentId = id
        kind = currentKind
        caption = currentCaption
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(currentKind))
        captionField.text = currentCaption
        confirmRemove = false
        open()
    }

    property bool confirmRemove: false

    modal: true
    title: qsTr("Photo details")
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing.m : 480, Theme.sizes.contentMaxWidth)
    padding: Theme.spacing.m

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing.s

        Label {
            Layout.fillWidth: true
            text: qsTr("What the photo shows")
            font.pixelSize: Theme.fonts.body
            color: Theme.colors.textMuted
            wrapMode: Text.Wrap
        }
        ComboBox {
            id: kindBox
            objectName: "kindBox"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.sizes.button
            model: dialog.kinds
            textRole: "label"
            valueRole: "code"
            font.pixelSize: Theme.fonts.body
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Caption")
            font.pixelSize: Theme.fonts.body
            color: Theme.colors.textMuted
        }
        TextArea {
            id: captionField
            objectName: "captionField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.sizes.button
            placeholderText: qsTr("Where, what, which item (optional)")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fonts.body
        }
        InlineMessage {
            Layout.fillWidth: true
            kind: InlineMessage.Warning
            text: dialog.confirmRemove
                  ? qsTr("Remove this photo from the record? Its encrypted file is deleted; the audit trail keeps its hash.")
                  : ""
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing.s
            layoutDirection: Qt.RightToLeft

            PrimaryButton {
                objectName: "saveButton"
                visible: !dialog.confirmRemove
                text: qsTr("Save")
                onClicked: {
                    dialog.saveRequested(dialog.attachmentId, kindBox.currentValue, captionField.text)
                    dialog.close()
                }
            }
            SecondaryButton {
                text: qsTr("Cancel")
                onClicked: dialog.confirmRemove ? dialog.confirmRemove = false : dialog.close()
            }
            SecondaryButton {
                objectName: "removeButton"
                text: dialog.confirmRemove ? qsTr("Remove photo") : qsTr("Remove…")
                Material.foreground: Theme.colors.danger
                onClicked: {
                    if (!dialog.confirmRemove) {
                        dialog.confirmRemove = true
                        return
                    }
                    dialog.removeRequested(dialog.attachmentId)
                    dialog.close()
                }
            }
        }
    }
}
