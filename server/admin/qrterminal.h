#pragma once
// A QR code drawn with UTF-8 half blocks, two module rows per text line, light modules as blocks
// (the qrencode -t UTF8 convention for dark terminals).
#include "common/expected.h"

#include <QByteArray>
#include <QString>

namespace saisie::server::admin {

/// Byte mode, error correction M (protocol §7.2), 4-module quiet zone.
Expected<QString> renderQrForTerminal(const QByteArray &data);

} // namespace saisie::server::admin
