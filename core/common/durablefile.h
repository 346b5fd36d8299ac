#pragma once
// Crash-safe file writes: data reaches the disk before a rename makes it visible, and the
// directory entry is synced too (SECURITY.md D2). Used for key files, counters and blobs.
#include "common/expected.h"
#include <QByteArray>
#include <QString>

namespace saisie::durable {

/// fsync() an open descriptor; returns false with errno set on failure.
bool syncFd(int fd);
/// fsync() a directory so a rename or unlink inside it survives power loss.
Status syncDirectory(const QString &dirPath);
/// Writes bytes to a temporary file beside `path`, fsyncs it, renames it over `path`, fsyncs the directory.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);
/// Overwrites a file's bytes with random data, syncs, then unlinks it (best effort against recovery).
Status shredFile(const QString &path);
/// Creates a directory (and parents) readable only by the owner.
Status makePrivateDirectory(const QString &path);

} // namespace saisie::durable
