#pragma once
// The photos and files of one record, as a thumbnail grid shows them. Rows are keyed by attachment
// id, so a caption edit is one dataChanged and a new photo one rowsInserted. Image URLs point at
// PhotoImageProvider, which decrypts into memory only.
#include "common/keyedlistmodel.h"
#include "model/seizure.h"

#include <QUuid>
#include <QtQml/qqmlregistration.h>

namespace saisie::gui {

/// One row: the stored metadata plus what the UI may do with it.
struct AttachmentRow
{
    model::AttachmentInfo info;
    QUuid seizure;
    bool editable = false;     // added in the current draft: details can change
    bool hasThumbnail = false; // an encrypted thumbnail exists
    friend bool operator==(const AttachmentRow &, const AttachmentRow &) = default;
};

class AttachmentListModel : public KeyedListModel<AttachmentRow, QUuid>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PhotoController; use its model property.")
    /// Number of rows.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        KindRole,
        KindLabelRole,
        CaptionRole,
        Sha256Role,
        SizeRole,
        MimeTypeRole,
        CapturedAtRole,
        CenShareableRole,
        IsImageRole,
        HasThumbnailRole,
        EditableRole,
        ThumbnailUrlRole,
        ImageUrlRole,
    };
    Q_ENUM(Roles)

    explicit AttachmentListModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows with a fresh listing (fine-grained signals).
    void setRows(const QList<AttachmentRow> &rows);
    /// Empties the list (on lock, or for another record).
    void clear() { setRows({}); }
    /// Language of kind labels ("en", "fr").
    void setLanguage(const QString &language);
    /// The row of this attachment id, or -1.
    int indexOfId(const QUuid &id) const { return indexOfKey(id); }

    /// image://saisie-photo/<part>/<seizure>/<attachment>
    static QString imageUrl(const QString &part, const QUuid &seizure, const QUuid &attachment);

Q_SIGNALS:
    void countChanged();

private:
    QString m_language;
};

} // namespace saisie::gui
