#pragma once
// Optional second wrap of a key by a key the platform keeps out of reach (Android Keystore, iOS
// Keychain/Secure Enclave, a TPM): SECURITY.md S5. The vault must work without it, so callers ask
// isAvailable() and treat "unavailable" as a normal answer, never as an error to work around.
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QByteArray>
#include <QString>

namespace saisie::platform {

class KeyStore
{
public:
    virtual ~KeyStore() = default;
    /// True when wrap() and unwrap() are backed by a platform key.
    virtual bool isAvailable() const = 0;
    /// One sentence for settings and diagnostics ("No hardware key store on this device.").
    virtual QString description() const = 0;
    /// Wraps `key` under the platform key named `alias`, creating that key if needed.
    virtual Expected<QByteArray> wrap(const QString &alias, const SecureBuffer &key) = 0;
    /// Reverses wrap(); fails with code "unwrap" if the blob was not made by this key store and alias.
    virtual Expected<SecureBuffer> unwrap(const QString &alias, const QByteArray &wrapped) = 0;
};

} // namespace saisie::platform
