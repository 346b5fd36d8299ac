#pragma once
// One officer's vault on a (possibly shared) tablet: a directory holding the wrapped data key,
// the failed-attempt counter, the SQLCipher database and the encrypted blobs.
//
// Key hierarchy (SECURITY.md S5): DEK = 32 random bytes; KEK = Argon2id(PIN, salt); the DEK is
// stored only wrapped by the KEK (XChaCha20-Poly1305) and optionally sealed to a national recovery
// key. Purpose keys (database, blobs, signing seed) come from crypto_kdf over the DEK.
#include "common/expected.h"
#include "common/securebuffer.h"
#include "vault/attemptguard.h"
#include "vault/keyfile.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace saisie::vault {

/// The keys of an unlocked vault, in guarded memory; destroying this object is locking.
struct VaultKeys {
    SecureBuffer databaseKey;   // raw SQLCipher key
    SecureBuffer blobKey;       // crypto_secretstream key for attachments
    SecureBuffer signingSecret; // Ed25519 secret key (64 bytes)
    QByteArray signingPublic;   // Ed25519 public key (32 bytes)
};

struct VaultOptions {
    KdfParams kdf = KdfParams::moderate();
    int maxAttempts = 10;
    QByteArray escrowPublicKey; // crypto_box public key of the national recovery service; empty = none
    std::optional<SecretKind> secretKind; // unset: inferred from the secret (digits only = PIN)
};

/// Result of a PIN check against the policy: empty when acceptable, else a sentence.
QString pinPolicyProblem(const SecureBuffer &pin);

class Vault
{
public:
    using Clock = std::function<qint64()>; // ms since epoch

    static QString keyFileName() { return QStringLiteral("vault.json"); }
    static QString databaseFileName() { return QStringLiteral("seizures.db"); }

    /// Creates a new vault in `dir` (which must not hold one yet) and returns it unlocked.
    static Expected<VaultKeys> create(const QString &dir, const QString &alias, const SecureBuffer &pin,
                                      const VaultOptions &options);
    /// Reads the key file only; no key is derived.
    static Expected<Vault> load(const QString &dir);

    const QString &directory() const { return m_dir; }
    const KeyFile &keyFile() const { return m_keyFile; }
    QString databasePath() const { return m_dir + QLatin1Char('/') + databaseFileName(); }
    QString blobDirectory() const { return m_dir + QStringLiteral("/blobs"); }
    AttemptState attempts() const { return m_guard.read(); }

    /// Checks the PIN under the attempt policy. Errors: "wait" (lockout running), "wrong_pin",
    /// "shredded" (limit reached: the vault has just been destroyed), "io", "keyfile".
    Expected<VaultKeys> unlock(const SecureBuffer &pin);
    /// Re-wraps the same data key under a new PIN; the database and blobs are untouched.
    Status changePin(const SecureBuffer &oldPin, const SecureBuffer &newPin);
    /// Forgotten PIN: opens the escrow wrap with the national recovery key pair and sets a new PIN.
    Status recoverWithEscrow(const SecureBuffer &recoverySecretKey, const QByteArray &recoveryPublicKey,
                             const SecureBuffer &newPin);
    /// Destroys the wrapped key (making every file unreadable), then the files themselves.
    Status shred();

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Vault(QString dir, KeyFile keyFile);
    Expected<SecureBuffer> unwrapWithKek(const SecureBuffer &kek) const;
    Expected<SecureBuffer> unlockDataKey(const SecureBuffer &pin);
    Status storeWrapped(const SecureBuffer &dek, const SecureBuffer &pin);
    qint64 now() const;

    QString m_dir;
    KeyFile m_keyFile;
    AttemptGuard m_guard;
    Clock m_clock;
};

/// Derives the purpose keys of VaultKeys from a data key.
VaultKeys deriveVaultKeys(const SecureBuffer &dek);

} // namespace saisie::vault
