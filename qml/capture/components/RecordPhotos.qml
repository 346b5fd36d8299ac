import QtQuick
import Saisie

// The photos of the record being edited. Adding a photo needs a stored record, so the draft is
// saved first; the record re-reads its attachments after each change.
PhotosPanel {
    id: root

    required property SeizureEditor editor

    session: Session
    seizureId: editor.stored ? editor.uuid : ""
    language: Language.language
    ensureStored: function() { return root.editor.ensureStored() }
    onAttachmentsChanged: root.editor.reloadAttachments()
}
