#pragma once
// The signed object of docs/protocol.md §1.4: the exact signed bytes travel, never a re-serialised
// object, so no verifier depends on its own JSON writer.
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace saisie::protocol {

struct SignedObject {
    QByteArray payload;   // canonical JSON bytes
    QString keyId;        // hex key id of the signer
    QByteArray signature; // Ed25519, 64 bytes

    QJsonObject toJson() const;
    /// Shape only (strict base64, key id form, signature length); errors "field_invalid".
    static Expected<SignedObject> fromJson(const QJsonValue &value);
};

/// Signs the canonical form of `payload` (which must carry its "format").
Expected<SignedObject> signObject(const QJsonObject &payload, const SecureBuffer &secretKey,
                                  const QByteArray &publicKey);

/// §1.4 in order: the key named by keyId must be in `trustedKeys` (key id -> raw public key), the
/// signature must verify, the payload must be strict canonical JSON and name `format`.
/// Errors: "untrusted_key", "signature_invalid", "payload_not_canonical", "format_mismatch".
Expected<QJsonObject> verifyObject(const SignedObject &object, const QHash<QString, QByteArray> &trustedKeys,
                                   const QString &format);

/// Ed25519 detached signature check over raw bytes.
bool verifyDetached(QByteArrayView message, const QByteArray &signature, const QByteArray &publicKey);
QByteArray signDetached(QByteArrayView message, const SecureBuffer &secretKey);

} // namespace saisie::protocol
