#include "store/session.h"

#include "common/logging.h"
#include "store/schema.h"

#include <QDateTime>

namespace saisie::store {

QString Session::utcNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

Expected<std::unique_ptr<Session>> Session::open(const vault::Vault &vault, vault::VaultKeys keys, Clock clock)
{
    if (!clock)
        clock = &Session::utcNow;
    std::unique_ptr<Session> session(new Session);
    session->m_vaultId = vault.keyFile().vaultId;
    session->m_keys = std::move(keys);
    if (session->m_keys.signingPublic != vault.keyFile().signingPublicKey)
        return makeError(QStringLiteral("key_mismatch"),
                         QStringLiteral("The unlocked keys do not belong to this vault; refusing to open it."));

    // Never CreateNew here: the vault made its database when it was created, so a missing file
    // means lost or removed evidence, which must be reported rather than papered over (S2).
    auto db = vault::Database::open(vault.databasePath(), session->m_keys.databaseKey,
                                    vault::Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    session->m_db = std::move(*db);
    if (Status s = migrate(*session->m_db); !s)
        return s.error();

    session->m_blobs = std::make_unique<vault::BlobStore>(vault.blobDirectory(), session->m_keys.blobKey);
    if (Status s = session->m_blobs->ensureDirectories(); !s)
        return s.error();
    session->m_audit = std::make_unique<AuditLog>(*session->m_db, session->m_keys.signingSecret,
                                                  session->m_keys.signingPublic, clock);
    session->m_attachments =
        std::make_unique<Attachments>(*session->m_db, *session->m_blobs, *session->m_audit, clock);
    session->m_seizures = std::make_unique<SeizureRepository>(*session->m_db, *session->m_blobs, *session->m_audit,
                                                              session->m_keys.signingSecret,
                                                              session->m_keys.signingPublic, clock);

    // D2: orphans (a crash between file and row) are set aside; referenced files must exist.
    session->m_openProblems << session->m_attachments->quarantineOrphans();
    session->m_openProblems << session->m_attachments->checkReferenced(false);
    if (!session->m_openProblems.isEmpty())
        qCWarning(lcStore) << "vault opened with" << session->m_openProblems.size() << "attachment problem(s)";
    return session;
}

Session::~Session()
{
    // Order matters: everything that refers to the database or the keys goes before them.
    m_seizures.reset();
    m_attachments.reset();
    m_audit.reset();
    m_blobs.reset();
    m_db.reset();
}

QStringList Session::fullCheck()
{
    QStringList problems = m_db->integrityProblems();
    problems << m_attachments->checkReferenced(true);
    auto chain = m_audit->verify();
    if (!chain)
        problems << chain.error().message;
    else
        for (const AuditProblem &p : *chain)
            problems << p.message;
    return problems;
}

} // namespace saisie::store
