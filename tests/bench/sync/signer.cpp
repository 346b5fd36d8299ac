#include "signer.h"

#include "protocol/encoding.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"

#include <QDateTime>

namespace saisie::bench::sync {

namespace {
// hex(H("")): the canonical string's body line for an empty body (§5.2).
const QByteArray kEmptySha256Hex = QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

SecureBuffer copyKey(const SecureBuffer &key) { return SecureBuffer::copyOf(key.data(), key.size()); }
} // namespace

Signer::Signer(QString authority, QString deviceId, const SecureBuffer &deviceSecret, QString vaultKeyId,
               const SecureBuffer &vaultSecret)
    : m_authority(std::move(authority)), m_deviceId(std::move(deviceId)), m_device(copyKey(deviceSecret)),
      m_vaultKeyId(std::move(vaultKeyId)), m_vault(copyKey(vaultSecret))
{
}

void Signer::sign(WireRequest &r, bool vaultScoped) const
{
    protocol::RequestToSign s;
    s.method = QString::fromLatin1(r.method);
    s.authority = m_authority;
    s.target = r.target;
    s.deviceId = m_deviceId;
    s.vaultKeyId = vaultScoped ? m_vaultKeyId : QString();
    s.timestamp = QString::number(QDateTime::currentSecsSinceEpoch());
    s.nonce = protocol::newNonce();
    s.contentType = QString::fromLatin1(r.contentType);
    s.uploadOffset = QString::fromLatin1(r.uploadOffset);
    s.bodySha256Hex = QString::fromLatin1(r.bodySha256.isEmpty() ? kEmptySha256Hex : r.bodySha256.toHex());
    const QByteArray canonical = protocol::canonicalRequest(s);

    r.headers.clear();
    const auto add = [&r](const QByteArray &name, const QByteArray &value) { r.headers.append({name, value}); };
    add(protocol::kHeaderProtocol, protocol::kProtocolMajor);
    add(protocol::kHeaderDevice, m_deviceId.toLatin1());
    add(protocol::kHeaderTimestamp, s.timestamp.toLatin1());
    add(protocol::kHeaderNonce, s.nonce.toLatin1());
    if (!r.contentType.isEmpty())
        add("Content-Type", r.contentType);
    if (!r.bodySha256.isEmpty())
        add(protocol::kHeaderContentDigest, "sha-256=:" + r.bodySha256.toBase64() + ':');
    if (!r.uploadOffset.isEmpty()) {
        add(protocol::kHeaderUploadOffset, r.uploadOffset);
        add(protocol::kHeaderUploadChecksum, "sha256 " + r.bodySha256.toBase64());
    }
    add(protocol::kHeaderSignature, protocol::signDetached(canonical, m_device).toBase64());
    if (vaultScoped) {
        add(protocol::kHeaderVaultKey, m_vaultKeyId.toLatin1());
        add(protocol::kHeaderVaultSignature, protocol::signDetached(canonical, m_vault).toBase64());
    }
}

} // namespace saisie::bench::sync
