#include "http/requestauth.h"

#include "http/httpresponse.h"
#include "protocol/encoding.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace saisie::server::http {

namespace {

constexpr char kEmptySha256[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr qint64 kNonceMemorySeconds = 15 * 60;

void authMissing(HttpResponse &res)
{
    setError(res, 401, QStringLiteral("auth_missing"), QStringLiteral("The request carries no device signature."));
}

bool isDecimal(const QByteArray &text, int maxDigits)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+$"));
    return !text.isEmpty() && text.size() <= maxDigits && pattern.match(QString::fromLatin1(text)).hasMatch();
}

/// The signed wipe instruction as a JSON object, for the 403 body.
QJsonObject storedInstruction(const QByteArray &bytes)
{
    const auto parsed = protocol::parseStrictObject(bytes);
    return parsed ? *parsed : QJsonObject();
}

} // namespace

std::optional<QByteArray> parseContentDigest(const QByteArray &value)
{
    if (!value.startsWith("sha-256=:") || !value.endsWith(':') || value.size() < 11)
        return std::nullopt;
    const auto digest = protocol::decodeBase64Strict(QByteArrayView(value).sliced(9, value.size() - 10));
    if (!digest || digest->size() != 32)
        return std::nullopt;
    return digest;
}

std::optional<AuthedRequest> authenticate(ServerContext &ctx, const HttpRequest &req, HttpResponse &res,
                                          const AuthOptions &options)
{
    using namespace protocol;
    // Step 1: required headers present (once each) and well formed.
    for (const char *name : {kHeaderDevice, kHeaderTimestamp, kHeaderNonce, kHeaderSignature}) {
        if (!req.hasHeader(name)) {
            authMissing(res);
            return std::nullopt;
        }
    }
    for (const char *name : {kHeaderDevice, kHeaderTimestamp, kHeaderNonce, kHeaderSignature, kHeaderVaultKey,
                             kHeaderVaultSignature, kHeaderContentDigest, kHeaderUploadOffset, "Content-Type",
                             "Host"}) {
        if (req.headerCount(name) > 1) {
            setHeaderInvalid(res, QString::fromLatin1(name));
            return std::nullopt;
        }
    }
    const QString deviceId = QString::fromLatin1(req.header(kHeaderDevice));
    if (parseUuid(deviceId).isNull()) {
        setHeaderInvalid(res, QString::fromLatin1(kHeaderDevice));
        return std::nullopt;
    }
    const QByteArray timestamp = req.header(kHeaderTimestamp);
    if (!isDecimal(timestamp, 12)) {
        setHeaderInvalid(res, QString::fromLatin1(kHeaderTimestamp));
        return std::nullopt;
    }
    const QByteArray nonce = req.header(kHeaderNonce);
    const auto nonceBytes = decodeBase64Strict(nonce);
    if (!nonceBytes || nonceBytes->size() != 16) {
        setHeaderInvalid(res, QString::fromLatin1(kHeaderNonce));
        return std::nullopt;
    }
    const auto signature = decodeBase64Strict(req.header(kHeaderSignature));
    if (!signature || signature->size() != 64) {
        setHeaderInvalid(res, QString::fromLatin1(kHeaderSignature));
        return std::nullopt;
    }
    const QString vaultKeyId = QString::fromLatin1(req.header(kHeaderVaultKey));
    if (req.hasHeader(kHeaderVaultKey) && !isSha256Hex(vaultKeyId)) {
        setHeaderInvalid(res, QString::fromLatin1(kHeaderVaultKey));
        return std::nullopt;
    }
    // This iteration does not require the vault co-signature (device signature only); a sent one
    // must still be well formed.
    if (req.hasHeader(kHeaderVaultSignature)) {
        const auto vaultSignature = decodeBase64Strict(req.header(kHeaderVaultSignature));
        if (!vaultSignature || vaultSignature->size() != 64) {
            setHeaderInvalid(res, QString::fromLatin1(kHeaderVaultSignature));
            return std::nullopt;
        }
    }
    QByteArray claimedDigest;
    if (req.hasHeader(kHeaderContentDigest)) {
        const auto digest = parseContentDigest(req.header(kHeaderContentDigest));
        if (!digest) {
            setHeaderInvalid(res, QString::fromLatin1(kHeaderContentDigest));
            return std::nullopt;
        }
        claimedDigest = *digest;
    } else if (req.contentLength.value_or(0) > 0) {
        setHeaderInvalid(res, QString::fromLatin1(kHeaderContentDigest));
        return std::nullopt;
    }
    const QByteArray host = req.header("Host").toLower();
    if (host.isEmpty()) {
        setHeaderInvalid(res, QStringLiteral("Host"));
        return std::nullopt;
    }

    // Step 2: a known device.
    auto found = ctx.store->device(deviceId);
    if (!found) {
        setInternalError(res, found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        setError(res, 401, QStringLiteral("unknown_device"), QStringLiteral("This device is not enrolled."));
        return std::nullopt;
    }
    const Device device = **found;

    // Step 3: the device signature over the canonical string (the body line is the claimed
    // digest; step 8 holds the body to it).
    RequestToSign toSign;
    toSign.method = QString::fromLatin1(req.method);
    toSign.authority = QString::fromLatin1(host);
    toSign.target = req.target;
    toSign.deviceId = deviceId;
    toSign.vaultKeyId = vaultKeyId;
    toSign.timestamp = QString::fromLatin1(timestamp);
    toSign.nonce = QString::fromLatin1(nonce);
    toSign.contentType = QString::fromLatin1(req.header("Content-Type"));
    toSign.uploadOffset = QString::fromLatin1(req.header(kHeaderUploadOffset));
    toSign.bodySha256Hex =
        claimedDigest.isEmpty() ? QString::fromLatin1(kEmptySha256) : QString::fromLatin1(claimedDigest.toHex());
    if (!verifyDetached(canonicalRequest(toSign), *signature, device.publicKey)) {
        setError(res, 401, QStringLiteral("signature_invalid"), QStringLiteral("The device signature is invalid."));
        return std::nullopt;
    }

    // Step 4: device state, revealed only to a correctly signed request.
    if (!options.skipDeviceState && device.state == DeviceState::Revoked) {
        setError(res, 403, QStringLiteral("device_revoked"),
                 QStringLiteral("This tablet has been revoked by an administrator."),
                 {{QStringLiteral("instruction"), storedInstruction(device.wipeInstruction)}});
        return std::nullopt;
    }
    if (!options.skipDeviceState && device.state == DeviceState::Suspended) {
        setError(res, 403, QStringLiteral("device_suspended"),
                 QStringLiteral("This tablet is suspended by an administrator."));
        return std::nullopt;
    }

    // Step 5: the signing window.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 sent = timestamp.toLongLong();
    if (sent < now - kSigningWindowSeconds || sent > now + kSigningWindowSeconds) {
        setError(res, 401, QStringLiteral("clock_skew"), QStringLiteral("The request time is outside the window."),
                 {{QStringLiteral("serverTime"), utcNowText()}});
        return std::nullopt;
    }

    // Step 6: the nonce, remembered from here on.
    auto fresh = ctx.store->rememberNonce(deviceId, QString::fromLatin1(nonce), now, now - kNonceMemorySeconds);
    if (!fresh) {
        setInternalError(res, fresh.error());
        return std::nullopt;
    }
    if (!*fresh) {
        setError(res, 401, QStringLiteral("nonce_replayed"), QStringLiteral("This request nonce was already used."));
        return std::nullopt;
    }
    (void)ctx.store->touchDevice(deviceId, utcNowText());
    return AuthedRequest{device, vaultKeyId, claimedDigest};
}

bool checkContentType(const HttpRequest &req, HttpResponse &res, const char *expected)
{
    const QByteArray type = req.header("Content-Type").trimmed().toLower();
    bool ok = type == expected;
    if (!ok && qstrcmp(expected, kJsonType) == 0) {
        // A charset parameter, if present, must be utf-8 (§2.3).
        const QList<QByteArray> parts = type.split(';');
        ok = parts.size() == 2 && parts[0].trimmed() == kJsonType &&
             (parts[1].trimmed() == "charset=utf-8" || parts[1].trimmed() == "charset=\"utf-8\"");
    }
    if (!ok)
        setError(res, 415, QStringLiteral("unsupported_media_type"), QStringLiteral("The content type is not accepted."),
                 {{QStringLiteral("accepted"), QJsonArray{QString::fromLatin1(expected)}}});
    return ok;
}

std::optional<QByteArray> readBody(const HttpRequest &req, HttpResponse &res, const BodySpec &spec,
                                   const QByteArray &claimedDigest)
{
    if (spec.contentType && !checkContentType(req, res, spec.contentType))
        return std::nullopt;
    const qint64 length = req.contentLength.value_or(0);
    if (length > spec.maxBytes) {
        setLimitError(res, 413, spec.limitCode, spec.maxBytes, spec.limitName);
        return std::nullopt;
    }
    QByteArray body;
    if (length > 0 && (!req.readBody || !req.readBody(&body))) {
        setError(res, 400, QStringLiteral("body_incomplete"), QStringLiteral("The request body could not be read."));
        return std::nullopt;
    }
    if (!claimedDigest.isEmpty() && protocol::sha256(body) != claimedDigest) {
        setError(res, 400, QStringLiteral("digest_mismatch"), QStringLiteral("The body does not match its digest."));
        return std::nullopt;
    }
    return body;
}

} // namespace saisie::server::http
