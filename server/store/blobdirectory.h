#pragma once
// Attachment bytes on the server: a content-addressed directory (objects/ab/<sha256>) that
// several server instances can share, plus partial uploads (partial/<uploadId>) that grow by
// whole verified chunks. The store's upload offset is the truth; a partial file longer than it
// (a crash after write, before the offset commit) is cut back to the offset before appending.
#include "common/expected.h"

#include <QByteArray>
#include <QString>

namespace saisie::server {

class BlobDirectory
{
public:
    explicit BlobDirectory(QString root);
    Status ensure() const;
    /// Truncates the partial file to `offset`, appends `chunk`, fsyncs.
    Status appendChunk(const QString &uploadId, qint64 offset, const QByteArray &chunk) const;
    /// SHA-256 hex of the partial file's first `length` bytes.
    Expected<QString> partialHash(const QString &uploadId, qint64 length) const;
    /// Moves the partial file to objects/<sha256> (durable rename); idempotent if it is already there.
    Status commit(const QString &uploadId, const QString &sha256) const;
    Status discardPartial(const QString &uploadId) const;
    bool hasObject(const QString &sha256) const;
    QString objectPath(const QString &sha256) const;

private:
    QString m_root;
};

} // namespace saisie::server
