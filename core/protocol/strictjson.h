#pragma once
// JSON as the protocol accepts it (docs/protocol.md §2.3): UTF-8 without BOM, one object at top
// level, no duplicate keys, no trailing bytes, no unpaired surrogates, nesting depth bounded.
// QJsonDocument alone keeps the last of two duplicate keys silently; a signed or uploaded document
// must have one meaning, so this checks the text before Qt parses it.
#include "common/expected.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace saisie::protocol {

inline constexpr int kMaxJsonDepth = 32;

/// Errors: "json_invalid", "json_duplicate_key", "json_too_deep". Messages never quote the input.
Expected<QJsonObject> parseStrictObject(QByteArrayView bytes, int maxDepth = kMaxJsonDepth);

} // namespace saisie::protocol
