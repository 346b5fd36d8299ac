#include "syncchecker.h"

#include "config/serverconfig.h"
#include "protocol/encoding.h"
#include "protocol/signedobject.h"
#include "store/blobdirectory.h"
#include "store/outbox.h"
#include "store/serverstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace saisie::synctest {

namespace {

struct Fact {
    QUuid id;
    QString sha256;
    qint64 size = 0;
    bool operator==(const Fact &o) const { return id == o.id && sha256 == o.sha256 && size == o.size; }
};

QList<Fact> sorted(QList<Fact> facts)
{
    std::sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.id < b.id; });
    return facts;
}

QList<Fact> factsOf(const QJsonArray &list)
{
    QList<Fact> out;
    for (const QJsonValue &v : list) {
        const QJsonObject a = v.toObject();
        out.append({QUuid::fromString(a.value(QStringLiteral("id")).toString()), a.value(QStringLiteral("sha256")).toString(),
                    qint64(a.value(QStringLiteral("size")).toDouble())});
    }
    return sorted(out);
}

/// record.attachments[] of the exact signed bytes.
QList<Fact> signedFacts(const QByteArray &payload)
{
    const QJsonObject record = QJsonDocument::fromJson(payload).object().value(QStringLiteral("record")).toObject();
    return factsOf(record.value(QStringLiteral("attachments")).toArray());
}

QString tag(const store::SignedVersion &v)
{
    return QStringLiteral("%1 v%2").arg(v.uuid.toString(QUuid::WithoutBraces)).arg(v.version);
}

/// §13.4 steps 1-4, written again here. Empty when the receipt is good.
QString receiptProblem(const QByteArray &receiptJson, const ServerFacts &facts, const QString &vaultKeyId,
                       const store::SignedVersion &v)
{
    const QJsonDocument doc = QJsonDocument::fromJson(receiptJson);
    auto object = protocol::SignedObject::fromJson(doc.object());
    if (!doc.isObject() || !object)
        return QStringLiteral("receipt is not a signed object");
    auto payload = protocol::verifyObject(*object, {{facts.serverKeyId, facts.serverPublicKey}},
                                          QStringLiteral("saisie-receipt/1"));
    if (!payload)
        return QStringLiteral("receipt does not verify under the server key: %1").arg(payload.error().code);
    const QJsonObject &p = *payload;
    if (p.value(QStringLiteral("deviceId")).toString() != facts.deviceId)
        return QStringLiteral("receipt names another device");
    if (p.value(QStringLiteral("vaultKeyId")).toString() != vaultKeyId)
        return QStringLiteral("receipt names another vault key");
    if (QUuid::fromString(p.value(QStringLiteral("recordUuid")).toString()) != v.uuid
        || p.value(QStringLiteral("version")).toInt(-1) != v.version)
        return QStringLiteral("receipt names another record version");
    if (p.value(QStringLiteral("contentHash")).toString() != v.contentHash)
        return QStringLiteral("receipt names another content hash");
    if (factsOf(p.value(QStringLiteral("attachments")).toArray()) != signedFacts(v.payload))
        return QStringLiteral("receipt attachments differ from the signed record's");
    return {};
}

QString fileSha256(const QString &path, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    *size = f.size();
    return QString::fromLatin1(h.result().toHex());
}

/// The record's own signature, checked with the signer key its envelope carries.
bool signatureValid(const server::StoredRecord &r)
{
    const QJsonObject envelope = QJsonDocument::fromJson(r.payload).object();
    const QByteArray signer = QByteArray::fromBase64(envelope.value(QStringLiteral("signer")).toString().toLatin1());
    return protocol::keyIdOf(signer) == r.vaultKeyId && protocol::sha256Hex(r.payload) == r.contentHash
           && protocol::verifyDetached(r.payload, r.signature, signer);
}
} // namespace

QStringList checkServer(const QString &serverDataDir, const QList<store::SignedVersion> &expected,
                        const QByteArray &vaultPublicKey, ServerFacts *facts)
{
    QStringList problems;
    auto config = server::ServerConfig::load(serverDataDir);
    if (!config)
        return {QStringLiteral("server config: %1").arg(config.error().message)};
    auto key = server::loadSigningKey(config->signingKeyFile);
    if (!key)
        return {QStringLiteral("server signing key: %1").arg(key.error().message)};
    facts->serverPublicKey = key->publicKey;
    facts->serverKeyId = key->keyId;
    auto opened = server::openServerStore(config->store);
    if (!opened)
        return {QStringLiteral("server store: %1").arg(opened.error().message)};
    server::ServerStore &db = **opened;
    const server::BlobDirectory blobs(config->blobs);

    auto devices = db.devices();
    if (!devices || devices->size() != 1)
        return {QStringLiteral("expected exactly one enrolled device on the server")};
    facts->deviceId = devices->first().id;
    const QString vaultKeyId = protocol::keyIdOf(vaultPublicKey);

    auto count = db.recordCount();
    facts->records = count ? *count : -1;
    if (facts->records != expected.size())
        problems << QStringLiteral("server holds %1 records, expected %2").arg(facts->records).arg(expected.size());

    for (const store::SignedVersion &v : expected) {
        if (Status s = store::SeizureRepository::verifySigned(v, vaultPublicKey); !s)
            problems << QStringLiteral("%1: the local signed version does not verify").arg(tag(v));
        auto versions = db.recordVersions(v.uuid);
        if (!versions || versions->size() != 1) {
            problems << QStringLiteral("%1: stored %2 times").arg(tag(v)).arg(versions ? versions->size() : -1);
            continue;
        }
        auto stored = db.record(facts->deviceId, v.uuid, v.version);
        if (!stored || !stored->has_value()) {
            problems << QStringLiteral("%1: not stored for this device").arg(tag(v));
            continue;
        }
        const server::StoredRecord &r = **stored;
        if (r.payload != v.payload || r.signature != v.signature || r.contentHash != v.contentHash)
            problems << QStringLiteral("%1: stored bytes differ from the signed local version").arg(tag(v));
        if (r.vaultKeyId != vaultKeyId || !signatureValid(r))
            problems << QStringLiteral("%1: stored signature does not verify under the vault key").arg(tag(v));
        QList<Fact> named;
        for (const server::AttachmentRef &a : r.attachments)
            named.append({a.id, a.sha256, a.size});
        if (sorted(named) != signedFacts(v.payload))
            problems << QStringLiteral("%1: stored attachment list differs from the signed one").arg(tag(v));
        for (const Fact &a : signedFacts(v.payload)) {
            auto complete = db.attachmentComplete(facts->deviceId, v.uuid, a.id, a.sha256);
            if (!complete || !*complete)
                problems << QStringLiteral("%1: attachment %2 not complete").arg(tag(v), a.id.toString());
            qint64 size = -1;
            if (!blobs.hasObject(a.sha256) || fileSha256(blobs.objectPath(a.sha256), &size) != a.sha256 || size != a.size)
                problems << QStringLiteral("%1: object %2 missing or wrong").arg(tag(v), a.sha256.left(12));
            ++facts->attachments;
            facts->attachmentBytes += a.size;
        }
        if (r.receipt.isEmpty()) {
            problems << QStringLiteral("%1: no receipt on the server").arg(tag(v));
            continue;
        }
        facts->receipts.insert(v.uuid, r.receipt);
        if (const QString p = receiptProblem(r.receipt, *facts, vaultKeyId, v); !p.isEmpty())
            problems << QStringLiteral("%1: server %2").arg(tag(v), p);
    }
    return problems;
}

QStringList checkClient(store::Session &session, const QList<store::SignedVersion> &expected, const ServerFacts &facts)
{
    QStringList problems;
    store::Outbox outbox(session.database(), session.audit());
    auto counts = outbox.counts();
    if (!counts)
        return {QStringLiteral("outbox counts: %1").arg(counts.error().message)};
    if (counts->pending != 0 || counts->parked != 0 || counts->delivered != expected.size())
        problems << QStringLiteral("outbox: %1 pending, %2 parked, %3 delivered (expected 0, 0, %4)")
                        .arg(counts->pending)
                        .arg(counts->parked)
                        .arg(counts->delivered)
                        .arg(expected.size());
    const QString vaultKeyId = protocol::keyIdOf(session.signingPublicKey());
    for (const store::SignedVersion &v : expected) {
        auto local = session.seizures().signedVersion(v.uuid, v.version);
        if (!local || local->payload != v.payload || local->signature != v.signature)
            problems << QStringLiteral("%1: the local signed version changed").arg(tag(v));
        auto entry = outbox.entry(v.uuid, v.version);
        if (!entry || entry->state != store::outboxstate::Delivered) {
            problems << QStringLiteral("%1: outbox state %2").arg(tag(v), entry ? entry->state : entry.error().code);
            continue;
        }
        auto receipt = outbox.receipt(v.uuid, v.version);
        if (!receipt || receipt->isEmpty()) {
            problems << QStringLiteral("%1: delivered without a stored receipt").arg(tag(v));
            continue;
        }
        if (const QString p = receiptProblem(*receipt, facts, vaultKeyId, v); !p.isEmpty())
            problems << QStringLiteral("%1: client %2").arg(tag(v), p);
        // The receipt is issued once per version and returned byte-identical forever (§13.1).
        auto mine = protocol::SignedObject::fromJson(QJsonDocument::fromJson(*receipt).object());
        auto theirs = protocol::SignedObject::fromJson(QJsonDocument::fromJson(facts.receipts.value(v.uuid)).object());
        if (!mine || !theirs || mine->payload != theirs->payload || mine->signature != theirs->signature)
            problems << QStringLiteral("%1: the client's receipt is not the server's").arg(tag(v));
    }
    return problems;
}

QByteArray summarize(const QStringList &problems, int max)
{
    QStringList shown = problems.mid(0, max);
    if (problems.size() > max)
        shown << QStringLiteral("... and %1 more").arg(problems.size() - max);
    return shown.join(QLatin1Char('\n')).toLocal8Bit();
}

} // namespace saisie::synctest
