// E1 POST /v1/enrolments (protocol §7.3–7.4).
#include "http/httpresponse.h"
#include "http/requestauth.h"
#include "http/requestjson.h"
#include "http/routes.h"
#include "http/serverdocuments.h"
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"
#include "model/canonicaljson.h"

namespace saisie::server::http {

namespace {

void proofInvalid(HttpResponse &res)
{
    setError(res, 400, QStringLiteral("enrolment_proof_invalid"),
             QStringLiteral("The enrolment request is not signed by the key it presents."));
}

/// The request payload's members, types and proof of possession; the device key on success.
std::optional<QByteArray> checkRequest(const ServerContext &ctx, const protocol::SignedObject &object,
                                       QString *typedCode, HttpResponse &res)
{
    auto payload = protocol::parseStrictObject(object.payload);
    if (!payload || model::canonicalJson(*payload) != object.payload) {
        setFieldInvalid(res, QStringLiteral("payload"), QStringLiteral("must be canonical JSON."));
        return std::nullopt;
    }
    const QStringList members{QStringLiteral("format"), QStringLiteral("server"), QStringLiteral("code"),
                              QStringLiteral("devicePublicKey"), QStringLiteral("requestedAt"),
                              QStringLiteral("client")};
    if (!onlyMembers(*payload, members, res, QStringLiteral("payload.")))
        return std::nullopt;
    FieldErrors errors;
    if (errors.string(*payload, QStringLiteral("format"), QStringLiteral("payload.format")) !=
        QLatin1String("saisie-enrolment-request/1"))
        errors.add(QStringLiteral("payload.format"), QStringLiteral("must be saisie-enrolment-request/1."));
    const QString server = errors.string(*payload, QStringLiteral("server"), QStringLiteral("payload.server"));
    *typedCode = errors.string(*payload, QStringLiteral("code"), QStringLiteral("payload.code"), true, 64);
    const auto publicKey = errors.base64(*payload, QStringLiteral("devicePublicKey"), QStringLiteral("payload.devicePublicKey"));
    errors.string(*payload, QStringLiteral("requestedAt"), QStringLiteral("payload.requestedAt"), true, 64);
    const QJsonValue client = payload->value(QStringLiteral("client"));
    if (!client.isUndefined()) {
        if (!client.isObject()) {
            errors.add(QStringLiteral("payload.client"), QStringLiteral("must be an object."));
        } else {
            if (!onlyMembers(client.toObject(), {QStringLiteral("app"), QStringLiteral("os"), QStringLiteral("model")},
                             res, QStringLiteral("payload.client.")))
                return std::nullopt;
            for (const QString &key : {QStringLiteral("app"), QStringLiteral("os"), QStringLiteral("model")})
                errors.string(client.toObject(), key, QStringLiteral("payload.client.") + key, false, 128);
        }
    }
    if (errors.answer(res))
        return std::nullopt;
    if (!publicKey || publicKey->size() != 32 || protocol::keyIdOf(*publicKey) != object.keyId ||
        !protocol::verifyDetached(object.payload, object.signature, *publicKey)) {
        proofInvalid(res);
        return std::nullopt;
    }
    if (server != ctx.config.publicUrl) {
        setFieldInvalid(res, QStringLiteral("payload.server"), QStringLiteral("names another server."));
        return std::nullopt;
    }
    return publicKey;
}

} // namespace

void postEnrolment(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    // No device signature yet; a Content-Digest, when sent, still binds the body.
    QByteArray claimedDigest;
    if (req.hasHeader(protocol::kHeaderContentDigest)) {
        const auto digest = parseContentDigest(req.header(protocol::kHeaderContentDigest));
        if (!digest)
            return setHeaderInvalid(res, QString::fromLatin1(protocol::kHeaderContentDigest));
        claimedDigest = *digest;
    }
    const auto body = readBody(req, res, BodySpec{kJsonType, ctx.limits.maxJsonBody}, claimedDigest);
    if (!body)
        return;
    const auto json = parseJsonBody(*body, res);
    if (!json)
        return;
    if (!onlyMembers(*json, {QStringLiteral("payload"), QStringLiteral("keyId"), QStringLiteral("signature")}, res))
        return;
    const auto object = protocol::SignedObject::fromJson(*json);
    if (!object)
        return setFieldInvalid(res, QString(), QStringLiteral("must be a signed object."));
    QString typedCode;
    const auto publicKey = checkRequest(ctx, *object, &typedCode, res);
    if (!publicKey)
        return;

    const auto normalised = protocol::normaliseEnrolmentCode(typedCode);
    const QString codeHash = normalised ? protocol::sha256Hex(normalised->toUtf8()) : QString();
    auto code = ctx.store->enrolmentCode(codeHash);
    if (!code)
        return setInternalError(res, code.error());
    if (!normalised || !code->has_value())
        return setError(res, 403, QStringLiteral("enrolment_code_unknown"),
                        QStringLiteral("This enrolment code is not known."));

    Device device;
    device.id = (*code)->reenrolDeviceId.isEmpty() ? protocol::uuidText(QUuid::createUuid()) : (*code)->reenrolDeviceId;
    device.publicKey = *publicKey;
    device.unitId = (*code)->unitId;
    device.state = DeviceState::Active;
    const QString now = protocol::utcNowText();
    device.enrolledAt = now;

    const QJsonObject enrolment{{QStringLiteral("format"), QStringLiteral("saisie-enrolment/1")},
                                {QStringLiteral("deviceId"), device.id},
                                {QStringLiteral("devicePublicKey"), protocol::toBase64(*publicKey)},
                                {QStringLiteral("server"), ctx.config.publicUrl},
                                {QStringLiteral("unitId"), device.unitId},
                                {QStringLiteral("enrolledAt"), now},
                                {QStringLiteral("codeSha256"), codeHash}};
    auto signedEnrolment = signWithServerKey(ctx, enrolment);
    auto signedConfig = signWithServerKey(ctx, configPayload(ctx));
    auto signedCodeLists = signWithServerKey(ctx, codeListsPayload());
    if (!signedEnrolment || !signedConfig || !signedCodeLists)
        return setInternalError(res, makeError(QStringLiteral("sign"), QStringLiteral("Signing failed.")));
    const QByteArray responseBody = jsonBytes({{QStringLiteral("enrolment"), *signedEnrolment},
                                               {QStringLiteral("config"), *signedConfig},
                                               {QStringLiteral("codeLists"), *signedCodeLists},
                                               {QStringLiteral("serverTime"), now}});

    auto result = ctx.store->enrol(codeHash, device, responseBody, now);
    if (!result)
        return setInternalError(res, result.error());
    switch (result->outcome) {
    case EnrolOutcome::Enrolled:
        return setJsonBytes(res, 201, result->responseBody);
    case EnrolOutcome::Replayed:
        return setJsonBytes(res, 200, result->responseBody);
    case EnrolOutcome::CodeUnknown:
        return setError(res, 403, QStringLiteral("enrolment_code_unknown"),
                        QStringLiteral("This enrolment code is not known."));
    case EnrolOutcome::CodeExpired:
        return setError(res, 403, QStringLiteral("enrolment_code_expired"),
                        QStringLiteral("This enrolment code has expired."),
                        {{QStringLiteral("expiredAt"), result->expiredAt}});
    case EnrolOutcome::CodeUsed:
        return setError(res, 409, QStringLiteral("enrolment_code_used"),
                        QStringLiteral("This enrolment code was already used by another device."));
    }
}

} // namespace saisie::server::http
