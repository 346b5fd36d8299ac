#pragma once
// Small secret files (the store key, the server signing key): created exclusively with mode 0600
// and synced, read straight into guarded memory, refused when others can read them.
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QString>

namespace saisie::server {

/// O_CREAT|O_EXCL 0600, write, fsync, fsync the directory. Error "exists" if the file is there.
Status writeSecretFile(const QString &path, const SecureBuffer &secret);
/// Exactly `size` bytes; errors "missing", "permissions" (group/other bits set), "size", "io".
Expected<SecureBuffer> readSecretFile(const QString &path, std::size_t size);

} // namespace saisie::server
