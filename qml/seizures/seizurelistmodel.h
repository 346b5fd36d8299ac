#pragma once
// The officer's seizures as list rows (no personal data), newest first as the store returns them,
// filtered by the home page's search text, status chips and date range. The store does the
// filtering and the counting; this model only holds the current page of rows.
#include "common/keyedlistmodel.h"
#include "store/seizuresummary.h"

#include <QDate>
#include <QUuid>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace saisie::store {
class SeizureRepository;
}

namespace saisie::gui {

class SeizureListModel : public KeyedListModel<store::SeizureSummary, QUuid>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the session; use Session.seizures.")
    /// Number of rows.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Free text: container, plate, passport or document number, place words, uuid.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    /// Statuses to show ("draft", "finalized", ...); empty shows every status.
    Q_PROPERTY(QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    /// How far back to look, on the seizure time (or the last edit of an undated draft).
    Q_PROPERTY(DateRange dateRange READ dateRange WRITE setDateRange NOTIFY filterChanged)
    /// True when any of searchText, statusFilter or dateRange narrows the list.
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY filterChanged)
    /// Records signed but not yet delivered (finalized or queued), whatever the filters.
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY waitingCountChanged)
    /// Why the last refresh failed; empty when it worked.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    enum Roles {
        UuidRole = Qt::UserRole + 1,
        VersionRole,
        StatusRole,
        OccurredAtRole,
        PlaceNameRole,
        CommodityCategoryRole,
        CommodityLabelRole, // the category's label from the bundled code list, in the UI language
        CompletenessRole,
        UpdatedAtRole,
        AttachmentCountRole,
    };
    Q_ENUM(Roles)

    enum class DateRange { AllDates, Today, Last7Days, Last30Days };
    Q_ENUM(DateRange)

    /// Rows loaded per refresh; the home list is for recent work, search reaches the rest.
    static constexpr int kPageSize = 200;

    explicit SeizureListModel(QObject *parent = nullptr);
    /// Language of code list labels ("en", "fr"); defaults to the default locale's. A change
    /// refreshes the labels of the rows already shown.
    void setLanguage(const QString &language);
    /// The open repository while unlocked (the rows are loaded at once), nullptr on lock (the
    /// rows and the waiting count are dropped at once).
    void setRepository(store::SeizureRepository *repository);
    /// Local date source for the date ranges (tests).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    int count() const { return rowCount(); }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QStringList statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QStringList &statuses);
    DateRange dateRange() const { return m_dateRange; }
    void setDateRange(DateRange range);
    bool isFiltered() const;
    int waitingCount() const { return m_waitingCount; }
    QString errorString() const { return m_errorString; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reloads the rows and the waiting count from the store.
    Q_INVOKABLE void refresh();
    /// Back to every record: no text, no status, all dates.
    Q_INVOKABLE void clearFilters();

    /// Replaces the rows with a fresh query result, keyed by record UUID.
    void setSummaries(const QList<store::SeizureSummary> &summaries);
    /// Empties the list (on lock).
    void clear();
    /// The store query the current filters stand for (exposed for tests).
    store::ListQuery currentQuery() const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void waitingCountChanged();
    void errorChanged();

private:
    QString commodityLabel(const QString &code) const;
    void setWaitingCount(int count);
    void setErrorString(const QString &error);
    QString m_language;
    store::SeizureRepository *m_repository = nullptr;
    std::function<QDate()> m_today;
    QString m_searchText;
    QStringList m_statusFilter;
    DateRange m_dateRange = DateRange::AllDates;
    int m_waitingCount = 0;
    QString m_errorString;
};

} // namespace saisie::gui
