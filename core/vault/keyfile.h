#pragma once
// vault.json: everything needed to unwrap an officer's data key, and nothing that names the officer.
// The officer's name and service number live inside the encrypted database; the profile picker only
// sees the alias the officer chose.
#include "common/expected.h"
#include "vault/kdfparams.h"
#include "vault/secretpolicy.h"

#include <QByteArray>
#include <QString>

namespace saisie::vault {

struct KeyFile {
    static constexpr int kFormatVersion = 1;

    QString vaultId;           // random UUID, names the profile directory
    QString alias;             // shown before unlock; chosen by the officer
    KdfParams kdf;
    QByteArray salt;           // crypto_pwhash_SALTBYTES
    QByteArray wrapNonce;      // XChaCha20-Poly1305 nonce
    QByteArray wrappedKey;     // DEK + tag
    QByteArray escrowWrap;     // crypto_box_seal(DEK) to the national recovery key; may be empty
    QByteArray escrowRecipient;// that recovery public key
    QByteArray signingPublicKey; // Ed25519 public key of this vault (not secret; lets exports verify)
    int maxAttempts = 10;
    SecretKind secretKind = SecretKind::Pin; // PIN pad or text field before unlock; "pin" if absent

    /// Associated data of the wrap: binds the wrapped key to this vault and these KDF settings.
    QByteArray associatedData() const;
    QByteArray toJson() const;
    static Expected<KeyFile> fromJson(const QByteArray &json);
};

} // namespace saisie::vault
