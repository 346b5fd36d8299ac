// What an officer may still do to the attachments of a draft: list them, correct their kind and
// caption, remove a wrong shot. Attachments of a signed version are part of the signed evidence;
// the schema's triggers refuse any change to them, and these functions refuse first with a sentence.
#include "store/attachments.h"

#include "codelists/codelists.h"

#include <QJsonArray>

namespace saisie::store {

namespace {
QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const codelists::CodeList *kindList()
{
    return codelists::CodeLists::bundled().list(u"attachment_kind");
}

bool kindShareable(const QString &kind)
{
    const auto *list = kindList();
    const auto *entry = list ? list->find(kind) : nullptr;
    return entry && entry->extra.value(QLatin1String("cen_shareable")).toBool(false);
}

/// The latest version of a record and whether it is signed; "not_found" when there is none.
Expected<std::pair<int, bool>> latestVersion(vault::Database &db, const QString &seizure)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT version, signature IS NOT NULL FROM seizures WHERE uuid = ? ORDER BY version DESC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, seizure);
    if (!stmt->step())
        return stmt->failed() ? stmt->error()
                              : makeError(QStringLiteral("not_found"),
                                          QStringLiteral("No seizure %1 in this vault.").arg(seizure));
    return std::pair<int, bool>(int(stmt->int64(0)), stmt->int64(1) != 0);
}

/// An attachment row that may still change.
struct DraftRow
{
    int version = 0;
    QString kind;
    QString caption;
    bool cenShareable = false;
    QString blobFile;
    QString thumbFile;
    QString sha256;
};

/// The attachment's row if it may still change: it exists on this record and was added in the
/// current, unsigned draft.
Expected<DraftRow> draftRow(vault::Database &db, const QUuid &seizure, const QUuid &attachment)
{
    auto latest = latestVersion(db, text(seizure));
    if (!latest)
        return latest.error();
    auto stmt = db.prepare(QStringLiteral("SELECT added_in_version, kind, caption, cen_shareable, blob_file, "
                                          "thumb_file, sha256 FROM attachments WHERE id = ? AND uuid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, text(attachment)).bind(2, text(seizure));
    if (!stmt->step())
        return stmt->failed() ? stmt->error()
                              : makeError(QStringLiteral("not_found"),
                                          QStringLiteral("No such attachment on this seizure."));
    DraftRow row{int(stmt->int64(0)), stmt->text(1), stmt->text(2), !stmt->isNull(3) && stmt->int64(3) != 0,
                 stmt->text(4),       stmt->text(5), stmt->text(6)};
    if (latest->second || row.version != latest->first)
        return makeError(QStringLiteral("signed"),
                         QStringLiteral("This attachment belongs to a finalized version and cannot change; "
                                        "amend the seizure and add a new file instead."));
    return row;
}
} // namespace

Expected<AttachmentListing> Attachments::listLatest(const QUuid &seizure)
{
    auto latest = latestVersion(m_db, text(seizure));
    if (!latest)
        return latest.error();
    AttachmentListing listing;
    listing.version = latest->first;
    listing.draft = !latest->second;
    auto items = loadAttachmentInfos(m_db, seizure, listing.version);
    if (!items)
        return items.error();
    listing.items = *items;
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT id, added_in_version, thumb_file IS NOT NULL FROM attachments "
                                    "WHERE uuid = ? AND added_in_version <= ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, text(seizure)).bind(2, listing.version);
    while (stmt->step()) {
        const QUuid id = QUuid::fromString(stmt->text(0));
        if (listing.draft && stmt->int64(1) == listing.version)
            listing.editable.insert(id);
        if (stmt->int64(2) != 0)
            listing.thumbnailed.insert(id);
    }
    if (stmt->failed())
        return stmt->error();
    return listing;
}

Expected<model::AttachmentInfo> Attachments::updateDetails(const QUuid &seizure, const QUuid &attachment,
                                                           const QString &kind, const QString &caption)
{
    const auto *kinds = kindList();
    if (!kinds || !kinds->contains(kind))
        return makeError(
            QStringLiteral("kind"),
            QStringLiteral("Unknown attachment kind \"%1\"; see the attachment_kind code list.").arg(kind));
    if (caption.size() > 4000)
        return makeError(QStringLiteral("caption"),
                         QStringLiteral("The caption must have at most 4000 characters."));

    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto row = draftRow(m_db, seizure, attachment);
    if (!row)
        return row.error();
    // An empty caption is stored as NULL, as add() does: "no caption" has one representation.
    const QString storedCaption = caption.isEmpty() ? QString() : caption;
    QJsonArray changed;
    if (row->kind != kind)
        changed << QStringLiteral("kind");
    if (row->caption != storedCaption)
        changed << QStringLiteral("caption");
    if (!changed.isEmpty()) {
        const bool shareable = row->kind != kind ? kindShareable(kind) : row->cenShareable;
        auto update = m_db.prepare(QStringLiteral(
            "UPDATE attachments SET kind = ?, caption = ?, cen_shareable = ? WHERE id = ? AND uuid = ?"));
        if (!update)
            return update.error();
        update->bind(1, kind).bind(2, storedCaption).bind(3, qint64(shareable ? 1 : 0));
        update->bind(4, text(attachment)).bind(5, text(seizure));
        Status s = update->exec();
        // The kind is a code-list value, not record content; the caption text never enters the trail.
        if (s)
            s = m_audit.append(audit::AttachmentEdit, text(seizure), row->version,
                               {{QStringLiteral("attachment"), text(attachment)},
                                {QStringLiteral("changed"), changed},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("cenShareable"), shareable}});
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
    }
    auto items = loadAttachmentInfos(m_db, seizure, row->version);
    if (!items)
        return items.error();
    for (const auto &info : *items)
        if (info.id == attachment)
            return info;
    return makeError(QStringLiteral("not_found"), QStringLiteral("No such attachment on this seizure."));
}

Status Attachments::removeFromDraft(const QUuid &seizure, const QUuid &attachment)
{
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row = draftRow(m_db, seizure, attachment);
    if (!row)
        return row.error();
    auto del = m_db.prepare(QStringLiteral("DELETE FROM attachments WHERE id = ? AND uuid = ?"));
    if (!del)
        return del.error();
    del->bind(1, text(attachment)).bind(2, text(seizure));
    if (Status s = del->exec(); !s)
        return s;
    if (Status s = m_audit.append(
            audit::Detach, text(seizure), row->version,
            {{QStringLiteral("attachment"), text(attachment)}, {QStringLiteral("sha256"), row->sha256}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    // After the commit, as discardDraft does: a crash before this leaves orphans for quarantine.
    (void)m_blobs.remove(row->blobFile);
    if (!row->thumbFile.isEmpty())
        (void)m_blobs.remove(row->thumbFile);
    return success();
}

} // namespace saisie::store
