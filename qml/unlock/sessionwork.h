#pragma once
// The slow half of creating and unlocking a profile (Argon2id, opening SQLCipher), run on a
// worker thread by SessionController. Each function owns copies of what it needs, so a result
// that arrives after lock() can simply be dropped.
#include "common/expected.h"
#include "common/securebuffer.h"
#include "store/officerprofile.h"
#include "vault/profiles.h"

#include <QString>
#include <memory>
#include <optional>

namespace saisie::store {
class Session;
}

namespace saisie::gui {

/// What a worker hands back to the GUI thread.
struct SessionOutcome
{
    SessionOutcome();
    ~SessionOutcome();
    std::optional<Error> error;
    QString vaultId;
    std::unique_ptr<store::Session> session;
    store::OfficerDetails officer; // read (or written) while the store was opened
};

/// Creates the vault, opens its store and records the officer; `secret` is wiped.
std::shared_ptr<SessionOutcome> createProfileWork(const vault::ProfileDirectory &directory,
                                                  const vault::VaultOptions &options, const QString &alias,
                                                  const store::OfficerDetails &officer, SecureBuffer &secret);
/// Checks the secret under the attempt policy and opens the store; `secret` is wiped.
std::shared_ptr<SessionOutcome> unlockWork(vault::Vault &vault, SecureBuffer &secret);

} // namespace saisie::gui
