#pragma once
// The officer profiles on one tablet: one vault directory each under <data>/profiles/. Before
// unlock only the alias and the attempt counter are visible; names stay inside each vault.
#include "common/expected.h"
#include "vault/vault.h"

#include <QList>
#include <QString>

namespace saisie::vault {

struct ProfileSummary {
    QString vaultId;
    QString alias;
    int attemptsLeft = 0;
    qint64 secondsToWait = 0;
    SecretKind secretKind = SecretKind::Pin; // which input the unlock page shows
};

class ProfileDirectory
{
public:
    explicit ProfileDirectory(QString dataRoot) : m_root(std::move(dataRoot)) {}

    QString root() const { return m_root; }
    QString profilesPath() const { return m_root + QStringLiteral("/profiles"); }
    /// Profiles whose key file reads; unreadable ones are reported in `problems` by directory name.
    QList<ProfileSummary> list(QStringList *problems = nullptr) const;
    /// Creates a vault in a new directory named by a random id; returns its id and keys.
    Expected<std::pair<QString, VaultKeys>> create(const QString &alias, const SecureBuffer &pin,
                                                  const VaultOptions &options) const;
    /// Finds a profile by vault id, id prefix (at least 4 characters) or exact alias.
    Expected<Vault> open(const QString &idOrAlias) const;

private:
    QString m_root;
};

} // namespace saisie::vault
