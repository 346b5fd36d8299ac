#include "dummy/dummyplatform.h"

#include "platform.h"

#include <sodium.h>

namespace saisie::platform {
namespace dummy {

namespace {
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
} // namespace

MemoryKeyStore::MemoryKeyStore() : m_key(SecureBuffer::random(crypto_aead_xchacha20poly1305_ietf_KEYBYTES)) {}

QString MemoryKeyStore::description() const
{
    return QStringLiteral("In-memory key store for tests; its key disappears with the process.");
}

Expected<QByteArray> MemoryKeyStore::wrap(const QString &alias, const SecureBuffer &key)
{
    if (alias.isEmpty())
        return makeError(QStringLiteral("alias"), QStringLiteral("A key store alias must not be empty."));
    const QByteArray ad = alias.toUtf8();
    QByteArray out(qsizetype(kNonceBytes + key.size() + kTagBytes), Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + kNonceBytes, &written, key.data(), key.size(),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               std::size_t(ad.size()), nullptr, bytes, m_key.data());
    out.resize(qsizetype(kNonceBytes + written));
    return out;
}

Expected<SecureBuffer> MemoryKeyStore::unwrap(const QString &alias, const QByteArray &wrapped)
{
    if (std::size_t(wrapped.size()) < kNonceBytes + kTagBytes)
        return makeError(QStringLiteral("unwrap"), QStringLiteral("The wrapped key is truncated."));
    const QByteArray ad = alias.toUtf8();
    const auto *bytes = reinterpret_cast<const unsigned char *>(wrapped.constData());
    const std::size_t cipherLength = std::size_t(wrapped.size()) - kNonceBytes;
    SecureBuffer key(cipherLength - kTagBytes);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &plainLength, nullptr, bytes + kNonceBytes,
                                                   cipherLength, reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   std::size_t(ad.size()), bytes, m_key.data())
        != 0)
        return makeError(QStringLiteral("unwrap"),
                         QStringLiteral("The wrapped key was not made by this key store for this alias."));
    return key;
}

void ManualConnectivity::setReachability(Reachability reachability)
{
    if (reachability == m_reachability)
        return;
    m_reachability = reachability;
    Q_EMIT reachabilityChanged();
}

} // namespace dummy

Platform Platform::createDummy(const QString &dataRoot)
{
    Platform p;
    p.paths = std::make_unique<dummy::FixedAppPaths>(dataRoot);
    p.keyStore = std::make_unique<dummy::MemoryKeyStore>();
    p.connectivity = std::make_unique<dummy::ManualConnectivity>();
    p.positions = std::make_unique<dummy::NoPositionSourceFactory>();
    p.secureWindow = std::make_unique<dummy::RecordingSecureWindow>();
    return p;
}

} // namespace saisie::platform
