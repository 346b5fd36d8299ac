// The server's Ed25519 signing key file: the 64-byte libsodium secret key (seed || public key).
#include "config/serverconfig.h"

#include "protocol/encoding.h"
#include "store/secretfile.h"

#include <QFile>
#include <sodium.h>

namespace saisie::server {

Expected<SigningKey> loadSigningKey(const QString &path)
{
    ensureSodium();
    auto secret = readSecretFile(path, crypto_sign_SECRETKEYBYTES);
    if (!secret)
        return secret.error();
    // The stored public half must be the one the seed derives, or signatures would not verify.
    SecureBuffer seed(crypto_sign_SEEDBYTES);
    SecureBuffer rederived(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_seed(seed.data(), secret->data());
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), rederived.data(), seed.data());
    if (!rederived.equals(*secret))
        return makeError(QStringLiteral("key_invalid"),
                         QStringLiteral("The signing key file %1 is damaged (its halves disagree).").arg(path));
    return SigningKey{std::move(*secret), publicKey, protocol::keyIdOf(publicKey)};
}

Expected<SigningKey> createSigningKey(const QString &path)
{
    ensureSodium();
    if (QFile::exists(path))
        return makeError(QStringLiteral("exists"),
                         QStringLiteral("%1 already exists; refusing to replace a signing key.").arg(path));
    SecureBuffer secret(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    if (Status written = writeSecretFile(path, secret); !written)
        return written.error();
    return SigningKey{std::move(secret), publicKey, protocol::keyIdOf(publicKey)};
}

} // namespace saisie::server
