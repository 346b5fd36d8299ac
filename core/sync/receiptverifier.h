#pragma once
// What the device checks before it stores a receipt and calls a record delivered
// (docs/protocol.md §13.4 steps 1-4). Steps 5 (audit head) and 6 (Merkle log) are not run: this
// server version sends neither auditHead nor log.
#include "common/expected.h"
#include "protocol/signedobject.h"
#include "store/seizurerepository.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace saisie::sync {

struct AttachmentFact {
    QUuid id;
    QString sha256; // hex of the original bytes
    qint64 size = 0;
    QString mimeType;
    friend bool operator==(const AttachmentFact &a, const AttachmentFact &b)
    {
        return a.id == b.id && a.sha256 == b.sha256 && a.size == b.size;
    }
};

/// record.attachments[] of a signed finalize envelope (the bytes that were signed), sorted by id.
/// Errors "payload_invalid" when the envelope or an attachment entry is malformed.
Expected<QList<AttachmentFact>> signedAttachments(const QByteArray &signedPayload);

struct VerifiedReceipt {
    QByteArray bytes;          // the signed object exactly as received (JSON text)
    QString payloadHash;       // hex SHA-256 of the receipt payload
    QString nationalCaseNumber; // when present
};

struct ReceiptExpectation {
    QHash<QString, QByteArray> trustedKeys; // server keys trusted now (current config)
    QString deviceId;
    QString vaultKeyId;
    store::SignedVersion version;
};

/// Step 1: signed object verifies under a trusted key (§1.4), format saisie-receipt/1.
/// Step 2: own device id and vault key id. Step 3: uuid, version, content hash.
/// Step 4: attachments equal the signed local payload's (id, sha256, size): none missing, none extra.
/// Errors: the §1.4 codes of protocol::verifyObject, "receipt_invalid" (shape), "receipt_mismatch".
Expected<VerifiedReceipt> verifyReceipt(const QJsonValue &receipt, const ReceiptExpectation &expected);

} // namespace saisie::sync
