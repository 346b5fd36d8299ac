#include "seizurelistmodel.h"

#include "codelists/codelists.h"

#include <QLocale>

namespace saisie::gui {

namespace {
bool sameSummary(const store::SeizureSummary &a, const store::SeizureSummary &b)
{
    return a.version == b.version && a.status == b.status && a.occurredAt == b.occurredAt
        && a.placeName == b.placeName && a.commodityCategory == b.commodityCategory
        && qFuzzyCompare(1.0 + a.completeness, 1.0 + b.completeness) && a.updatedAt == b.updatedAt
        && a.attachmentCount == b.attachmentCount;
}
} // namespace

SeizureListModel::SeizureListModel(QObject *parent)
    : KeyedListModel([](const store::SeizureSummary &s) { return s.uuid; }, sameSummary, parent)
{
    m_language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    connect(this, &QAbstractItemModel::rowsInserted, this, &SeizureListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &SeizureListModel::countChanged);
}

void SeizureListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {CommodityLabelRole});
}

QVariant SeizureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SeizureSummary &s = rowAt(index);
    switch (role) {
    case UuidRole:
        return s.uuid.toString(QUuid::WithoutBraces);
    case VersionRole:
        return s.version;
    case StatusRole:
        return s.status;
    case OccurredAtRole:
        return s.occurredAt;
    case Qt::DisplayRole:
    case PlaceNameRole:
        return s.placeName;
    case CommodityCategoryRole:
        return s.commodityCategory;
    case CommodityLabelRole:
        return commodityLabel(s.commodityCategory);
    case CompletenessRole:
        return s.completeness;
    case UpdatedAtRole:
        return s.updatedAt;
    case AttachmentCountRole:
        return s.attachmentCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeizureListModel::roleNames() const
{
    return {
        {UuidRole, "uuid"},
        {VersionRole, "version"},
        {StatusRole, "status"},
        {OccurredAtRole, "occurredAt"},
        {PlaceNameRole, "placeName"},
        {CommodityCategoryRole, "commodityCategory"},
        {CommodityLabelRole, "commodityLabel"},
        {CompletenessRole, "completeness"},
        {UpdatedAtRole, "updatedAt"},
        {AttachmentCountRole, "attachmentCount"},
    };
}

void SeizureListModel::setSummaries(const QList<store::SeizureSummary> &summaries)
{
    replaceRows(summaries);
}

void SeizureListModel::clear() { replaceRows({}); }

QString SeizureListModel::commodityLabel(const QString &code) const
{
    if (code.isEmpty())
        return {};
    const codelists::CodeList *list = codelists::CodeLists::bundled().list(u"commodity_category");
    const codelists::Entry *entry = list ? list->find(code) : nullptr;
    return entry ? entry->label(m_language) : code; // an unknown code is still shown, never hidden
}

} // namespace saisie::gui
