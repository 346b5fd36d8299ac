#pragma once
// One-time enrolment codes (docs/protocol.md §7.1): 20 Crockford base32 symbols (100 random bits),
// shown as five groups of four.
#include <QString>
#include <optional>

namespace saisie::protocol {

/// A fresh code, grouped: "7K3M-Q9XD-2F8R-WT4B-HN6C".
QString newEnrolmentCode();
/// Upper-cases, drops '-' and spaces, maps O->0 and I/L->1; nullopt unless 20 valid symbols remain.
std::optional<QString> normaliseEnrolmentCode(const QString &typed);

} // namespace saisie::protocol
