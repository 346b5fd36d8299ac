#pragma once
// The officer profiles on this device as the profile picker shows them: alias and attempt state
// only (names stay inside each encrypted vault).
#include "common/keyedlistmodel.h"
#include "vault/profiles.h"

#include <QtQml/qqmlregistration.h>

namespace saisie::gui {

class ProfilesModel : public KeyedListModel<vault::ProfileSummary, QString>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the session; use Session.profiles.")
    /// Number of profiles.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        VaultIdRole = Qt::UserRole + 1,
        AliasRole,
        AttemptsLeftRole,
        SecondsToWaitRole,
        UsesPassphraseRole, // the unlock page shows a text field instead of the PIN pad
    };
    Q_ENUM(Roles)

    explicit ProfilesModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows with a fresh listing, keyed by vault id.
    void setProfiles(const QList<vault::ProfileSummary> &profiles);
    /// Row of a vault id, or -1.
    Q_INVOKABLE int indexOf(const QString &vaultId) const;
    /// Alias of a vault id, or an empty string.
    Q_INVOKABLE QString aliasOf(const QString &vaultId) const;
    /// True when that profile unlocks with a passphrase; false for a PIN or an unknown id.
    Q_INVOKABLE bool usesPassphrase(const QString &vaultId) const;

Q_SIGNALS:
    void countChanged();
};

} // namespace saisie::gui
