#pragma once
// Remote wipe (docs/protocol.md §16): the instruction is checked before anything is destroyed,
// then every vault on the tablet is crypto-shredded without a PIN.
#include "common/expected.h"
#include "sync/deviceidentity.h"

#include <QJsonObject>

namespace saisie::sync {

struct WipeInstruction {
    QString wipeId;
};

/// The "instruction" of a 403 device_revoked error object: signed by a server key trusted now,
/// format saisie-wipe/1, action "wipe", scope "all", this device's id and device key id.
/// Anything else (a captive portal, a proxy, a damaged body) is an error and wipes nothing.
Expected<WipeInstruction> verifyWipeInstruction(const QJsonObject &errorObject, const DeviceIdentity &identity);

/// Shreds every vault under <dataRoot>/profiles (key file first, then the files; SECURITY.md S6),
/// including directories whose key file no longer reads. Returns how many were shredded.
int shredAllVaults(const QString &dataRoot);

} // namespace saisie::sync
