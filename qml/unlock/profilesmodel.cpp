#include "profilesmodel.h"

namespace saisie::gui {

ProfilesModel::ProfilesModel(QObject *parent)
    : KeyedListModel([](const vault::ProfileSummary &p) { return p.vaultId; },
                     [](const vault::ProfileSummary &a, const vault::ProfileSummary &b) {
                         return a.alias == b.alias && a.attemptsLeft == b.attemptsLeft &&
                                a.secondsToWait == b.secondsToWait && a.secretKind == b.secretKind;
                     },
                     parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ProfilesModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ProfilesModel::countChanged);
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const vault::ProfileSummary &p = rowAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case AliasRole:
        return p.alias;
    case VaultIdRole:
        return p.vaultId;
    case AttemptsLeftRole:
        return p.attemptsLeft;
    case SecondsToWaitRole:
        return p.secondsToWait;
    case UsesPassphraseRole:
        return p.secretKind == vault::SecretKind::Passphrase;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfilesModel::roleNames() const
{
    return {
        {VaultIdRole, "vaultId"},
        {AliasRole, "alias"},
        {AttemptsLeftRole, "attemptsLeft"},
        {SecondsToWaitRole, "secondsToWait"},
        {UsesPassphraseRole, "usesPassphrase"},
    };
}

void ProfilesModel::setProfiles(const QList<vault::ProfileSummary> &profiles)
{
    replaceRows(profiles);
}

int ProfilesModel::indexOf(const QString &vaultId) const
{
    return indexOfKey(vaultId);
}

QString ProfilesModel::aliasOf(const QString &vaultId) const
{
    const int row = indexOfKey(vaultId);
    return row < 0 ? QString() : rows().at(row).alias;
}

bool ProfilesModel::usesPassphrase(const QString &vaultId) const
{
    const int row = indexOfKey(vaultId);
    return row >= 0 && rows().at(row).secretKind == vault::SecretKind::Passphrase;
}

} // namespace saisie::gui
