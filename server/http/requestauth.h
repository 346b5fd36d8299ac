#pragma once
// The server side of protocol §5.3: headers, device, device signature, device state, time window,
// nonce; then (readBody) content type, Content-Length against the limit, body and Content-Digest.
// The first failure fills the response and nothing is stored, except the nonce once it passed.
#include "http/httpexchange.h"
#include "http/servercontext.h"

#include <optional>

namespace saisie::server::http {

struct AuthOptions {
    /// W1: a revoked device acknowledges its wipe (step 4 skipped).
    bool skipDeviceState = false;
};

struct AuthedRequest {
    Device device;
    QString vaultKeyId;     // Saisie-Vault-Key as sent, or empty
    QByteArray claimedDigest; // raw SHA-256 from Content-Digest; empty when the header is absent
};

std::optional<AuthedRequest> authenticate(ServerContext &ctx, const HttpRequest &req, HttpResponse &res,
                                          const AuthOptions &options = {});

struct BodySpec {
    const char *contentType = nullptr; // application/json or the chunk type
    qint64 maxBytes = 0;
    QString limitCode = QStringLiteral("body_too_large");
    QString limitName = QStringLiteral("body");
};

/// Step 8. `claimedDigest` (raw) is checked when not empty.
std::optional<QByteArray> readBody(const HttpRequest &req, HttpResponse &res, const BodySpec &spec,
                                   const QByteArray &claimedDigest);
/// Content-Type check alone (415 unsupported_media_type with `accepted`).
bool checkContentType(const HttpRequest &req, HttpResponse &res, const char *expected);
/// "sha-256=:<base64 of 32 bytes>:"; nullopt when malformed.
std::optional<QByteArray> parseContentDigest(const QByteArray &value);

} // namespace saisie::server::http
