// Certificate facts the QR code and the pins carry (protocol §3, §7.2).
#include "config/serverconfig.h"

#include "protocol/encoding.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace saisie::server {

namespace {
Expected<QList<QSslCertificate>> readPem(const QString &pemPath)
{
    if (!QFile::exists(pemPath))
        return makeError(QStringLiteral("missing"), QStringLiteral("The certificate file %1 does not exist.").arg(pemPath));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemPath, QSsl::Pem);
    if (certificates.isEmpty())
        return makeError(QStringLiteral("certificate_invalid"),
                         QStringLiteral("%1 holds no PEM certificate.").arg(pemPath));
    return certificates;
}
} // namespace

Expected<QStringList> caFingerprints(const QString &pemPath)
{
    auto certificates = readPem(pemPath);
    if (!certificates)
        return certificates.error();
    QStringList fingerprints;
    for (const QSslCertificate &certificate : *certificates)
        fingerprints.append(protocol::sha256Hex(certificate.toDer()));
    return fingerprints;
}

Expected<QString> spkiPinOfCertificate(const QString &pemPath)
{
    auto certificates = readPem(pemPath);
    if (!certificates)
        return certificates.error();
    // QSslKey::toDer of a public key is the SubjectPublicKeyInfo, which is what SPKI pins hash.
    const QByteArray spki = certificates->first().publicKey().toDer();
    if (spki.isEmpty())
        return makeError(QStringLiteral("certificate_invalid"),
                         QStringLiteral("The public key of %1 cannot be read.").arg(pemPath));
    return protocol::toBase64(protocol::sha256(spki));
}

} // namespace saisie::server
