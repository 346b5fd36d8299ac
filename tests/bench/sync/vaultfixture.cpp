#include "vaultfixture.h"

#include "protocol/encoding.h"
#include "store/officerprofile.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace saisie::bench::sync {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("bench"), message); }

const QByteArray kPin = QByteArrayLiteral("73914682");

SecureBuffer pin() { return SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(kPin.constData()), size_t(kPin.size())); }

// A JFIF start of image and APP0 segment: enough for MIME sniffing; the rest is noise.
const QByteArray kJpegHeader = QByteArray::fromHex("ffd8ffe000104a46494600010101004800480000");

/// The attachments[] of the signed record, as the server will read them (id, sha256, size).
QList<AttachmentRef> attachmentsOf(const QByteArray &payload)
{
    QList<AttachmentRef> refs;
    const QJsonObject record = QJsonDocument::fromJson(payload).object().value(QLatin1String("record")).toObject();
    for (const QJsonValue &v : record.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        refs.append({QUuid::fromString(a.value(QLatin1String("id")).toString()),
                     a.value(QLatin1String("sha256")).toString(), qint64(a.value(QLatin1String("size")).toDouble())});
    }
    return refs;
}
} // namespace

Expected<QList<PhotoFile>> writePhotos(const QString &dir, int count, qint64 bytes)
{
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    QList<PhotoFile> photos;
    QByteArray data(bytes, '\0');
    for (int i = 0; i < count; ++i) {
        randombytes_buf(data.data(), size_t(data.size()));
        data.replace(0, std::min<qsizetype>(kJpegHeader.size(), data.size()), kJpegHeader.left(data.size()));
        PhotoFile p;
        p.path = QStringLiteral("%1/photo-%2.jpg").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
        p.sha256 = protocol::sha256(data);
        p.size = bytes;
        QFile f(p.path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return fail(QStringLiteral("cannot write %1: %2").arg(p.path, f.errorString()));
        photos.append(p);
    }
    return photos;
}

Expected<std::unique_ptr<BenchVault>> BenchVault::create(const QString &dir)
{
    vault::VaultOptions options;
    options.kdf = vault::KdfParams::interactive();
    auto created = vault::Vault::create(dir, QStringLiteral("bench"), pin(), options);
    if (!created)
        return fail(QStringLiteral("Vault::create: %1").arg(created.error().message));
    auto loaded = vault::Vault::load(dir);
    if (!loaded)
        return fail(QStringLiteral("Vault::load: %1").arg(loaded.error().message));
    auto keys = loaded->unlock(pin());
    if (!keys)
        return fail(QStringLiteral("Vault::unlock: %1").arg(keys.error().message));
    std::unique_ptr<BenchVault> v(new BenchVault);
    v->m_signingSecret = SecureBuffer::copyOf(keys->signingSecret.data(), keys->signingSecret.size());
    auto session = store::Session::open(*loaded, std::move(*keys));
    if (!session)
        return fail(QStringLiteral("Session::open: %1").arg(session.error().message));
    v->m_session = std::move(*session);
    store::OfficerProfile officer(v->m_session->database(), &v->m_session->audit());
    if (Status s = officer.set({QStringLiteral("Bench Officer"), QStringLiteral("NL-OFF-3381"), QStringLiteral("Bench unit")}); !s)
        return fail(QStringLiteral("officer profile: %1").arg(s.error().message));
    QString error;
    if (!v->m_records.loadTemplate(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/quick-seizure.json"), &error))
        return fail(error);
    return v;
}

BenchVault::~BenchVault() = default;

QString BenchVault::vaultKeyId() const { return protocol::keyIdOf(m_session->signingPublicKey()); }

Expected<QList<SignedRecord>> BenchVault::addRecords(int count, const QList<PhotoFile> &photos, int photosPerRecord)
{
    QList<SignedRecord> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString container;
        QString error;
        auto seizure = m_records.varied(&container, &error);
        if (!seizure)
            return fail(QStringLiteral("record %1: %2").arg(i).arg(error));
        auto draft = m_session->seizures().saveDraft(*seizure);
        if (!draft)
            return fail(QStringLiteral("saveDraft: %1").arg(draft.error().message));
        QList<int> used;
        for (int k = 0; k < photosPerRecord && !photos.isEmpty(); ++k) {
            const int index = int((qint64(i) * photosPerRecord + k) % photos.size());
            store::AttachRequest request;
            request.seizure = draft->uuid;
            request.kind = QStringLiteral("GOODS");
            auto added = m_session->attachments().addFile(request, photos[index].path);
            if (!added)
                return fail(QStringLiteral("Attachments::addFile: %1").arg(added.error().message));
            used.append(index);
        }
        auto sealed = m_session->seizures().finalize(draft->uuid, {});
        if (!sealed)
            return fail(QStringLiteral("finalize: %1").arg(sealed.error().message));
        auto head = m_session->audit().head(); // finalize appended the newest event
        if (!head)
            return fail(QStringLiteral("audit head: %1").arg(head.error().message));
        SignedRecord r;
        r.signedVersion = *sealed;
        r.finalizeSeq = head->seq;
        r.finalizeHash = head->hash;
        r.attachments = attachmentsOf(sealed->payload);
        if (r.attachments.size() != used.size())
            return fail(QStringLiteral("the signed record names %1 attachments, %2 were added")
                            .arg(r.attachments.size())
                            .arg(used.size()));
        // Match each signed attachment to its photo file by hash (the order may differ).
        for (AttachmentRef &a : r.attachments)
            for (int index : std::as_const(used))
                if (photos[index].sha256.toHex() == a.sha256Hex.toLatin1())
                    a.photo = index;
        out.append(std::move(r));
    }
    return out;
}

} // namespace saisie::bench::sync
