#pragma once
// Photos and documents of a seizure. The write order follows SECURITY.md D2: the encrypted file
// (and its thumbnail) is written, fsynced and renamed into place before the row that references
// it commits; a crash in between leaves an orphan that the next open quarantines.
#include "common/expected.h"
#include "model/seizure.h"
#include "store/auditlog.h"
#include "vault/blobstore.h"
#include "vault/database.h"

#include <QIODevice>
#include <QSet>
#include <QStringList>
#include <functional>

namespace saisie::store {

struct AttachRequest
{
    QUuid seizure;
    QString kind; // attachment_kind code
    QString caption;
    std::optional<bool> cenShareable; // default: the kind's cen_shareable flag
    QString capturedAt;               // ISO 8601 with offset; default now
};

/// The attachments of a record's latest version, as an editor shows them.
struct AttachmentListing
{
    int version = 0;    // the latest version of the record
    bool draft = false; // that version is unsigned: files can be added to it
    QList<model::AttachmentInfo> items;
    QSet<QUuid> editable;    // added in the current draft: details can change, can be removed
    QSet<QUuid> thumbnailed; // have an encrypted thumbnail
};

class Attachments
{
public:
    using Clock = std::function<QString()>;
    static constexpr int kThumbnailEdge = 320;

    Attachments(vault::Database &db, vault::BlobStore &blobs, AuditLog &audit, Clock clock);

    /// Adds a file to the current draft of a seizure; the bytes are kept exactly as read.
    Expected<model::AttachmentInfo> add(const AttachRequest &request, QIODevice &source);
    Expected<model::AttachmentInfo> addFile(const AttachRequest &request, const QString &path);
    /// Decrypts the original into `sink` and checks it against the hash recorded at capture.
    Status readOriginal(const QUuid &seizure, const QUuid &attachment, QIODevice &sink);
    /// The JPEG thumbnail made at capture (empty for files that are not images).
    Expected<QByteArray> thumbnail(const QUuid &seizure, const QUuid &attachment);

    /// The attachments of the record's latest version (attachmentedits.cpp).
    Expected<AttachmentListing> listLatest(const QUuid &seizure);
    /// Changes the kind and caption of an attachment added in the current draft version (those of
    /// a signed version are evidence and never change). A new kind also resets cenShareable to
    /// that kind's flag, so re-labelling a photo as a person or a document withdraws it from CEN.
    /// Leaves an "attachment_edit" audit event naming the fields that changed (never the caption).
    /// Returns the attachment as stored; no change, no event.
    Expected<model::AttachmentInfo> updateDetails(const QUuid &seizure, const QUuid &attachment,
                                                  const QString &kind, const QString &caption);
    /// Removes an attachment added in the current draft version (a wrong shot), with a "detach"
    /// audit event carrying its hash; the encrypted files are deleted after the commit.
    Status removeFromDraft(const QUuid &seizure, const QUuid &attachment);

    /// Moves files no row references into quarantine; returns one line per file moved.
    QStringList quarantineOrphans();
    /// Referenced files that are missing, or (with decrypt) fail authentication or their hash.
    QStringList checkReferenced(bool decrypt);

private:
    vault::Database &m_db;
    vault::BlobStore &m_blobs;
    AuditLog &m_audit;
    Clock m_clock;
};

/// Attachments visible in a given version of a record (those added up to that version).
Expected<QList<model::AttachmentInfo>> loadAttachmentInfos(vault::Database &db, const QUuid &seizure,
                                                           int version);

} // namespace saisie::store
