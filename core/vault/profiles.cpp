#include "vault/profiles.h"

#include "common/durablefile.h"

#include <QDateTime>
#include <QDir>
#include <QUuid>

namespace saisie::vault {

QList<ProfileSummary> ProfileDirectory::list(QStringList *problems) const
{
    QList<ProfileSummary> result;
    const QStringList dirs = QDir(profilesPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : dirs) {
        auto vault = Vault::load(profilesPath() + QLatin1Char('/') + name);
        if (!vault) {
            if (problems)
                *problems << QStringLiteral("%1: %2").arg(name, vault.error().message);
            continue;
        }
        const AttemptState attempts = vault->attempts();
        result.append({vault->keyFile().vaultId, vault->keyFile().alias, attempts.attemptsLeft(),
                       attempts.secondsToWait(QDateTime::currentMSecsSinceEpoch()), vault->keyFile().secretKind});
    }
    return result;
}

Expected<std::pair<QString, VaultKeys>> ProfileDirectory::create(const QString &alias, const SecureBuffer &pin,
                                                                const VaultOptions &options) const
{
    const QString trimmed = alias.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return makeError(QStringLiteral("alias"), QStringLiteral("The profile name must have 1 to 40 characters."));
    for (const ProfileSummary &p : list())
        if (p.alias.compare(trimmed, Qt::CaseInsensitive) == 0)
            return makeError(QStringLiteral("alias_taken"),
                             QStringLiteral("A profile named \"%1\" already exists on this device.").arg(trimmed));
    if (Status s = durable::makePrivateDirectory(profilesPath()); !s)
        return s.error();
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString dir = profilesPath() + QLatin1Char('/') + id;
    auto keys = Vault::create(dir, trimmed, pin, options);
    if (!keys)
        return keys.error();
    auto vault = Vault::load(dir);
    if (!vault)
        return vault.error();
    return std::pair<QString, VaultKeys>(vault->keyFile().vaultId, std::move(*keys));
}

Expected<Vault> ProfileDirectory::open(const QString &idOrAlias) const
{
    const QStringList dirs = QDir(profilesPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList matches;
    for (const QString &name : dirs) {
        auto vault = Vault::load(profilesPath() + QLatin1Char('/') + name);
        if (!vault)
            continue;
        const QString &id = vault->keyFile().vaultId;
        if (id == idOrAlias || vault->keyFile().alias == idOrAlias
            || (idOrAlias.size() >= 4 && id.startsWith(idOrAlias)))
            matches << name;
    }
    if (matches.isEmpty())
        return makeError(QStringLiteral("no_profile"),
                         QStringLiteral("No profile \"%1\" on this device; list them with 'saisiectl profile list'.")
                             .arg(idOrAlias));
    if (matches.size() > 1)
        return makeError(QStringLiteral("ambiguous"),
                         QStringLiteral("\"%1\" matches several profiles; give more of the id.").arg(idOrAlias));
    return Vault::load(profilesPath() + QLatin1Char('/') + matches.first());
}

} // namespace saisie::vault
