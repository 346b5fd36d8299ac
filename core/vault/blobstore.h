#pragma once
// Encrypted attachment files (SECURITY.md S1, D2). Each blob is one crypto_secretstream
// (XChaCha20-Poly1305) with the record and attachment ids as associated data of every chunk, so a
// file moved under another record's name fails to decrypt; a reader accepts a stream only when it
// ends exactly on TAG_FINAL, so truncation at a chunk boundary is caught too. The plaintext is
// hashed (SHA-256) during ingest: the hash of the original, untouched bytes is the evidence.
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace saisie::vault {

/// Which stream of an attachment: the original bytes or the thumbnail derived from them.
enum class BlobPart : quint8 { Original = 1, Thumbnail = 2 };

struct BlobWritten {
    QString fileName;  // name inside the blob directory
    QByteArray sha256; // of the plaintext (32 bytes)
    qint64 size = 0;   // plaintext bytes
};

class BlobStore
{
public:
    static constexpr qint64 kChunkBytes = 64 * 1024;
    static constexpr qint64 kMaxBlobBytes = qint64(2) * 1024 * 1024 * 1024;

    /// `key` must outlive the store (it is the vault's blob key in guarded memory).
    BlobStore(QString directory, const SecureBuffer &key);

    Status ensureDirectories() const;
    static QString fileNameFor(const QUuid &attachmentId, BlobPart part);

    /// Encrypts everything readable from `source` into a new file: written, fsynced, renamed into
    /// place, directory fsynced — all before the caller commits the row that references it.
    Expected<BlobWritten> write(const QUuid &recordId, const QUuid &attachmentId, BlobPart part, QIODevice &source);
    Expected<BlobWritten> write(const QUuid &recordId, const QUuid &attachmentId, BlobPart part,
                                const QByteArray &bytes);
    /// Decrypts into `sink` (may be null to only verify). Returns the plaintext hash and size.
    /// Errors: "missing", "tampered" (authentication failed, wrong record, swapped file), "truncated".
    Expected<BlobWritten> read(const QUuid &recordId, const QUuid &attachmentId, BlobPart part, QIODevice *sink) const;

    /// Files present in the blob directory (not in quarantine or temp).
    QStringList files() const;
    /// Deletes partial files left in the temp directory by an interrupted write; returns their names.
    QStringList discardUnfinished() const;
    /// Moves a file the database does not reference out of the way, keeping it for inspection.
    Status quarantine(const QString &fileName) const;
    Status remove(const QString &fileName) const;
    QString directory() const { return m_dir; }

private:
    QByteArray associatedData(const QUuid &recordId, const QUuid &attachmentId, BlobPart part) const;
    QString m_dir;
    const SecureBuffer &m_key;
};

} // namespace saisie::vault
