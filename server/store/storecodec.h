#pragma once
// Column encodings shared by both ServerStore backends, so a row means the same in SQLCipher and
// in PostgreSQL: device states as words, attachment lists as canonical JSON text, times as the
// RFC 3339 strings the protocol writes (compared as instants, never as text).
#include "common/expected.h"
#include "store/serverstore.h"

#include <QByteArray>
#include <QString>

namespace saisie::server::codec {

QString stateText(DeviceState state);
std::optional<DeviceState> stateFromText(const QString &text);

QString attachmentsText(const QList<AttachmentRef> &attachments);
QList<AttachmentRef> attachmentsFromText(const QString &text);

/// [A-Za-z0-9_-]{16,64}: the only upload ids that ever reach a path or a query.
bool isUploadId(const QString &id);
/// now > expiresAt; an unparsable time counts as expired (fail closed).
bool isExpired(const QString &expiresAt, const QString &now);

/// The checks both backends run before touching the database; errors "invalid_argument".
Status checkDevice(const Device &device);
Status checkRecord(const StoredRecord &record);
Status checkUpload(const Upload &upload);

/// What insertRecord answers when (device, uuid, version) is already stored.
InsertOutcome compareStored(const StoredRecord &stored, const StoredRecord &incoming);
/// Refuses any move out of Revoked (the device key is never reissued, protocol §16.2) and a
/// revocation without its signed instruction.
Status checkTransition(DeviceState from, DeviceState to, const QByteArray &wipeInstruction);

Error unknownDevice(const QString &deviceId);
Error unknownUpload();
Error unknownRecord();

} // namespace saisie::server::codec
