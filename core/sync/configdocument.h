#pragma once
// The signed configuration saisie-config/1 (docs/protocol.md §8.2): pins and server keys. Used at
// enrolment (anchored in the QR's "sk") and, later, for S2 refreshes (anchored in the keys held).
#include "common/expected.h"
#include "protocol/signedobject.h"

#include <QHash>
#include <QStringList>

namespace saisie::sync {

struct ConfigDocument {
    int serial = 0;
    QString server;
    QStringList pins;
    QHash<QString, QByteArray> serverKeys; // key id -> raw public key
};

/// Reads the server keys a config lists without trusting them yet (to find the QR's key).
QHash<QString, QByteArray> listedServerKeys(const protocol::SignedObject &config);

/// Verifies under `trustedKeys`, then: serial > minSerial, server = origin, 2..8 valid pins,
/// every listed key's id = H(public key). Errors: verifyObject's codes, "config_invalid".
Expected<ConfigDocument> verifyConfig(const protocol::SignedObject &config, const QHash<QString, QByteArray> &trustedKeys,
                                      const QString &origin, int minSerial);

} // namespace saisie::sync
