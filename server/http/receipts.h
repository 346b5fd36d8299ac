#pragma once
// Delivery state and receipts (protocol §13): a record version is delivered once it and every
// attachment it names are complete; the server then signs exactly one saisie-receipt/1 and
// returns those bytes forever (the store keeps the first one written).
#include "http/servercontext.h"

#include <QJsonArray>

namespace saisie::server::http {

/// The attachments of `record` not yet complete on the server, as [{id, sha256, size}].
Expected<QJsonArray> missingAttachments(ServerContext &ctx, const StoredRecord &record);

/// Issues the receipt when nothing is missing and none exists yet. Returns the stored receipt
/// bytes (empty while attachments are missing).
Expected<QByteArray> issueReceiptIfComplete(ServerContext &ctx, const StoredRecord &record);

/// After an attachment completed: every version of that record from this device that it
/// completes gets its receipt.
Status completeRecordsOf(ServerContext &ctx, const QString &deviceId, const QUuid &recordUuid);

/// {"delivery", "recordReceivedAt", "missing", "receipt"} of §11.3.
Expected<QJsonObject> deliveryState(ServerContext &ctx, const StoredRecord &record);

} // namespace saisie::server::http
