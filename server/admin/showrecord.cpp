// saisie-server show-record: every stored version of a record with its evidence checked now.
// Prints identifiers, hashes, times and verdicts only, never the record's content.
#include "admin/adminsupport.h"
#include "protocol/encoding.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"
#include "store/blobdirectory.h"

#include <QCryptographicHash>
#include <QFile>

namespace saisie::server::admin {

namespace {
const QString kCommand = QStringLiteral("show-record");

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

struct Verdict {
    QString text;
    bool ok;
};

Verdict signatureVerdict(const StoredRecord &r)
{
    const auto envelope = protocol::parseStrictObject(r.payload);
    if (!envelope)
        return {QStringLiteral("INVALID (payload is not strict JSON)"), false};
    const auto signer = protocol::decodeBase64Strict(envelope->value(QStringLiteral("signer")).toString().toLatin1());
    if (!signer || signer->size() != 32)
        return {QStringLiteral("INVALID (no signer public key in the payload)"), false};
    if (!protocol::verifyDetached(r.payload, r.signature, *signer))
        return {QStringLiteral("INVALID (does not verify with the signer key)"), false};
    if (protocol::keyIdOf(*signer) != r.vaultKeyId)
        return {QStringLiteral("INVALID (signer key id %1 differs from the stored vault key)")
                    .arg(protocol::keyIdOf(*signer)),
                false};
    return {QStringLiteral("valid, signer key id = vault key id"), true};
}

Verdict receiptVerdict(const StoredRecord &r, const SigningKey &serverKey)
{
    if (r.receipt.isEmpty())
        return {QStringLiteral("none yet"), true};
    const auto json = protocol::parseStrictObject(r.receipt);
    const auto object = json ? protocol::SignedObject::fromJson(*json) : Expected<protocol::SignedObject>(json.error());
    if (!object)
        return {QStringLiteral("MALFORMED"), false};
    const auto payload = protocol::verifyObject(*object, {{serverKey.keyId, serverKey.publicKey}},
                                                QStringLiteral("saisie-receipt/1"));
    if (!payload)
        return {QStringLiteral("INVALID (%1; key id %2)").arg(payload.error().code, object->keyId), false};
    if (payload->value(QStringLiteral("contentHash")).toString() != r.contentHash
        || payload->value(QStringLiteral("recordUuid")).toString() != protocol::uuidText(r.uuid)
        || payload->value(QStringLiteral("version")).toInt() != r.version)
        return {QStringLiteral("INVALID (names another record version)"), false};
    return {QStringLiteral("present, signature valid (server key %1)").arg(serverKey.keyId), true};
}
} // namespace

int runShowRecord(const ParsedArgs &args, QTextStream &out, QTextStream &err)
{
    if (args.positional.size() != 1 || protocol::parseUuid(args.positional.first()).isNull())
        return fail(err, kCommand, QStringLiteral("give exactly one record UUID (lower-case)"), kUsage);
    const QUuid uuid = protocol::parseUuid(args.positional.first());
    int version = 0;
    if (args.has(QStringLiteral("version"))) {
        bool ok = false;
        version = args.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return fail(err, kCommand, QStringLiteral("--version must be a positive whole number"), kUsage);
    }
    auto server = loadServer(args.value(QStringLiteral("data")));
    if (!server)
        return fail(err, kCommand, server.error().message, kFailed);
    auto key = loadSigningKey(server->config.signingKeyFile);
    if (!key)
        return fail(err, kCommand, key.error().message, kFailed);
    auto versions = server->store->recordVersions(uuid);
    if (!versions)
        return fail(err, kCommand, versions.error().message, kFailed);
    QList<StoredRecord> shown;
    for (const StoredRecord &r : *versions) {
        if (version == 0 || r.version == version)
            shown.append(r);
    }
    if (shown.isEmpty())
        return fail(err, kCommand,
                    version ? QStringLiteral("no version %1 of record %2 is stored").arg(version).arg(args.positional.first())
                            : QStringLiteral("no record %1 is stored").arg(args.positional.first()),
                    kFailed);

    const BlobDirectory blobs(server->config.blobs);
    bool allGood = true;
    for (const StoredRecord &r : shown) {
        const bool hashOk = protocol::sha256Hex(r.payload) == r.contentHash;
        const Verdict signature = signatureVerdict(r);
        const Verdict receipt = receiptVerdict(r, *key);
        out << "record " << protocol::uuidText(r.uuid) << " version " << r.version << '\n'
            << "  device:        " << r.deviceId << '\n'
            << "  vault key:     " << r.vaultKeyId << '\n'
            << "  received:      " << r.receivedAt << " (device clock offset " << r.clockOffsetSeconds << " s)\n"
            << "  content hash:  " << r.contentHash << (hashOk ? " (matches the payload)" : " (MISMATCH)") << '\n'
            << "  signature:     " << signature.text << '\n'
            << "  receipt:       " << receipt.text << '\n'
            << "  completed:     " << (r.completedAt.isEmpty() ? QStringLiteral("-") : r.completedAt) << '\n';
        bool attachmentsOk = true;
        bool pending = false;
        for (const AttachmentRef &a : r.attachments) {
            QString state;
            if (!blobs.hasObject(a.sha256)) {
                state = r.receipt.isEmpty() ? QStringLiteral("not uploaded yet") : QStringLiteral("MISSING");
                attachmentsOk &= r.receipt.isEmpty();
                pending = true;
            } else if (fileSha256(blobs.objectPath(a.sha256)) != a.sha256) {
                state = QStringLiteral("HASH MISMATCH");
                attachmentsOk = false;
            } else {
                state = QStringLiteral("present, hash ok");
            }
            out << "  attachment:    " << protocol::uuidText(a.id) << " sha256 " << a.sha256 << " size " << a.size
                << ": " << state << '\n';
        }
        const bool ok = hashOk && signature.ok && receipt.ok && attachmentsOk;
        allGood &= ok;
        const QString status = !ok ? QStringLiteral("PROBLEMS FOUND")
                               : pending ? QStringLiteral("verified so far, awaiting attachments")
                                         : QStringLiteral("verified");
        out << "  status:        " << status << "\n\n";
    }
    if (!allGood)
        return fail(err, kCommand, QStringLiteral("some stored evidence failed verification (see above)"), kFailed);
    return kOk;
}

} // namespace saisie::server::admin
