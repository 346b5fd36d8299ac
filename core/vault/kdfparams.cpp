#include "vault/kdfparams.h"

#include <sodium.h>

namespace saisie::vault {

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::moderate() { return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE}; }

KdfParams KdfParams::sensitive()
{
    return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

std::optional<KdfParams> KdfParams::named(const QString &name)
{
    if (name == QLatin1String("interactive"))
        return interactive();
    if (name == QLatin1String("moderate"))
        return moderate();
    if (name == QLatin1String("sensitive"))
        return sensitive();
    return std::nullopt;
}

bool KdfParams::isAtLeastInteractive() const
{
    return opslimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && memlimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE
           && opslimit <= crypto_pwhash_OPSLIMIT_MAX && memlimit <= crypto_pwhash_MEMLIMIT_MAX;
}

QString KdfParams::describe() const
{
    return QStringLiteral("%1 passes over %2 MiB").arg(opslimit).arg(memlimit / (1024 * 1024));
}

} // namespace saisie::vault
