#pragma once
// Request signing of docs/protocol.md §5: the eleven-line canonical string, and the header names.
#include <QByteArray>
#include <QString>

namespace saisie::protocol {

inline constexpr char kHeaderProtocol[] = "Saisie-Protocol";
inline constexpr char kHeaderDevice[] = "Saisie-Device";
inline constexpr char kHeaderTimestamp[] = "Saisie-Timestamp";
inline constexpr char kHeaderNonce[] = "Saisie-Nonce";
inline constexpr char kHeaderSignature[] = "Saisie-Signature";
inline constexpr char kHeaderVaultKey[] = "Saisie-Vault-Key";
inline constexpr char kHeaderVaultSignature[] = "Saisie-Vault-Signature";
inline constexpr char kHeaderRequestId[] = "Saisie-Request-Id";
inline constexpr char kHeaderErrorCode[] = "Saisie-Error-Code";
inline constexpr char kHeaderContentDigest[] = "Content-Digest";
inline constexpr char kHeaderUploadOffset[] = "Upload-Offset";
inline constexpr char kHeaderUploadLength[] = "Upload-Length";
inline constexpr char kHeaderUploadChecksum[] = "Upload-Checksum";
inline constexpr char kProtocolMajor[] = "1";
inline constexpr int kSigningWindowSeconds = 300;

struct RequestToSign {
    QString method;       // upper case
    QString authority;    // lower-case host, ":port" unless 443
    QByteArray target;    // path and query exactly as on the request line
    QString deviceId;
    QString vaultKeyId;   // empty when not vault-scoped
    QString timestamp;    // decimal Unix seconds
    QString nonce;        // base64 of 16 random bytes
    QString contentType;  // as sent, or empty
    QString uploadOffset; // as sent, or empty
    QString bodySha256Hex;
};

QByteArray canonicalRequest(const RequestToSign &request);
/// RFC 9530 value: "sha-256=:<base64>:".
QByteArray contentDigest(QByteArrayView body);
/// base64 of 16 fresh random bytes.
QString newNonce();

} // namespace saisie::protocol
