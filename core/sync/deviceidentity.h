#pragma once
// The tablet's enrolment state, shared by every officer vault on it: <deviceDir>/device.json,
// written atomically (durablefile) with mode 0600.
//
// WEAK POINT: the device's Ed25519 secret key is stored raw in that file. protocol.md §4 wants a
// non-exportable platform key-store key; this desktop build has no platform key store, so the
// file's permissions are the only protection. It never holds vault keys or record data.
#include "common/expected.h"
#include "common/securebuffer.h"
#include "protocol/signedobject.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace saisie::sync {

struct TrustedServerKey {
    QByteArray publicKey; // raw Ed25519, 32 bytes
    bool current = true;  // listed in the current config (trusted for new signatures)
};

class DeviceIdentity
{
public:
    static QString fileName() { return QStringLiteral("device.json"); }
    static QString pathIn(const QString &deviceDir) { return deviceDir + QLatin1Char('/') + fileName(); }
    static bool existsIn(const QString &deviceDir);

    /// Errors: "not_enrolled" (no file), "device_file" (unreadable or malformed: nothing guessed).
    static Expected<DeviceIdentity> load(const QString &deviceDir);
    /// Writes the whole state atomically (one rename): a crash leaves the old or the new file.
    Status save(const QString &deviceDir) const;
    /// Overwrites and removes device.json (after a wipe).
    static Status shred(const QString &deviceDir);

    QString deviceId;             // uuid text chosen by the server
    QString origin;               // "https://host[:port]"
    SecureBuffer deviceSecret;    // Ed25519 secret key, 64 bytes
    QByteArray devicePublicKey;   // 32 bytes
    QStringList pins;             // current SPKI pin set
    QList<QByteArray> caPems;     // national CA certificates copied at enrolment (PEM)
    QHash<QString, TrustedServerKey> serverKeys; // key id -> key; never shrinks (E5)
    int configSerial = 0;
    QString unitId;
    QString enrolledAt;
    protocol::SignedObject enrolment; // the signed saisie-enrolment/1 object as received
    protocol::SignedObject config;    // the signed saisie-config/1 object as received

    QString deviceKeyId() const;
    QList<QSslCertificate> nationalCas() const;
    /// Keys trusted for new signatures (current config) / for anything ever signed (receipts kept offline).
    QHash<QString, QByteArray> currentServerKeys() const;
    QHash<QString, QByteArray> allServerKeys() const;
};

} // namespace saisie::sync
