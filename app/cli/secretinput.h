#pragma once
// PINs arrive on standard input, never on the command line (argv is visible to every process).
// Lines are read byte by byte straight from fd 0 into guarded memory, so what follows the PIN on
// stdin (a JSON document) is left for the command to read.
#include "common/expected.h"
#include "common/securebuffer.h"

#include <QString>

namespace saisie::cli {

/// Reads one line (without its newline) from stdin. Prompts with echo off when stdin is a terminal.
Expected<SecureBuffer> readSecretLine(const QString &prompt);

} // namespace saisie::cli
