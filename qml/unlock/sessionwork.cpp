#include "sessionwork.h"

#include "store/session.h"

namespace saisie::gui {

SessionOutcome::SessionOutcome() = default;
SessionOutcome::~SessionOutcome() = default;

namespace {
/// Opens the store for freshly unlocked keys and reads the officer's details.
void openStore(SessionOutcome &outcome, const vault::Vault &vault, vault::VaultKeys keys)
{
    auto session = store::Session::open(vault, std::move(keys));
    if (!session) {
        outcome.error = session.error();
        return;
    }
    store::OfficerProfile officer((*session)->database(), &(*session)->audit());
    auto details = officer.get();
    if (!details) {
        outcome.error = details.error();
        return;
    }
    outcome.officer = *details;
    outcome.session = std::move(*session);
}
} // namespace

std::shared_ptr<SessionOutcome> createProfileWork(const vault::ProfileDirectory &directory,
                                                  const vault::VaultOptions &options, const QString &alias,
                                                  const store::OfficerDetails &officer, SecureBuffer &secret)
{
    auto outcome = std::make_shared<SessionOutcome>();
    auto created = directory.create(alias, secret, options);
    secret.wipe();
    if (!created) {
        outcome->error = created.error();
        return outcome;
    }
    outcome->vaultId = created->first;
    auto vault = directory.open(created->first);
    if (!vault) {
        outcome->error = vault.error();
        return outcome;
    }
    openStore(*outcome, *vault, std::move(created->second));
    if (!outcome->session)
        return outcome;
    // Checked on the GUI thread already; a failure here is a storage problem. The profile then
    // exists without details, which Settings asks for after the next unlock.
    store::OfficerProfile profile(outcome->session->database(), &outcome->session->audit());
    if (Status s = profile.set(officer); !s) {
        outcome->error = s.error();
        outcome->session.reset();
        return outcome;
    }
    outcome->officer = store::OfficerProfile::normalized(officer);
    return outcome;
}

std::shared_ptr<SessionOutcome> unlockWork(vault::Vault &vault, SecureBuffer &secret)
{
    auto outcome = std::make_shared<SessionOutcome>();
    outcome->vaultId = vault.keyFile().vaultId;
    auto keys = vault.unlock(secret);
    secret.wipe();
    if (!keys) {
        outcome->error = keys.error();
        return outcome;
    }
    openStore(*outcome, vault, std::move(*keys));
    return outcome;
}

} // namespace saisie::gui
