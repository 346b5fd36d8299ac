#pragma once
// The tablet side's data for the benchmark, made before any timing starts: photo files (random
// bytes behind a JPEG header, so MIME sniffing says image/jpeg), and an officer vault holding
// finalized records that name them. Everything here is "fixture" time, printed on its own.
#include "../fixtures.h"
#include "common/expected.h"
#include "common/securebuffer.h"
#include "store/seizurerepository.h"
#include "store/session.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <memory>

namespace saisie::bench::sync {

struct PhotoFile
{
    QString path;
    QByteArray sha256; // raw 32 bytes
    qint64 size = 0;
};

/// `count` files of `bytes` each under `dir`, all different.
Expected<QList<PhotoFile>> writePhotos(const QString &dir, int count, qint64 bytes);

struct AttachmentRef
{
    QUuid id;
    QString sha256Hex;
    qint64 size = 0;
    int photo = -1; // index into the photo list the record was made from
};

/// A finalized version with what R1 needs besides the signed bytes.
struct SignedRecord
{
    store::SignedVersion signedVersion;
    qint64 finalizeSeq = 0;   // the finalize audit event (R1 auditRef)
    QByteArray finalizeHash;  // raw 32 bytes
    QList<AttachmentRef> attachments;
};

class BenchVault
{
public:
    /// A new vault (INTERACTIVE KDF: unlock cost is not what is measured) with an officer profile.
    static Expected<std::unique_ptr<BenchVault>> create(const QString &dir);
    ~BenchVault();

    store::Session &session() { return *m_session; }
    const SecureBuffer &signingSecret() const { return m_signingSecret; }
    QString vaultKeyId() const;

    /// Adds and finalizes `count` records; record i gets photos [i*k, i*k+k) (k = photosPerRecord,
    /// modulo the list size). With k = 0 the records have no attachment.
    Expected<QList<SignedRecord>> addRecords(int count, const QList<PhotoFile> &photos, int photosPerRecord);

private:
    BenchVault() = default;
    SecureBuffer m_signingSecret;
    std::unique_ptr<store::Session> m_session;
    RecordFactory m_records;
};

} // namespace saisie::bench::sync
