#include "context.h"

#include "secretinput.h"

#include <cstdio>

namespace saisie::cli {

Expected<vault::Vault> Context::selectProfile(const Args &args) const
{
    if (args.has(QStringLiteral("profile")))
        return m_profiles.open(args.value(QStringLiteral("profile")));
    const auto all = m_profiles.list();
    if (all.size() == 1)
        return m_profiles.open(all.first().vaultId);
    if (all.isEmpty())
        return makeError(QStringLiteral("no_profile"),
                         QStringLiteral("No profile on this device yet; create one with 'saisiectl profile create'."));
    return makeError(QStringLiteral("usage"),
                     QStringLiteral("Several profiles exist; choose one with --profile (see 'saisiectl profile list')."));
}

Expected<std::unique_ptr<store::Session>> Context::unlock(const Args &args) const
{
    auto vault = selectProfile(args);
    if (!vault)
        return vault.error();
    auto pin = readSecretLine(QStringLiteral("PIN for %1").arg(vault->keyFile().alias));
    if (!pin)
        return pin.error();
    auto keys = vault->unlock(*pin);
    pin->wipe();
    if (!keys)
        return keys.error();
    return store::Session::open(*vault, std::move(*keys));
}

int Context::fail(const Error &error)
{
    std::fprintf(stderr, "saisiectl: %s\n", error.message.toLocal8Bit().constData());
    const QString &c = error.code;
    if (c == QLatin1String("usage") || c == QLatin1String("json") || c == QLatin1String("no_pin"))
        return Usage;
    if (c == QLatin1String("wrong_pin") || c == QLatin1String("wait") || c == QLatin1String("shredded")
        || c == QLatin1String("weak_pin") || c == QLatin1String("wrong_recovery_key")
        || c == QLatin1String("counter_damaged"))
        return AccessDenied;
    return Failure;
}

int Context::usage(const QString &message) { return fail(makeError(QStringLiteral("usage"), message)); }

void Context::print(const QJsonDocument &document) { print(document.toJson(QJsonDocument::Indented)); }

void Context::print(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace saisie::cli
