#pragma once
// An unlocked officer vault: the open database, the blob store, the audit log and the
// repository, all under the vault's keys. Destroying the session (or lock()) closes the database
// and zeroes the keys.
#include "common/expected.h"
#include "store/attachments.h"
#include "store/auditlog.h"
#include "store/seizurerepository.h"
#include "vault/blobstore.h"
#include "vault/database.h"
#include "vault/vault.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace saisie::store {

class Session
{
public:
    using Clock = std::function<QString()>; // ISO 8601 UTC with milliseconds

    /// Opens (creating on first use) the vault's database, migrates it, and checks blobs:
    /// unreferenced files are quarantined, missing referenced files are listed in openProblems().
    static Expected<std::unique_ptr<Session>> open(const vault::Vault &vault, vault::VaultKeys keys,
                                                   Clock clock = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    SeizureRepository &seizures() { return *m_seizures; }
    Attachments &attachments() { return *m_attachments; }
    AuditLog &audit() { return *m_audit; }
    vault::Database &database() { return *m_db; }
    vault::BlobStore &blobs() { return *m_blobs; }
    const QByteArray &signingPublicKey() const { return m_keys.signingPublic; }
    const QString &vaultId() const { return m_vaultId; }
    /// Problems found while opening (missing attachment files, quarantined orphans).
    const QStringList &openProblems() const { return m_openProblems; }
    /// Database page HMACs, quick_check, and every attachment decrypted against its stored hash.
    QStringList fullCheck();

    static QString utcNow();

private:
    Session() = default;
    QString m_vaultId;
    vault::VaultKeys m_keys;
    std::unique_ptr<vault::Database> m_db;
    std::unique_ptr<vault::BlobStore> m_blobs;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Attachments> m_attachments;
    std::unique_ptr<SeizureRepository> m_seizures;
    QStringList m_openProblems;
};

} // namespace saisie::store
