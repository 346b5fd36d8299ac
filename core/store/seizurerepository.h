#pragma once
// Seizure versions in the officer database. A draft is saved as often as the officer types; a
// finalized version is signed evidence and never changes again (corrections are new versions
// that name the hash of the version they amend, SECURITY.md E3).
#include "common/expected.h"
#include "model/finalize.h"
#include "model/seizure.h"
#include "store/auditlog.h"
#include "store/seizuresummary.h"
#include "vault/blobstore.h"
#include "vault/database.h"

#include <QHash>
#include <QJsonObject>
#include <functional>

namespace saisie::store {

/// A finalized version as stored: the exact signed bytes, their hash and the signature.
struct SignedVersion {
    QUuid uuid;
    int version = 0;
    QByteArray payload;     // canonical JSON that was signed
    QString contentHash;    // SHA-256 hex of payload
    QByteArray signature;   // Ed25519 detached signature over payload
};

class SeizureRepository
{
public:
    using Clock = std::function<QString()>;

    SeizureRepository(vault::Database &db, vault::BlobStore &blobs, AuditLog &audit,
                      const SecureBuffer &signingSecret, QByteArray signingPublic, Clock clock);

    /// Creates version 1 of a new record, or replaces the current draft version. A record whose
    /// latest version is signed must be amended first. Returns the stored record.
    Expected<model::Seizure> saveDraft(model::Seizure seizure);
    /// Latest version when version is 0.
    Expected<model::Seizure> get(const QUuid &uuid, int version = 0);
    Expected<QList<SeizureSummary>> list(const ListQuery &query);
    /// How many records (latest versions) match, ignoring limit and offset.
    Expected<int> count(const ListQuery &query);
    /// Signs the current draft if the finalize rules allow it (overrides: field path -> reason).
    /// The remaining warnings (overridden checks included) go to `warnings` when given.
    Expected<SignedVersion> finalize(const QUuid &uuid, const QHash<QString, QString> &overrides,
                                     QList<model::Issue> *warnings = nullptr);
    /// Starts a new draft version that amends the latest signed one.
    Expected<model::Seizure> amend(const QUuid &uuid);
    /// Deletes an unsigned draft version (confirmation is the caller's job); leaves an audit event.
    Status discardDraft(const QUuid &uuid);
    Expected<SignedVersion> signedVersion(const QUuid &uuid, int version);
    /// Verifies a signed version's hash and signature against a public key.
    static Status verifySigned(const SignedVersion &signedVersion, const QByteArray &publicKey);
    /// Records that a record was looked at (E2 "view").
    Status recordView(const QUuid &uuid, int version);

private:
    Status writeVersion(const model::Seizure &seizure, bool insert);
    Expected<int> latestVersion(const QUuid &uuid, bool *isSigned = nullptr);

    vault::Database &m_db;
    vault::BlobStore &m_blobs;
    AuditLog &m_audit;
    const SecureBuffer &m_secret;
    QByteArray m_public;
    Clock m_clock;
};

} // namespace saisie::store
