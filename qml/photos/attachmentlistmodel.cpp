#include "attachmentlistmodel.h"

#include "photokinds.h"

#include <QLocale>

namespace saisie::gui {

AttachmentListModel::AttachmentListModel(QObject *parent)
    : KeyedListModel([](const AttachmentRow &row) { return row.info.id; },
                     [](const AttachmentRow &a, const AttachmentRow &b) { return a == b; }, parent)
{
    m_language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    connect(this, &QAbstractItemModel::rowsInserted, this, &AttachmentListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AttachmentListModel::countChanged);
}

QString AttachmentListModel::imageUrl(const QString &part, const QUuid &seizure, const QUuid &attachment)
{
    return QStringLiteral("image://saisie-photo/%1/%2/%3")
        .arg(part, seizure.toString(QUuid::WithoutBraces), attachment.toString(QUuid::WithoutBraces));
}

void AttachmentListModel::setRows(const QList<AttachmentRow> &rows)
{
    replaceRows(rows);
}

void AttachmentListModel::setLanguage(const QString &language)
{
    if (language.isEmpty() || language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {KindLabelRole});
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRow &row = rowAt(index);
    const model::AttachmentInfo &a = row.info;
    switch (role) {
    case IdRole:
        return a.id.toString(QUuid::WithoutBraces);
    case KindRole:
        return a.kind.value_or(QString());
    case KindLabelRole:
        return PhotoKinds::label(a.kind.value_or(QString()), m_language);
    case Qt::DisplayRole:
    case CaptionRole:
        return a.caption.valueOr(QString());
    case Sha256Role:
        return a.sha256;
    case SizeRole:
        return a.size;
    case MimeTypeRole:
        return a.mimeType;
    case CapturedAtRole:
        return a.capturedAt.valueOr(QString());
    case CenShareableRole:
        return a.cenShareable.isSet() && a.cenShareable.value();
    case IsImageRole:
        return a.isPhoto();
    case HasThumbnailRole:
        return row.hasThumbnail;
    case EditableRole:
        return row.editable;
    case ThumbnailUrlRole:
        return row.hasThumbnail ? imageUrl(QStringLiteral("thumb"), row.seizure, a.id) : QString();
    case ImageUrlRole:
        return a.isPhoto() ? imageUrl(QStringLiteral("original"), row.seizure, a.id) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    return {{IdRole, "id"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {CaptionRole, "caption"},
            {Sha256Role, "sha256"},
            {SizeRole, "size"},
            {MimeTypeRole, "mimeType"},
            {CapturedAtRole, "capturedAt"},
            {CenShareableRole, "cenShareable"},
            {IsImageRole, "isImage"},
            {HasThumbnailRole, "hasThumbnail"},
            {EditableRole, "editable"},
            {ThumbnailUrlRole, "thumbnailUrl"},
            {ImageUrlRole, "imageUrl"}};
}

} // namespace saisie::gui
