#pragma once
// Small helpers shared by the vault, store and integration tests: PINs in guarded memory, fast
// (but never below INTERACTIVE) vault options, and byte-level file inspection.
#include "common/securebuffer.h"
#include "vault/vault.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>
#include <cstring>

namespace saisie::testing {

/// A PIN or passphrase as the UI would hand it over: in guarded memory.
inline SecureBuffer pin(const char *text)
{
    return SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

/// KdfParams::interactive() (2 ops / 64 MiB): the floor the product accepts, never lower.
inline vault::VaultOptions testOptions(int maxAttempts = 10, const QByteArray &escrowPublicKey = {})
{
    vault::VaultOptions options;
    options.kdf = vault::KdfParams::interactive();
    options.maxAttempts = maxAttempts;
    options.escrowPublicKey = escrowPublicKey;
    return options;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

/// Every regular file below root (hidden ones and those in hidden directories included), as
/// paths relative to root, sorted.
inline QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << QDir(root).relativeFilePath(it.filePath());
    }
    out.sort();
    return out;
}

/// relative path -> SHA-256 of the file's bytes, for every file below root except those whose
/// file name is listed in skipNames.
inline QMap<QString, QByteArray> fileHashes(const QString &root, const QStringList &skipNames = {})
{
    QMap<QString, QByteArray> out;
    for (const QString &rel : filesUnder(root)) {
        if (skipNames.contains(QFileInfo(rel).fileName()))
            continue;
        out.insert(rel, QCryptographicHash::hash(readFile(root + QLatin1Char('/') + rel),
                                                 QCryptographicHash::Sha256));
    }
    return out;
}

/// Flips one bit of a file in place; false when the offset is outside the file.
inline bool flipBit(const QString &path, qint64 offset, int bit = 0)
{
    QByteArray bytes = readFile(path);
    if (offset < 0 || offset >= bytes.size())
        return false;
    bytes[offset] = char(bytes.at(offset) ^ (1 << bit));
    return writeFile(path, bytes);
}

} // namespace saisie::testing
