#pragma once
// Argon2id cost of turning a PIN into a key-encryption key (SECURITY.md S5). Stored beside the
// wrapped key so a vault keeps opening after the deployment default changes.
#include <QJsonObject>
#include <QString>
#include <cstddef>
#include <optional>

namespace saisie::vault {

struct KdfParams {
    unsigned long long opslimit = 0;
    std::size_t memlimit = 0;

    static KdfParams interactive(); // 2 ops / 64 MiB: the floor, never below
    static KdfParams moderate();    // 3 ops / 256 MiB: the default
    static KdfParams sensitive();   // 4 ops / 1 GiB
    /// "interactive", "moderate", "sensitive"
    static std::optional<KdfParams> named(const QString &name);
    bool isAtLeastInteractive() const;
    QString describe() const; // "3 passes over 256 MiB"
};

} // namespace saisie::vault
