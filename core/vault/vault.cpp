#include "vault/vault.h"

#include "common/durablefile.h"
#include "common/logging.h"
#include "vault/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <sodium.h>

namespace saisie::vault {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'S', 'a', 'i', 's', 'i', 'e', 'V', '1'};
enum SubkeyId : std::uint64_t { DatabaseKeyId = 1, BlobKeyId = 2, SigningSeedId = 3 };
constexpr std::size_t kDekBytes = 32;

const auto *u8(const QByteArray &bytes) { return reinterpret_cast<const unsigned char *>(bytes.constData()); }
auto *u8(QByteArray &bytes) { return reinterpret_cast<unsigned char *>(bytes.data()); }

Expected<SecureBuffer> deriveKek(const SecureBuffer &pin, const KeyFile &k)
{
    SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char *>(pin.data()), pin.size(), u8(k.salt),
                      k.kdf.opslimit, k.kdf.memlimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(QStringLiteral("memory"),
                         QStringLiteral("Not enough memory to derive the key (%1).").arg(k.kdf.describe()));
    return kek;
}

SecureBuffer subkey(const SecureBuffer &dek, std::uint64_t id, std::size_t size)
{
    SecureBuffer out(size);
    crypto_kdf_derive_from_key(out.data(), size, id, kKdfContext, dek.data());
    return out;
}

Error wrongPin(const AttemptState &state)
{
    QString message = QStringLiteral("Wrong PIN. %1 attempt(s) left before this vault is erased.")
                          .arg(state.attemptsLeft());
    if (const qint64 wait = AttemptState::delaySecondsAfter(state.failures); wait > 0)
        message += QStringLiteral(" Next try possible in %1 s.").arg(wait);
    return makeError(QStringLiteral("wrong_pin"), message);
}
} // namespace

QString pinPolicyProblem(const SecureBuffer &pin)
{
    const auto *p = pin.data();
    const std::size_t n = pin.size();
    if (n < 6)
        return QStringLiteral("The PIN must have at least 6 characters.");
    if (n > 256)
        return QStringLiteral("The PIN or passphrase must have at most 256 characters.");
    bool same = true;
    bool ascending = true;
    bool descending = true;
    for (std::size_t i = 1; i < n; ++i) {
        same &= p[i] == p[0];
        ascending &= p[i] == p[i - 1] + 1;
        descending &= p[i] + 1 == p[i - 1];
    }
    if (same || ascending || descending)
        return QStringLiteral("The PIN is too easy to guess (repeated or consecutive characters); choose another.");
    return {};
}

VaultKeys deriveVaultKeys(const SecureBuffer &dek)
{
    VaultKeys keys;
    keys.databaseKey = subkey(dek, DatabaseKeyId, 32);
    keys.blobKey = subkey(dek, BlobKeyId, crypto_secretstream_xchacha20poly1305_KEYBYTES);
    SecureBuffer seed = subkey(dek, SigningSeedId, crypto_sign_SEEDBYTES);
    keys.signingSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    keys.signingPublic.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_seed_keypair(u8(keys.signingPublic), keys.signingSecret.data(), seed.data());
    return keys;
}

Vault::Vault(QString dir, KeyFile keyFile)
    : m_dir(std::move(dir)), m_keyFile(std::move(keyFile)),
      m_guard(m_dir + QStringLiteral("/attempts.json"), m_keyFile.maxAttempts)
{
}

qint64 Vault::now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }

Expected<VaultKeys> Vault::create(const QString &dir, const QString &alias, const SecureBuffer &pin,
                                  const VaultOptions &options)
{
    ensureSodium();
    if (const QString problem = pinPolicyProblem(pin); !problem.isEmpty())
        return makeError(QStringLiteral("weak_pin"), problem);
    if (!options.kdf.isAtLeastInteractive())
        return makeError(QStringLiteral("kdf"), QStringLiteral("Key derivation settings below INTERACTIVE are refused."));
    if (options.maxAttempts < 1 || options.maxAttempts > 100)
        return makeError(QStringLiteral("attempts"), QStringLiteral("The attempt limit must be between 1 and 100."));
    if (!options.escrowPublicKey.isEmpty() && options.escrowPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(QStringLiteral("escrow"), QStringLiteral("The recovery public key must be 32 bytes."));
    if (QFile::exists(dir + QLatin1Char('/') + keyFileName()))
        return makeError(QStringLiteral("exists"), QStringLiteral("A vault already exists in %1.").arg(dir));
    if (Status s = durable::makePrivateDirectory(dir); !s)
        return s.error();

    KeyFile k;
    k.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    k.alias = alias;
    k.kdf = options.kdf;
    k.maxAttempts = options.maxAttempts;
    k.secretKind = options.secretKind.value_or(inferSecretKind(pin));
    k.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(k.salt.data(), size_t(k.salt.size()));

    const SecureBuffer dek = SecureBuffer::random(kDekBytes);
    VaultKeys keys = deriveVaultKeys(dek);
    k.signingPublicKey = keys.signingPublic;
    if (!options.escrowPublicKey.isEmpty()) {
        k.escrowRecipient = options.escrowPublicKey;
        k.escrowWrap.resize(qsizetype(kDekBytes + crypto_box_SEALBYTES));
        crypto_box_seal(u8(k.escrowWrap), dek.data(), dek.size(), u8(k.escrowRecipient));
    }
    Vault vault(dir, std::move(k));
    // The database exists from the start, so a later open never has to create one: a missing
    // database is then always an error to report, never a reason to start afresh (S2).
    if (auto db = Database::open(vault.databasePath(), keys.databaseKey, Database::OpenMode::CreateNew); !db)
        return db.error();
    // The counter, then the key file last: until the key file exists the directory is not a
    // usable vault, and once it does a missing counter can only mean tampering.
    if (Status s = vault.m_guard.reset(); !s)
        return s.error();
    if (Status s = vault.storeWrapped(dek, pin); !s)
        return s.error();
    qCInfo(lcVault) << "created vault" << vault.m_keyFile.vaultId;
    return keys;
}

Expected<Vault> Vault::load(const QString &dir)
{
    ensureSodium();
    QFile file(dir + QLatin1Char('/') + keyFileName());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("missing"), QStringLiteral("No vault found in %1.").arg(dir));
    auto keyFile = KeyFile::fromJson(file.read(64 * 1024));
    if (!keyFile)
        return keyFile.error();
    return Vault(dir, std::move(*keyFile));
}

Status Vault::storeWrapped(const SecureBuffer &dek, const SecureBuffer &pin)
{
    auto kek = deriveKek(pin, m_keyFile);
    if (!kek)
        return kek.error();
    m_keyFile.wrapNonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(m_keyFile.wrapNonce.data(), size_t(m_keyFile.wrapNonce.size()));
    m_keyFile.wrappedKey.resize(qsizetype(dek.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    const QByteArray ad = m_keyFile.associatedData();
    crypto_aead_xchacha20poly1305_ietf_encrypt(u8(m_keyFile.wrappedKey), nullptr, dek.data(), dek.size(), u8(ad),
                                               size_t(ad.size()), nullptr, u8(m_keyFile.wrapNonce), kek->data());
    return durable::writeFileAtomically(m_dir + QLatin1Char('/') + keyFileName(), m_keyFile.toJson());
}

Expected<SecureBuffer> Vault::unwrapWithKek(const SecureBuffer &kek) const
{
    SecureBuffer dek(kDekBytes);
    const QByteArray ad = m_keyFile.associatedData();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dek.data(), nullptr, nullptr, u8(m_keyFile.wrappedKey),
                                                   size_t(m_keyFile.wrappedKey.size()), u8(ad), size_t(ad.size()),
                                                   u8(m_keyFile.wrapNonce), kek.data())
        != 0)
        return makeError(QStringLiteral("wrong_pin"), QString());
    return dek;
}

Expected<VaultKeys> Vault::unlock(const SecureBuffer &pin)
{
    auto dek = unlockDataKey(pin);
    if (!dek)
        return dek.error();
    return deriveVaultKeys(*dek);
}

Expected<SecureBuffer> Vault::unlockDataKey(const SecureBuffer &pin)
{
    const AttemptState before = m_guard.read();
    if (before.damaged) {
        // Not a count of wrong PINs, so no reason to destroy evidence; but no PIN is tried either,
        // or deleting the file would reset the count. The escrow recovery resets it.
        return makeError(QStringLiteral("counter_damaged"),
                         QStringLiteral("This vault's failed-attempt counter is missing or damaged, so no PIN is "
                                        "accepted. A supervisor can restore access with the national recovery key."));
    }
    if (before.failures >= before.maxAttempts) {
        (void)shred();
        return makeError(QStringLiteral("shredded"),
                         QStringLiteral("Too many wrong PINs: this vault has been erased."));
    }
    if (const qint64 wait = before.secondsToWait(now()); wait > 0)
        return makeError(QStringLiteral("wait"),
                         QStringLiteral("Too many wrong PINs. Try again in %1 s.").arg(wait));
    // Argon2id runs before the count: it compares nothing, so a failure there (not enough memory)
    // reveals nothing about the PIN and must not bring the vault closer to shredding.
    auto kek = deriveKek(pin, m_keyFile);
    if (!kek)
        return kek.error();
    if (Status counted = m_guard.countTry(now()); !counted)
        return counted.error(); // never compare a PIN that was not counted first

    auto dek = unwrapWithKek(*kek);
    if (!dek) {
        if (dek.error().code != QLatin1String("wrong_pin"))
            return dek.error();
        const AttemptState after = m_guard.read();
        if (after.failures >= after.maxAttempts) {
            qCWarning(lcVault) << "attempt limit reached; shredding vault" << m_keyFile.vaultId;
            (void)shred();
            return makeError(QStringLiteral("shredded"),
                             QStringLiteral("Too many wrong PINs: this vault has been erased."));
        }
        return wrongPin(after);
    }
    if (Status cleared = m_guard.reset(); !cleared)
        return cleared.error();
    return std::move(*dek);
}

Status Vault::changePin(const SecureBuffer &oldPin, const SecureBuffer &newPin)
{
    if (const QString problem = pinPolicyProblem(newPin); !problem.isEmpty())
        return makeError(QStringLiteral("weak_pin"), problem);
    // Same attempt accounting as unlock: changing the PIN must not become a free guessing oracle.
    auto dek = unlockDataKey(oldPin);
    if (!dek)
        return dek.error();
    randombytes_buf(m_keyFile.salt.data(), size_t(m_keyFile.salt.size()));
    m_keyFile.secretKind = inferSecretKind(newPin);
    return storeWrapped(*dek, newPin);
}

Status Vault::recoverWithEscrow(const SecureBuffer &recoverySecretKey, const QByteArray &recoveryPublicKey,
                                const SecureBuffer &newPin)
{
    if (m_keyFile.escrowWrap.isEmpty())
        return makeError(QStringLiteral("no_escrow"), QStringLiteral("This vault was created without a recovery wrap."));
    if (recoveryPublicKey != m_keyFile.escrowRecipient || recoverySecretKey.size() != crypto_box_SECRETKEYBYTES)
        return makeError(QStringLiteral("wrong_recovery_key"),
                         QStringLiteral("This recovery key is not the one this vault was sealed to."));
    if (const QString problem = pinPolicyProblem(newPin); !problem.isEmpty())
        return makeError(QStringLiteral("weak_pin"), problem);
    SecureBuffer dek(kDekBytes);
    if (crypto_box_seal_open(dek.data(), u8(m_keyFile.escrowWrap), size_t(m_keyFile.escrowWrap.size()),
                             u8(recoveryPublicKey), recoverySecretKey.data())
        != 0)
        return makeError(QStringLiteral("wrong_recovery_key"),
                         QStringLiteral("The recovery wrap could not be opened with this key."));
    randombytes_buf(m_keyFile.salt.data(), size_t(m_keyFile.salt.size()));
    m_keyFile.secretKind = inferSecretKind(newPin);
    if (Status s = storeWrapped(dek, newPin); !s)
        return s;
    return m_guard.reset();
}

Status Vault::shred()
{
    // The wrapped key goes first: once it is gone every other file is ciphertext without a key.
    Status first = durable::shredFile(m_dir + QLatin1Char('/') + keyFileName());
    QDir dir(m_dir);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries)
        (void)durable::shredFile(entry.absoluteFilePath());
    dir.removeRecursively();
    return first;
}

} // namespace saisie::vault
