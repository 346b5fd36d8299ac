#pragma once
// Signs protocol requests in the benchmark process (docs/protocol.md §5) so that curl, which
// knows nothing of Saisie, can send valid ones: the device key signs the canonical string, the
// vault key co-signs it on vault-scoped endpoints. Keys stay in this process; curl only sees
// the resulting headers (in a 0600 config file inside the working directory).
#include "common/securebuffer.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace saisie::bench::sync {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// One request, described for signing and for curl.
struct WireRequest
{
    QByteArray method;       // GET, POST, PUT, PATCH
    QByteArray target;       // /v1/...
    QByteArray contentType;  // empty: none
    QByteArray uploadOffset; // PATCH only
    QByteArray bodySha256;   // raw 32 bytes of H(body); empty body: leave empty
    QString bodyFile;        // the body on disk for curl; empty: no body
    QString output;          // where curl writes the answer body; empty: discarded
    Headers headers;         // filled by Signer::sign
};

class Signer
{
public:
    /// `deviceSecret` and `vaultSecret` are Ed25519 secret keys (64 bytes), copied in.
    Signer(QString authority, QString deviceId, const SecureBuffer &deviceSecret, QString vaultKeyId,
           const SecureBuffer &vaultSecret);

    /// Adds Saisie-Protocol, -Device, -Timestamp, -Nonce, Content-Digest (non-empty body),
    /// Content-Type, Upload-Offset and Upload-Checksum (PATCH), Saisie-Signature, and the vault
    /// key and co-signature when `vaultScoped`.
    void sign(WireRequest &request, bool vaultScoped = true) const;

    const QString &authority() const { return m_authority; }
    const QString &vaultKeyId() const { return m_vaultKeyId; }

private:
    QString m_authority;
    QString m_deviceId;
    SecureBuffer m_device;
    QString m_vaultKeyId;
    SecureBuffer m_vault;
};

} // namespace saisie::bench::sync
