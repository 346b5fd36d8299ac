// R1 PUT /v1/records/{uuid}/versions/{version} (§11) and R2 GET .../receipt (§13.1).
#include "http/httpresponse.h"
#include "http/receipts.h"
#include "http/requestauth.h"
#include "http/requestjson.h"
#include "http/routes.h"
#include "model/canonicaljson.h"
#include "model/seizurejson.h"
#include "protocol/encoding.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"

#include <QSet>

namespace saisie::server::http {

namespace {

void unprocessable(HttpResponse &res, const QString &code, const QString &message, const QJsonObject &details = {})
{
    setError(res, 422, code, message, details);
}

/// The request body of §11.1, shape only.
struct RecordUpload {
    QByteArray payload;
    QString contentHash;
    QByteArray signature;
    QString vaultKeyId;
    QSet<QPair<QString, QString>> declared; // (id, sha256)
    QStringList uploaded;                   // ids declared "uploaded"
    qint64 clockOffset = 0;
};

std::optional<RecordUpload> parseUpload(const QJsonObject &json, HttpResponse &res)
{
    // auditRef is accepted and ignored: the audit chain is not uploaded in this iteration.
    if (!onlyMembers(json, {QStringLiteral("payload"), QStringLiteral("contentHash"), QStringLiteral("signature"),
                            QStringLiteral("vaultKeyId"), QStringLiteral("auditRef"), QStringLiteral("attachments"),
                            QStringLiteral("deviceClockOffsetS")}, res))
        return std::nullopt;
    FieldErrors errors;
    RecordUpload upload;
    upload.payload = errors.base64(json, QStringLiteral("payload"), QStringLiteral("payload")).value_or(QByteArray());
    upload.contentHash = errors.sha256Hex(json, QStringLiteral("contentHash"), QStringLiteral("contentHash"));
    upload.signature = errors.base64(json, QStringLiteral("signature"), QStringLiteral("signature")).value_or(QByteArray());
    if (json.contains(QStringLiteral("signature")) && upload.signature.size() != 64)
        errors.add(QStringLiteral("signature"), QStringLiteral("must be 64 bytes."));
    upload.vaultKeyId = errors.sha256Hex(json, QStringLiteral("vaultKeyId"), QStringLiteral("vaultKeyId"));
    if (json.contains(QStringLiteral("auditRef")) && !json.value(QStringLiteral("auditRef")).isObject())
        errors.add(QStringLiteral("auditRef"), QStringLiteral("must be an object."));
    upload.clockOffset = errors.integer(json, QStringLiteral("deviceClockOffsetS"), QStringLiteral("deviceClockOffsetS"),
                                        -(1LL << 40), 1LL << 40, false).value_or(0);
    const QJsonValue list = json.value(QStringLiteral("attachments"));
    if (!list.isArray()) {
        errors.add(QStringLiteral("attachments"), QStringLiteral("must be an array."));
    } else {
        const QJsonArray entries = list.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString path = QStringLiteral("attachments[%1]").arg(i);
            const QJsonObject entry = entries[i].toObject();
            if (!entries[i].isObject()) {
                errors.add(path, QStringLiteral("must be an object."));
                continue;
            }
            if (!onlyMembers(entry, {QStringLiteral("id"), QStringLiteral("sha256"), QStringLiteral("state")}, res,
                             path + QLatin1Char('.')))
                return std::nullopt;
            const QString id = errors.uuid(entry, QStringLiteral("id"), path + QStringLiteral(".id"));
            const QString sha = errors.sha256Hex(entry, QStringLiteral("sha256"), path + QStringLiteral(".sha256"));
            const QString state = errors.string(entry, QStringLiteral("state"), path + QStringLiteral(".state"));
            if (state != QLatin1String("pending") && state != QLatin1String("uploaded"))
                errors.add(path + QStringLiteral(".state"), QStringLiteral("must be pending or uploaded."));
            if (upload.declared.contains({id, sha}))
                errors.add(path, QStringLiteral("is declared twice."));
            upload.declared.insert({id, sha});
            if (state == QLatin1String("uploaded"))
                upload.uploaded << id;
        }
    }
    if (errors.answer(res))
        return std::nullopt;
    return upload;
}

/// §11.2 steps 2–4 on the signed payload; the record as the store keeps it on success.
std::optional<StoredRecord> checkPayload(const RecordUpload &upload, const QString &uuid, int version,
                                         model::Seizure *seizure, HttpResponse &res)
{
    const auto envelope = protocol::parseStrictObject(upload.payload);
    if (!envelope || model::canonicalJson(*envelope) != upload.payload) {
        unprocessable(res, QStringLiteral("payload_not_canonical"), QStringLiteral("The record payload is not canonical JSON."));
        return std::nullopt;
    }
    if (envelope->value(QStringLiteral("format")).toString() != QLatin1String("saisie-record/1")) {
        unprocessable(res, QStringLiteral("unsupported_record_format"), QStringLiteral("The record format is not supported."));
        return std::nullopt;
    }
    const auto signer = protocol::decodeBase64Strict(envelope->value(QStringLiteral("signer")).toString().toLatin1());
    if (!signer || signer->size() != 32 || protocol::keyIdOf(*signer) != upload.vaultKeyId ||
        !protocol::verifyDetached(upload.payload, upload.signature, *signer)) {
        unprocessable(res, QStringLiteral("record_signature_invalid"), QStringLiteral("The record signature is invalid."));
        return std::nullopt;
    }
    const QJsonObject record = envelope->value(QStringLiteral("record")).toObject();
    const QJsonValue recordVersion = record.value(QStringLiteral("version"));
    if (record.value(QStringLiteral("uuid")).toString() != uuid || !recordVersion.isDouble() ||
        recordVersion.toDouble() != double(version) ||
        record.value(QStringLiteral("status")).toString() != QLatin1String("finalized")) {
        unprocessable(res, QStringLiteral("record_identity_mismatch"),
                      QStringLiteral("The signed record is not this uuid, version and status."));
        return std::nullopt;
    }
    QStringList problems;
    auto parsed = model::seizureFromJson(record, model::JsonMode::Stored, &problems);
    if (!parsed) {
        QJsonArray errors;
        for (const QString &problem : problems) {
            // Model messages start with the JSON path and never quote free text.
            const QString path = problem.section(QLatin1Char(' '), 0, 0);
            errors.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("record.") + path},
                                      {QStringLiteral("message"), problem}});
        }
        unprocessable(res, QStringLiteral("record_invalid"), QStringLiteral("The signed record is not a valid record."),
                      {{QStringLiteral("errors"), errors}});
        return std::nullopt;
    }
    *seizure = *parsed;
    StoredRecord stored;
    stored.uuid = QUuid::fromString(uuid);
    stored.version = version;
    stored.vaultKeyId = upload.vaultKeyId;
    stored.payload = upload.payload;
    stored.contentHash = upload.contentHash;
    stored.signature = upload.signature;
    stored.clockOffsetSeconds = upload.clockOffset;
    for (const model::AttachmentInfo &info : parsed->attachments)
        stored.attachments.append(AttachmentRef{info.id, info.sha256, info.size});
    return stored;
}

void answerState(ServerContext &ctx, const StoredRecord &record, int status, HttpResponse &res)
{
    auto state = deliveryState(ctx, record);
    if (!state)
        return setInternalError(res, state.error());
    setJson(res, status, *state);
}

void versionConflict(HttpResponse &res, const StoredRecord &stored)
{
    setError(res, 409, QStringLiteral("record_version_conflict"),
             QStringLiteral("Another content is stored for this record version."),
             {{QStringLiteral("storedContentHash"), stored.contentHash}});
}

bool sameVersion(const StoredRecord &a, const StoredRecord &b)
{
    return a.payload == b.payload && a.signature == b.signature && a.vaultKeyId == b.vaultKeyId;
}

} // namespace

void putRecord(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth)
        return;
    if (auth->vaultKeyId.isEmpty())
        return setError(res, 401, QStringLiteral("auth_missing"), QStringLiteral("The request names no vault key."));
    const auto body = readBody(req, res, BodySpec{kJsonType, ctx.limits.maxRecordBody}, auth->claimedDigest);
    if (!body)
        return;
    const auto json = parseJsonBody(*body, res);
    if (!json)
        return;
    const auto upload = parseUpload(*json, res);
    if (!upload)
        return;
    if (upload->payload.size() > ctx.limits.maxPayload)
        return setLimitError(res, 413, QStringLiteral("body_too_large"), ctx.limits.maxPayload, QStringLiteral("payload"));
    // Step 1.
    if (upload->vaultKeyId != auth->vaultKeyId)
        return setFieldInvalid(res, QStringLiteral("vaultKeyId"), QStringLiteral("must equal the Saisie-Vault-Key header."));
    if (upload->contentHash != protocol::sha256Hex(upload->payload))
        return unprocessable(res, QStringLiteral("content_hash_mismatch"), QStringLiteral("contentHash is not the payload's hash."));
    // Steps 2-4.
    const QString uuid = req.params.value(0);
    const int version = req.params.value(1).toInt();
    model::Seizure seizure;
    auto record = checkPayload(*upload, uuid, version, &seizure, res);
    if (!record)
        return;
    record->deviceId = auth->device.id;

    // Step 5: idempotency, before anything is judged against history.
    auto existing = ctx.store->record(auth->device.id, record->uuid, version);
    if (!existing)
        return setInternalError(res, existing.error());
    if (existing->has_value())
        return sameVersion(**existing, *record) ? answerState(ctx, **existing, 200, res)
                                                : versionConflict(res, **existing);
    auto versions = ctx.store->recordVersions(record->uuid);
    if (!versions)
        return setInternalError(res, versions.error());
    for (const StoredRecord &other : *versions)
        if (other.deviceId != auth->device.id)
            return setError(res, 409, QStringLiteral("record_uuid_conflict"),
                            QStringLiteral("This record uuid was delivered by another device."));

    // Step 6: history. (Step 7, the audit reference, is skipped in this iteration.)
    if (version > 1) {
        auto previous = ctx.store->record(auth->device.id, record->uuid, version - 1);
        if (!previous)
            return setInternalError(res, previous.error());
        if (!previous->has_value())
            return setError(res, 409, QStringLiteral("previous_version_missing"),
                            QStringLiteral("The previous version must be delivered first."),
                            {{QStringLiteral("expectedVersion"), version - 1}});
        if (seizure.amends != (*previous)->contentHash)
            return unprocessable(res, QStringLiteral("amends_mismatch"),
                                 QStringLiteral("amends is not the previous version's content hash."));
    } else if (!seizure.amends.isEmpty()) {
        return unprocessable(res, QStringLiteral("amends_mismatch"), QStringLiteral("A first version amends nothing."));
    }

    // Step 8: the declaration matches the signed record exactly; "uploaded" ones are complete.
    QSet<QPair<QString, QString>> named;
    for (const AttachmentRef &ref : record->attachments)
        named.insert({protocol::uuidText(ref.id), ref.sha256});
    if (named != upload->declared || qsizetype(named.size()) != record->attachments.size())
        return unprocessable(res, QStringLiteral("attachment_declaration_mismatch"),
                             QStringLiteral("The declared attachments differ from the signed record's."));
    QJsonArray notUploaded;
    for (const AttachmentRef &ref : record->attachments) {
        if (!upload->uploaded.contains(protocol::uuidText(ref.id)))
            continue;
        auto complete = ctx.store->attachmentComplete(auth->device.id, record->uuid, ref.id, ref.sha256);
        if (!complete)
            return setInternalError(res, complete.error());
        if (!*complete)
            notUploaded.append(protocol::uuidText(ref.id));
    }
    if (!notUploaded.isEmpty())
        return setError(res, 409, QStringLiteral("attachment_not_uploaded"),
                        QStringLiteral("Some attachments declared uploaded are not complete here."),
                        {{QStringLiteral("ids"), notUploaded}});

    record->receivedAt = protocol::utcNowText();
    auto inserted = ctx.store->insertRecord(*record);
    if (!inserted)
        return setInternalError(res, inserted.error());
    switch (inserted->outcome) {
    case InsertOutcome::Inserted:
        return answerState(ctx, inserted->stored, 201, res);
    case InsertOutcome::Replay:
        return answerState(ctx, inserted->stored, 200, res);
    case InsertOutcome::VersionConflict:
        return versionConflict(res, inserted->stored);
    case InsertOutcome::UuidConflict:
        return setError(res, 409, QStringLiteral("record_uuid_conflict"),
                        QStringLiteral("This record uuid was delivered by another device."));
    case InsertOutcome::VaultKeyElsewhere:
        return setError(res, 409, QStringLiteral("vault_key_bound_elsewhere"),
                        QStringLiteral("This vault key belongs to another device."));
    }
}

void getReceipt(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth || !readBody(req, res, BodySpec{nullptr, 0}, auth->claimedDigest))
        return;
    auto record = ctx.store->record(auth->device.id, QUuid::fromString(req.params.value(0)), req.params.value(1).toInt());
    if (!record)
        return setInternalError(res, record.error());
    if (!record->has_value())
        return setError(res, 404, QStringLiteral("record_not_found"), QStringLiteral("This record version was not received."));
    auto state = deliveryState(ctx, **record);
    if (!state)
        return setInternalError(res, state.error());
    if (state->value(QStringLiteral("delivery")).toString() != QLatin1String("complete"))
        return setError(res, 409, QStringLiteral("delivery_incomplete"), QStringLiteral("Some attachments are missing."),
                        {{QStringLiteral("missing"), state->value(QStringLiteral("missing"))}});
    setJson(res, 200, {{QStringLiteral("delivery"), QStringLiteral("complete")},
                       {QStringLiteral("receipt"), state->value(QStringLiteral("receipt"))}});
}

} // namespace saisie::server::http
