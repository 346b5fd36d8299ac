#pragma once
// SECURITY.md S3: exactly one SQLite implementation per process. If the system libsqlite3 is
// mapped next to our SQLCipher (Qt's QSQLITE plugin, a QML LocalStorage import, a stray
// dependency), symbol lookup may route SQLCipher's calls to plain SQLite, which ignores the key
// and writes evidence in clear. We look before any vault data is opened and refuse to go on.
#include <QString>

namespace saisie::app {

/// The path of a plain libsqlite3 mapped into this process, or an empty string when none is.
/// Reads /proc/self/maps (Linux, Android); elsewhere it cannot tell and answers empty, leaving
/// the build-time check (ldd / nm -D in CI) as the guard.
QString mappedPlainSqlite();

} // namespace saisie::app
