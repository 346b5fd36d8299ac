#include "sync/receiptverifier.h"

#include "protocol/encoding.h"
#include "protocol/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace saisie::sync {

namespace {
Error mismatch(const QString &what)
{
    return makeError(QStringLiteral("receipt_mismatch"),
                     QStringLiteral("The server's receipt does not match this record (%1).").arg(what));
}

bool isWholeNumber(const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())); }

void sortById(QList<AttachmentFact> &facts)
{
    std::sort(facts.begin(), facts.end(), [](const AttachmentFact &a, const AttachmentFact &b) {
        return protocol::uuidText(a.id) < protocol::uuidText(b.id);
    });
}
} // namespace

Expected<QList<AttachmentFact>> signedAttachments(const QByteArray &signedPayload)
{
    const Error bad = makeError(QStringLiteral("payload_invalid"),
                                QStringLiteral("A signed record's attachment list is malformed."));
    auto envelope = protocol::parseStrictObject(signedPayload);
    if (!envelope)
        return bad;
    const QJsonValue list = envelope->value(QStringLiteral("record")).toObject().value(QStringLiteral("attachments"));
    if (list.isUndefined())
        return QList<AttachmentFact>{};
    if (!list.isArray())
        return bad;
    QList<AttachmentFact> facts;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject a = v.toObject();
        AttachmentFact f;
        f.id = protocol::parseUuid(a.value(QStringLiteral("id")).toString());
        f.sha256 = a.value(QStringLiteral("sha256")).toString();
        f.mimeType = a.value(QStringLiteral("mimeType")).toString();
        if (f.id.isNull() || !protocol::isSha256Hex(f.sha256) || !isWholeNumber(a.value(QStringLiteral("size"))))
            return bad;
        f.size = qint64(a.value(QStringLiteral("size")).toDouble());
        if (f.size < 0)
            return bad;
        facts.append(f);
    }
    sortById(facts);
    return facts;
}

Expected<VerifiedReceipt> verifyReceipt(const QJsonValue &receipt, const ReceiptExpectation &expected)
{
    auto object = protocol::SignedObject::fromJson(receipt);
    if (!object)
        return makeError(QStringLiteral("receipt_invalid"), QStringLiteral("The server's receipt is malformed."));
    auto payload = protocol::verifyObject(*object, expected.trustedKeys, QStringLiteral("saisie-receipt/1"));
    if (!payload)
        return payload.error();
    const QJsonObject &p = *payload;
    if (p.value(QStringLiteral("deviceId")).toString() != expected.deviceId)
        return mismatch(QStringLiteral("another device"));
    if (p.value(QStringLiteral("vaultKeyId")).toString() != expected.vaultKeyId)
        return mismatch(QStringLiteral("another vault key"));
    const store::SignedVersion &local = expected.version;
    if (protocol::parseUuid(p.value(QStringLiteral("recordUuid")).toString()) != local.uuid ||
        local.uuid.isNull())
        return mismatch(QStringLiteral("another record"));
    const QJsonValue version = p.value(QStringLiteral("version"));
    if (!isWholeNumber(version) || int(version.toDouble()) != local.version)
        return mismatch(QStringLiteral("another version"));
    if (p.value(QStringLiteral("contentHash")).toString() != local.contentHash ||
        protocol::sha256Hex(local.payload) != local.contentHash)
        return mismatch(QStringLiteral("another content hash"));

    auto mine = signedAttachments(local.payload);
    if (!mine)
        return mine.error();
    const QJsonValue list = p.value(QStringLiteral("attachments"));
    if (!list.isArray())
        return mismatch(QStringLiteral("no attachment list"));
    QList<AttachmentFact> theirs;
    QSet<QUuid> seen;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject a = v.toObject();
        AttachmentFact f;
        f.id = protocol::parseUuid(a.value(QStringLiteral("id")).toString());
        f.sha256 = a.value(QStringLiteral("sha256")).toString();
        if (f.id.isNull() || !isWholeNumber(a.value(QStringLiteral("size"))) || seen.contains(f.id))
            return mismatch(QStringLiteral("attachment list malformed"));
        f.size = qint64(a.value(QStringLiteral("size")).toDouble());
        seen.insert(f.id);
        theirs.append(f);
    }
    sortById(theirs);
    if (theirs != *mine)
        return mismatch(QStringLiteral("attachments differ"));

    VerifiedReceipt verified;
    verified.bytes = QJsonDocument(object->toJson()).toJson(QJsonDocument::Compact);
    verified.payloadHash = protocol::sha256Hex(object->payload);
    verified.nationalCaseNumber = p.value(QStringLiteral("nationalCaseNumber")).toString();
    return verified;
}

} // namespace saisie::sync
