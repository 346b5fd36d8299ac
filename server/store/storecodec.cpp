#include "store/storecodec.h"

#include "protocol/encoding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace saisie::server::codec {

namespace {
Error invalid(const QString &what)
{
    return makeError(QStringLiteral("invalid_argument"), QStringLiteral("The server store refused %1.").arg(what));
}
} // namespace

QString stateText(DeviceState state)
{
    switch (state) {
    case DeviceState::Active: return QStringLiteral("active");
    case DeviceState::Suspended: return QStringLiteral("suspended");
    case DeviceState::Revoked: return QStringLiteral("revoked");
    }
    return QStringLiteral("revoked");
}

std::optional<DeviceState> stateFromText(const QString &text)
{
    if (text == QLatin1String("active"))
        return DeviceState::Active;
    if (text == QLatin1String("suspended"))
        return DeviceState::Suspended;
    if (text == QLatin1String("revoked"))
        return DeviceState::Revoked;
    return std::nullopt;
}

QString attachmentsText(const QList<AttachmentRef> &attachments)
{
    QList<AttachmentRef> sorted = attachments;
    std::sort(sorted.begin(), sorted.end(), [](const AttachmentRef &a, const AttachmentRef &b) {
        return protocol::uuidText(a.id) < protocol::uuidText(b.id);
    });
    QJsonArray array;
    for (const AttachmentRef &a : sorted)
        array.append(QJsonObject{{QStringLiteral("id"), protocol::uuidText(a.id)},
                                 {QStringLiteral("sha256"), a.sha256},
                                 {QStringLiteral("size"), double(a.size)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AttachmentRef> attachmentsFromText(const QString &text)
{
    QList<AttachmentRef> list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({protocol::parseUuid(o.value(QStringLiteral("id")).toString()),
                     o.value(QStringLiteral("sha256")).toString(),
                     qint64(o.value(QStringLiteral("size")).toDouble())});
    }
    return list;
}

bool isUploadId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    return pattern.match(id).hasMatch();
}

bool isExpired(const QString &expiresAt, const QString &now)
{
    const QDateTime expires = QDateTime::fromString(expiresAt, Qt::ISODateWithMs);
    const QDateTime current = QDateTime::fromString(now, Qt::ISODateWithMs);
    if (!expires.isValid() || !current.isValid())
        return true;
    return current > expires;
}

Status checkDevice(const Device &device)
{
    if (protocol::parseUuid(device.id).isNull())
        return invalid(QStringLiteral("a device id that is not a lower-case uuid"));
    if (device.publicKey.size() != 32)
        return invalid(QStringLiteral("a device public key that is not 32 bytes"));
    if (device.unitId.isEmpty())
        return invalid(QStringLiteral("a device without a unit"));
    return success();
}

Status checkRecord(const StoredRecord &record)
{
    if (protocol::parseUuid(record.deviceId).isNull() || record.uuid.isNull() || record.version < 1)
        return invalid(QStringLiteral("a record without a device id, uuid or positive version"));
    if (!protocol::isSha256Hex(record.vaultKeyId) || !protocol::isSha256Hex(record.contentHash))
        return invalid(QStringLiteral("a record whose vault key id or content hash is not hex SHA-256"));
    if (record.payload.isEmpty() || record.signature.isEmpty())
        return invalid(QStringLiteral("a record without payload or signature"));
    for (const AttachmentRef &a : record.attachments) {
        if (a.id.isNull() || !protocol::isSha256Hex(a.sha256) || a.size < 0)
            return invalid(QStringLiteral("a record with a malformed attachment reference"));
    }
    return success();
}

Status checkUpload(const Upload &upload)
{
    if (!isUploadId(upload.id))
        return invalid(QStringLiteral("an upload id outside [A-Za-z0-9_-]{16,64}"));
    if (protocol::parseUuid(upload.deviceId).isNull() || upload.recordUuid.isNull() || upload.attachmentId.isNull())
        return invalid(QStringLiteral("an upload without device, record or attachment id"));
    if (!protocol::isSha256Hex(upload.sha256) || upload.length < 0)
        return invalid(QStringLiteral("an upload with a malformed hash or length"));
    return success();
}

InsertOutcome compareStored(const StoredRecord &stored, const StoredRecord &incoming)
{
    const bool same = stored.payload == incoming.payload && stored.signature == incoming.signature
                      && stored.vaultKeyId == incoming.vaultKeyId;
    return same ? InsertOutcome::Replay : InsertOutcome::VersionConflict;
}

Status checkTransition(DeviceState from, DeviceState to, const QByteArray &wipeInstruction)
{
    if (from == DeviceState::Revoked && to != DeviceState::Revoked)
        return makeError(QStringLiteral("device_revoked"),
                         QStringLiteral("A revoked device cannot be suspended or reactivated: its key is never "
                                        "trusted again. Enrol the tablet afresh."));
    if (to == DeviceState::Revoked && wipeInstruction.isEmpty())
        return invalid(QStringLiteral("a revocation without its signed wipe instruction"));
    return success();
}

Error unknownDevice(const QString &deviceId)
{
    return makeError(QStringLiteral("unknown_device"), QStringLiteral("No device %1 is enrolled.").arg(deviceId));
}

Error unknownUpload()
{
    return makeError(QStringLiteral("upload_not_found"), QStringLiteral("No such upload."));
}

Error unknownRecord()
{
    return makeError(QStringLiteral("record_not_found"), QStringLiteral("No such record version."));
}

} // namespace saisie::server::codec
