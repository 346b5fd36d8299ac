#include "sync/remotewipe.h"

#include "common/durablefile.h"
#include "protocol/encoding.h"
#include "sync/synclog.h"
#include "vault/profiles.h"
#include "vault/vault.h"

#include <QDir>
#include <QDirIterator>

namespace saisie::sync {

Expected<WipeInstruction> verifyWipeInstruction(const QJsonObject &errorObject, const DeviceIdentity &identity)
{
    const Error unverifiable = makeError(QStringLiteral("wipe_unverifiable"),
                                         QStringLiteral("A revocation answer without a valid signed instruction was ignored."));
    auto object = protocol::SignedObject::fromJson(errorObject.value(QStringLiteral("instruction")));
    if (!object)
        return unverifiable;
    auto payload = protocol::verifyObject(*object, identity.currentServerKeys(), QStringLiteral("saisie-wipe/1"));
    if (!payload)
        return unverifiable;
    const QJsonObject &p = *payload;
    if (p.value(QStringLiteral("deviceId")).toString() != identity.deviceId ||
        p.value(QStringLiteral("devicePublicKeyId")).toString() != identity.deviceKeyId() ||
        p.value(QStringLiteral("action")).toString() != QLatin1String("wipe") ||
        p.value(QStringLiteral("scope")).toString() != QLatin1String("all"))
        return unverifiable;
    WipeInstruction w;
    w.wipeId = p.value(QStringLiteral("wipeId")).toString();
    if (protocol::parseUuid(w.wipeId).isNull())
        return unverifiable;
    return w;
}

int shredAllVaults(const QString &dataRoot)
{
    const vault::ProfileDirectory profiles(dataRoot);
    const QDir root(profiles.profilesPath());
    int shredded = 0;
    const auto dirs = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &dir : dirs) {
        if (auto v = vault::Vault::load(dir.absoluteFilePath()); v) {
            (void)v->shred();
        } else {
            // An unreadable key file still goes first, then every file below, then the directory.
            (void)durable::shredFile(dir.absoluteFilePath() + QLatin1Char('/') + vault::Vault::keyFileName());
            QDirIterator files(dir.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext())
                (void)durable::shredFile(files.next());
            QDir(dir.absoluteFilePath()).removeRecursively();
        }
        ++shredded;
    }
    qCWarning(lcSync) << "remote wipe: shredded" << shredded << "vault(s)";
    return shredded;
}

} // namespace saisie::sync
