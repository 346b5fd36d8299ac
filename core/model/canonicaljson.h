#pragma once
// Canonical JSON bytes of a value, the input of record hashes and signatures (SECURITY.md E1).
#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace saisie::model {

/// Serializes value deterministically, in the spirit of RFC 8785 (JCS):
/// - object members sorted by key, comparing UTF-16 code units (as RFC 8785 and as
///   QString::operator< do), no insignificant whitespace, no duplicate keys (QJsonObject has none);
/// - strings in UTF-8, escaping only '"', '\\' and the control characters U+0000..U+001F:
///   \b \f \n \r \t by name, the others as \u00xx with lower-case hex; '/' and non-ASCII are
///   never escaped;
/// - integral numbers as plain integers, without exponent or fraction ("1", "1000000000000000000000");
///   -0 as "0"; other numbers in the shortest form that reads back to the same double
///   (std::to_chars, e.g. "1.5", "0.1", "1e-07").
/// Deviation from RFC 8785: it prints integers of 1e21 and above in full rather than with an
/// exponent, so every whole number has a single obvious spelling.
///
/// Returns an empty array and sets *error when the value cannot be represented: a NaN or an
/// infinity, an unpaired UTF-16 surrogate, or an undefined value. Valid output is never empty.
QByteArray canonicalJson(const QJsonValue &value, QString *error = nullptr);

} // namespace saisie::model
