#include "protocol/requestauth.h"

#include "protocol/encoding.h"

#include <QStringList>
#include <sodium.h>

namespace saisie::protocol {

QByteArray canonicalRequest(const RequestToSign &r)
{
    const QStringList lines{QStringLiteral("saisie-request/1"),
                            r.method,
                            r.authority,
                            QString::fromLatin1(r.target),
                            r.deviceId,
                            r.vaultKeyId,
                            r.timestamp,
                            r.nonce,
                            r.contentType,
                            r.uploadOffset,
                            r.bodySha256Hex};
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QByteArray contentDigest(QByteArrayView body) { return "sha-256=:" + sha256(body).toBase64() + ':'; }

QString newNonce()
{
    QByteArray bytes(16, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return toBase64(bytes);
}

} // namespace saisie::protocol
