#pragma once
// The server's configuration: DIR/server.json, written by `saisie-server init` and read by every
// other subcommand. Stateless instances of a national deployment each get a copy of the same file
// and key files; the records live in the store it names.
//
// server.json (all paths absolute or relative to DIR):
// { "format": "saisie-server-config/1",
//   "publicUrl": "https://localhost:8443",      // origin the tablets enrol against (no path)
//   "listen": "127.0.0.1:8443",
//   "store": "sqlcipher:store" | "postgresql://...",  // see openServerStore
//   "blobs": "blobs",                            // BlobDirectory root (shared between instances)
//   "tlsCert": "tls/server.pem", "tlsKey": "tls/server.key",
//   "caCerts": "tls/ca.pem",                     // national CA set the chain ends in (PEM, one or more)
//   "pins": ["<base64 SPKI sha256>", ...],        // current + backup, 2..8
//   "signingKey": "signing.key",                 // Ed25519 secret (64 bytes raw), 0600
//   "configSerial": 1,
//   "maxChunk": 8388608, "workers": 32 }
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace saisie::server {

struct ServerConfig {
    QString directory;
    QString publicUrl;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8443;
    QString store;
    QString blobs;
    QString tlsCert;
    QString tlsKey;
    QString caCerts;
    QStringList pins;
    QString signingKeyFile;
    int configSerial = 1;
    qint64 maxChunk = 8 * 1024 * 1024;
    int workers = 32;

    /// Reads and checks DIR/server.json (paths resolved against DIR). Errors name the bad member.
    static Expected<ServerConfig> load(const QString &directory);
    Status save() const;
    /// What save() checks first (public URL, pins); errors name the member.
    Status validate() const;
};

/// The server's Ed25519 signing key pair, read from the configured file.
struct SigningKey {
    SecureBuffer secret;  // 64 bytes
    QByteArray publicKey; // 32 bytes
    QString keyId;
};
Expected<SigningKey> loadSigningKey(const QString &path);
/// Creates a new key file (0600), refusing to overwrite an existing one.
Expected<SigningKey> createSigningKey(const QString &path);

/// hex SHA-256 of the DER of each certificate in a PEM file (the QR's "ca" member).
Expected<QStringList> caFingerprints(const QString &pemPath);
/// base64 SPKI SHA-256 of the first certificate's public key in a PEM file.
Expected<QString> spkiPinOfCertificate(const QString &pemPath);

} // namespace saisie::server
