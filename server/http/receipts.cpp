#include "http/receipts.h"

#include "http/httpresponse.h"
#include "http/serverdocuments.h"
#include "protocol/encoding.h"
#include "protocol/strictjson.h"

#include <algorithm>

namespace saisie::server::http {

namespace {

QJsonObject attachmentJson(const AttachmentRef &ref)
{
    return {{QStringLiteral("id"), protocol::uuidText(ref.id)},
            {QStringLiteral("sha256"), ref.sha256},
            {QStringLiteral("size"), ref.size}};
}

QJsonArray sortedAttachments(const StoredRecord &record)
{
    QList<AttachmentRef> refs = record.attachments;
    std::sort(refs.begin(), refs.end(), [](const AttachmentRef &a, const AttachmentRef &b) {
        return protocol::uuidText(a.id) < protocol::uuidText(b.id);
    });
    QJsonArray out;
    for (const AttachmentRef &ref : refs)
        out.append(attachmentJson(ref));
    return out;
}

} // namespace

Expected<QJsonArray> missingAttachments(ServerContext &ctx, const StoredRecord &record)
{
    QJsonArray missing;
    for (const QJsonValue &value : sortedAttachments(record)) {
        const QJsonObject ref = value.toObject();
        auto complete = ctx.store->attachmentComplete(record.deviceId, record.uuid,
                                                      QUuid::fromString(ref.value(QStringLiteral("id")).toString()),
                                                      ref.value(QStringLiteral("sha256")).toString());
        if (!complete)
            return complete.error();
        if (!*complete)
            missing.append(ref);
    }
    return missing;
}

Expected<QByteArray> issueReceiptIfComplete(ServerContext &ctx, const StoredRecord &record)
{
    if (!record.receipt.isEmpty())
        return record.receipt;
    auto missing = missingAttachments(ctx, record);
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return QByteArray();
    const QString completedAt = protocol::utcNowText();
    // §13.2 without "auditHead" (the audit chain is not uploaded in this iteration), without "log"
    // (no Merkle log) and without "nationalCaseNumber" (assigned later by the desk).
    const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("saisie-receipt/1")},
                              {QStringLiteral("deviceId"), record.deviceId},
                              {QStringLiteral("vaultKeyId"), record.vaultKeyId},
                              {QStringLiteral("recordUuid"), protocol::uuidText(record.uuid)},
                              {QStringLiteral("version"), record.version},
                              {QStringLiteral("contentHash"), record.contentHash},
                              {QStringLiteral("attachments"), sortedAttachments(record)},
                              {QStringLiteral("recordReceivedAt"), record.receivedAt},
                              {QStringLiteral("completedAt"), completedAt}};
    auto signedReceipt = signWithServerKey(ctx, payload);
    if (!signedReceipt)
        return signedReceipt.error();
    // Another worker may complete the same record at the same moment: the store keeps the first.
    return ctx.store->setReceipt(record.deviceId, record.uuid, record.version, jsonBytes(*signedReceipt),
                                 completedAt);
}

Status completeRecordsOf(ServerContext &ctx, const QString &deviceId, const QUuid &recordUuid)
{
    auto versions = ctx.store->recordVersions(recordUuid);
    if (!versions)
        return versions.error();
    for (const StoredRecord &record : *versions) {
        if (record.deviceId != deviceId || !record.receipt.isEmpty())
            continue;
        if (auto issued = issueReceiptIfComplete(ctx, record); !issued)
            return issued.error();
    }
    return success();
}

Expected<QJsonObject> deliveryState(ServerContext &ctx, const StoredRecord &record)
{
    auto receipt = issueReceiptIfComplete(ctx, record);
    if (!receipt)
        return receipt.error();
    QJsonObject state{{QStringLiteral("recordReceivedAt"), record.receivedAt}};
    if (!receipt->isEmpty()) {
        const auto parsed = protocol::parseStrictObject(*receipt);
        if (!parsed)
            return makeError(QStringLiteral("receipt_damaged"), QStringLiteral("A stored receipt does not parse."));
        state.insert(QStringLiteral("delivery"), QStringLiteral("complete"));
        state.insert(QStringLiteral("missing"), QJsonArray());
        state.insert(QStringLiteral("receipt"), *parsed);
        return state;
    }
    auto missing = missingAttachments(ctx, record);
    if (!missing)
        return missing.error();
    state.insert(QStringLiteral("delivery"), QStringLiteral("awaiting_attachments"));
    state.insert(QStringLiteral("missing"), *missing);
    state.insert(QStringLiteral("receipt"), QJsonValue::Null);
    return state;
}

} // namespace saisie::server::http
