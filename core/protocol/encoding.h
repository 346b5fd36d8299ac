#pragma once
// Encodings of docs/protocol.md §1.3: strict base64, lower-case hex SHA-256, key ids, uuids.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUuid>
#include <optional>

namespace saisie::protocol {

/// RFC 4648 §4 with padding; refuses whitespace, bad padding, non-zero pad bits, other characters.
std::optional<QByteArray> decodeBase64Strict(QByteArrayView text);
QString toBase64(const QByteArray &bytes);

QByteArray sha256(QByteArrayView bytes);
QString sha256Hex(QByteArrayView bytes);
/// Exactly 64 lower-case hex digits.
bool isSha256Hex(const QString &text);
/// hex(SHA-256(raw 32-byte Ed25519 public key)).
QString keyIdOf(const QByteArray &publicKey);
/// Lower-case 8-4-4-4-12, not nil; otherwise a null QUuid.
QUuid parseUuid(const QString &text);
QString uuidText(const QUuid &uuid);
/// RFC 3339 UTC with milliseconds and Z, for server-written times.
QString utcNowText();

} // namespace saisie::protocol
