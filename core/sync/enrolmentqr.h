#pragma once
// The enrolment QR payload of docs/protocol.md §7.2, checked before anything is sent: the server
// origin, the one-time code, the server signing key id (the first trust anchor), the first SPKI
// pin set, and fingerprints of the national CA certificates the server's chain ends in.
#include "common/expected.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace saisie::sync {

struct EnrolmentQr {
    QString origin;          // "https://host[:port]", host lower-case, no path
    QString code;            // as typed or scanned (the server normalises it, §7.3)
    QString serverKeyId;     // "sk"
    QStringList pins;        // base64 SHA-256 of SPKI DER, 2..8
    QStringList caFingerprints; // hex SHA-256 of certificate DER, each in the national set
    QString expires;         // "exp" as given, may be empty
};

/// Every check of §7.2: strict JSON, no unknown member, saisie = "enrol/1", https origin without
/// path, query, fragment or user info, 2..8 distinct valid pins, a key id, every "ca" entry the
/// fingerprint of a certificate in `nationalCas`, a well-formed code, "exp" (when present) not past.
/// Manual entry: a national build configuration supplies a template payload without "code", and
/// `typedCode` supplies the code. A payload with a code and a typed code is refused (ambiguous).
/// Errors: "qr_invalid" (message names the member), "code_invalid", "code_expired", "ca_unknown".
Expected<EnrolmentQr> parseEnrolmentQr(QByteArrayView json, const QList<QSslCertificate> &nationalCas,
                                       const QString &typedCode = {},
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

/// Certificates of a PEM file's bytes; refuses an empty set or undecodable PEM.
Expected<QList<QSslCertificate>> parseNationalCas(const QByteArray &pem);
/// hex SHA-256 of the certificate's DER (the QR "ca" form).
QString certificateFingerprint(const QSslCertificate &certificate);
/// base64 SHA-256 of the certificate's SubjectPublicKeyInfo DER (the pin form, §3.3).
QString spkiPin(const QSslCertificate &certificate);
/// A pin is strict base64 of 32 bytes.
bool isValidPin(const QString &pin);

} // namespace saisie::sync
