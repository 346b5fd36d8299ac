#pragma once
// The officer's seizures as list rows (no personal data), newest first as the store returns them.
#include "common/keyedlistmodel.h"
#include "store/seizuresummary.h"

#include <QUuid>
#include <QtQml/qqmlregistration.h>

namespace saisie::gui {

class SeizureListModel : public KeyedListModel<store::SeizureSummary, QUuid>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the session; use Session.seizures.")
    /// Number of rows.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

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

    explicit SeizureListModel(QObject *parent = nullptr);
    /// Language of code list labels ("en", "fr"); defaults to the default locale's. A change
    /// refreshes the labels of the rows already shown.
    void setLanguage(const QString &language);

    int count() const { return rowCount(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows with a fresh query result, keyed by record UUID.
    void setSummaries(const QList<store::SeizureSummary> &summaries);
    /// Empties the list (on lock).
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    QString commodityLabel(const QString &code) const;
    QString m_language;
};

} // namespace saisie::gui
