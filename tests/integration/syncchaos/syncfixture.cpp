#include "syncfixture.h"

#include "model/seizurejson.h"
#include "store/officerprofile.h"
#include "vault/profiles.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <random>

namespace saisie::synctest {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("fixture"), message); }

// A JFIF start of image and APP0 segment: MIME sniffing says image/jpeg; the rest is noise, so
// every photo (and its hash, and so its server object) is distinct.
const QByteArray kJpegHeader = QByteArray::fromHex("ffd8ffe000104a46494600010101004800480000");

QByteArray photo(std::mt19937_64 &rng, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<unsigned char *>(bytes.data());
    for (qint64 i = 0; i < size; ++i)
        words[i] = static_cast<unsigned char>(rng() >> 56);
    bytes.replace(0, std::min<qsizetype>(kJpegHeader.size(), size), kJpegHeader.left(size));
    return bytes;
}

Expected<model::Seizure> templateRecord()
{
    QFile file(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/quick-seizure.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.remove(QStringLiteral("uuid"));
    QStringList errors;
    auto parsed = model::seizureFromJson(json, model::JsonMode::Input, &errors);
    if (!parsed)
        return fail(QStringLiteral("quick-seizure.json does not parse: %1").arg(errors.join(QLatin1Char(' '))));
    parsed->uuid = QUuid();
    return *parsed;
}
} // namespace

Expected<std::unique_ptr<store::Session>> openClientVault(const QString &dataRoot, const QByteArray &pin)
{
    vault::ProfileDirectory profiles(dataRoot);
    const auto all = profiles.list();
    if (all.size() != 1)
        return fail(QStringLiteral("expected exactly one profile under %1, found %2").arg(dataRoot).arg(all.size()));
    auto vault = profiles.open(all.first().vaultId);
    if (!vault)
        return vault.error();
    auto keys = vault->unlock(SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(pin.constData()),
                                                   size_t(pin.size())));
    if (!keys)
        return keys.error();
    return store::Session::open(*vault, std::move(*keys));
}

Expected<store::OutboxCounts> clientOutbox(const QString &dataRoot, const QByteArray &pin)
{
    auto session = openClientVault(dataRoot, pin);
    if (!session)
        return session.error();
    if (!(*session)->openProblems().isEmpty())
        return fail(QStringLiteral("the vault reported problems at open: %1").arg((*session)->openProblems().join(QStringLiteral("; "))));
    return store::Outbox((*session)->database(), (*session)->audit()).counts();
}

Expected<QList<store::SignedVersion>> writeFixture(store::Session &session, const FixtureSpec &spec,
                                                   FixtureTotals *totals)
{
    auto base = templateRecord();
    if (!base)
        return base.error();
    store::OfficerProfile officer(session.database(), &session.audit());
    if (Status s = officer.set({QStringLiteral("Chaos Officer"), QStringLiteral("NL-OFF-7731"), QStringLiteral("Sync tests")});
        !s)
        return s.error();

    // Noise behind a JPEG header makes the thumbnailer warn once per photo; the warnings say nothing here.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio.jpeg.warning=false"));
    std::mt19937_64 rng(spec.seed);
    std::uniform_int_distribution<qint64> sizes(spec.minPhotoBytes, spec.maxPhotoBytes);
    FixtureTotals sums;
    QList<store::SignedVersion> out;
    out.reserve(spec.records);
    for (int i = 0; i < spec.records; ++i) {
        model::Seizure record = *base;
        record.placeName = QStringLiteral("Chaos quay %1").arg(i + 1);
        auto draft = session.seizures().saveDraft(record);
        if (!draft)
            return fail(QStringLiteral("record %1: saveDraft: %2").arg(i).arg(draft.error().message));
        for (int k = 0; k < spec.photosPerRecord; ++k) {
            QByteArray bytes = photo(rng, sizes(rng));
            QBuffer source(&bytes);
            source.open(QIODevice::ReadOnly);
            store::AttachRequest request;
            request.seizure = draft->uuid;
            request.kind = QStringLiteral("GOODS");
            auto added = session.attachments().add(request, source);
            if (!added)
                return fail(QStringLiteral("record %1: attach: %2").arg(i).arg(added.error().message));
            ++sums.photos;
            sums.photoBytes += bytes.size();
        }
        auto sealed = session.seizures().finalize(draft->uuid, {});
        if (!sealed)
            return fail(QStringLiteral("record %1: finalize: %2").arg(i).arg(sealed.error().message));
        out.append(*sealed);
        ++sums.records;
    }
    if (totals)
        *totals = sums;
    return out;
}

} // namespace saisie::synctest
