#pragma once
// One measured setting: a saisie-server on its own data directory and store, an officer vault,
// and a device directory enrolled with that server. Signer is available after enrolment.
#include "common/expected.h"
#include "serverprocess.h"
#include "signer.h"
#include "vaultfixture.h"
#include "wiresetup.h"

#include <QString>
#include <memory>

namespace saisie::bench::sync {

struct Site
{
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<BenchVault> vault;
    QString deviceDir;
    std::unique_ptr<Signer> signer;
    std::unique_ptr<WireSetup> wire;

    /// Server init + serve on `store`, a new vault, and the device enrolled (in process).
    static Expected<std::unique_ptr<Site>> open(const QString &dir, const QString &pki, const QString &store);
};

} // namespace saisie::bench::sync
