#include "site.h"

#include "enginerun.h"
#include "sync/deviceidentity.h"

#include <QDir>

namespace saisie::bench::sync {

Expected<std::unique_ptr<Site>> Site::open(const QString &dir, const QString &pki, const QString &store)
{
    auto site = std::make_unique<Site>();
    QDir().mkpath(dir);
    site->server = std::make_unique<ServerProcess>(pki, dir + QStringLiteral("/server"));
    if (Status s = site->server->init(store); !s)
        return s.error();
    if (Status s = site->server->start(); !s)
        return s.error();
    auto vault = BenchVault::create(dir + QStringLiteral("/vault"));
    if (!vault)
        return vault.error();
    site->vault = std::move(*vault);

    auto payload = site->server->enrolmentPayload();
    if (!payload)
        return payload.error();
    site->deviceDir = dir + QStringLiteral("/device");
    QDir().mkpath(site->deviceDir);
    if (Status s = enrolDevice(site->deviceDir, *payload, site->server->caPem()); !s)
        return makeError(QStringLiteral("bench"), QStringLiteral("enrolment: %1").arg(s.error().message));
    auto identity = saisie::sync::DeviceIdentity::load(site->deviceDir);
    if (!identity)
        return makeError(QStringLiteral("bench"), QStringLiteral("device identity: %1").arg(identity.error().message));
    site->signer = std::make_unique<Signer>(site->server->authority(), identity->deviceId, identity->deviceSecret,
                                            site->vault->vaultKeyId(), site->vault->signingSecret());
    site->wire = std::make_unique<WireSetup>(*site->signer, site->server->origin(), site->server->caPem(),
                                             dir + QStringLiteral("/wire"));
    return site;
}

} // namespace saisie::bench::sync
