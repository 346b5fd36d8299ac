#include "seizurelistmodel.h"

#include "codelists/codelists.h"
#include "model/seizure.h"
#include "store/seizurerepository.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcList, "saisie.gui.list", QtInfoMsg)

namespace saisie::gui {

namespace {
bool sameSummary(const store::SeizureSummary &a, const store::SeizureSummary &b)
{
    return a.version == b.version && a.status == b.status && a.occurredAt == b.occurredAt &&
           a.placeName == b.placeName && a.commodityCategory == b.commodityCategory &&
           qFuzzyCompare(1.0 + a.completeness, 1.0 + b.completeness) && a.updatedAt == b.updatedAt &&
           a.attachmentCount == b.attachmentCount;
}

/// Signed but not yet delivered: what the outbox still has to send.
const QStringList kWaitingStatuses = {QStringLiteral("finalized"), QStringLiteral("queued")};
} // namespace

SeizureListModel::SeizureListModel(QObject *parent)
    : KeyedListModel([](const store::SeizureSummary &s) { return s.uuid; }, sameSummary, parent)
{
    m_language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    m_today = [] { return QDate::currentDate(); };
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

void SeizureListModel::setRepository(store::SeizureRepository *repository)
{
    m_repository = repository;
    if (m_repository) {
        refresh();
    } else {
        clear();
        setWaitingCount(0);
        setErrorString({});
    }
}

void SeizureListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT filterChanged();
    refresh();
}

void SeizureListModel::setStatusFilter(const QStringList &statuses)
{
    QStringList known;
    for (const QString &status : statuses)
        if (model::statusFromName(status) && !known.contains(status))
            known << status; // an unknown name would silently match nothing
    if (known == m_statusFilter)
        return;
    m_statusFilter = known;
    Q_EMIT filterChanged();
    refresh();
}

void SeizureListModel::setDateRange(DateRange range)
{
    if (range == m_dateRange)
        return;
    m_dateRange = range;
    Q_EMIT filterChanged();
    refresh();
}

bool SeizureListModel::isFiltered() const
{
    return !m_searchText.trimmed().isEmpty() || !m_statusFilter.isEmpty() ||
           m_dateRange != DateRange::AllDates;
}

void SeizureListModel::clearFilters()
{
    if (!isFiltered() && m_searchText.isEmpty())
        return;
    m_searchText.clear();
    m_statusFilter.clear();
    m_dateRange = DateRange::AllDates;
    Q_EMIT filterChanged();
    refresh();
}

store::ListQuery SeizureListModel::currentQuery() const
{
    store::ListQuery query;
    query.text = m_searchText.trimmed();
    query.statuses = m_statusFilter;
    query.limit = kPageSize;
    const QDate today = m_today();
    switch (m_dateRange) {
    case DateRange::AllDates:
        break;
    case DateRange::Today:
        query.sinceDate = today.toString(Qt::ISODate);
        break;
    case DateRange::Last7Days:
        query.sinceDate = today.addDays(-6).toString(Qt::ISODate);
        break;
    case DateRange::Last30Days:
        query.sinceDate = today.addDays(-29).toString(Qt::ISODate);
        break;
    }
    return query;
}

void SeizureListModel::refresh()
{
    if (!m_repository) {
        clear();
        return;
    }
    auto rows = m_repository->list(currentQuery());
    store::ListQuery waiting;
    waiting.statuses = kWaitingStatuses;
    auto waitingCount = m_repository->count(waiting);
    if (!rows || !waitingCount) {
        // The rows on screen stay: a failed read is no reason to make records look gone.
        qCWarning(lcList) << "listing seizures failed:"
                          << (rows ? waitingCount.error().code : rows.error().code);
        setErrorString(tr("The seizure list could not be read. Lock and unlock to try again."));
        return;
    }
    setErrorString({});
    setSummaries(*rows);
    setWaitingCount(*waitingCount);
}

void SeizureListModel::setWaitingCount(int count)
{
    if (count == m_waitingCount)
        return;
    m_waitingCount = count;
    Q_EMIT waitingCountChanged();
}

void SeizureListModel::setErrorString(const QString &error)
{
    if (error == m_errorString)
        return;
    m_errorString = error;
    Q_EMIT errorChanged();
}

void SeizureListModel::setSummaries(const QList<store::SeizureSummary> &summaries)
{
    replaceRows(summaries);
}

void SeizureListModel::clear()
{
    replaceRows({});
}

QString SeizureListModel::commodityLabel(const QString &code) const
{
    if (code.isEmpty())
        return {};
    const codelists::CodeList *list = codelists::CodeLists::bundled().list(u"commodity_category");
    const codelists::Entry *entry = list ? list->find(code) : nullptr;
    return entry ? entry->label(m_language) : code; // an unknown code is still shown, never hidden
}

} // namespace saisie::gui
