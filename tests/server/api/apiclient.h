#pragma once
// A small protocol v1 client for the server API tests: HTTPS through QNetworkAccessManager with
// the test CA as the only anchor and TLS 1.2+, requests signed with protocol::canonicalRequest by
// a device key, and a raw TLS socket for what QNetworkAccessManager will not send (no
// Content-Length, chunked bodies, oversized header sections).
#include "common/securebuffer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <optional>

namespace saisie::testing {

struct ApiReply {
    int status = 0;     // 0: no HTTP answer (network error)
    QString networkError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const;
    QString errorCode() const; // error.code of a §17 body
    QJsonObject error() const;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

/// How one request departs from a correct one.
struct RequestOptions {
    QByteArray contentType;                  // sent and signed
    QByteArray uploadOffset;                 // Upload-Offset, sent and signed when not empty
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    bool sign = true;                        // false: no Saisie-* auth headers at all
    bool withProtocolHeader = true;
    std::optional<QString> nonce;            // default: a fresh one
    qint64 timestampShift = 0;               // seconds added to the correct time
    bool corruptSignature = false;
    std::optional<QByteArray> contentDigest; // default: the body's
};

class ApiClient
{
public:
    ApiClient(const QUrl &base, const QList<QSslCertificate> &caCertificates);

    QUrl base() const { return m_base; }
    /// A fresh device key pair (the enrolment request's proof key).
    void newDeviceKey();
    const QByteArray &devicePublicKey() const { return m_public; }
    const SecureBuffer &deviceSecret() const { return m_secret; }
    QString deviceId;   // after enrolment
    QString vaultKeyId; // Saisie-Vault-Key, when not empty

    /// E1 with `code`, signed by the current device key; sets deviceId on 200/201.
    ApiReply enrol(const QString &code, const QString &server);
    ApiReply send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                  const RequestOptions &options = {});
    ApiReply get(const QByteArray &target) { return send("GET", target); }
    ApiReply putJson(const QByteArray &target, const QJsonObject &body);
    ApiReply postJson(const QByteArray &target, const QJsonObject &body);
    ApiReply patchChunk(const QByteArray &uploadId, qint64 offset, const QByteArray &chunk);

    /// Sends `bytes` on a new TLS connection and reads one response.
    ApiReply raw(const QByteArray &bytes);
    /// The signed auth header lines for a raw request (CRLF-terminated), for `raw`.
    QByteArray authLines(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                         const QByteArray &contentType = {});
    QByteArray authority() const;

private:
    QList<std::pair<QByteArray, QByteArray>> authHeaders(const QByteArray &method, const QByteArray &target,
                                                         const QByteArray &body, const RequestOptions &options);
    QUrl m_base;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_nam;
    SecureBuffer m_secret;
    QByteArray m_public;
};

} // namespace saisie::testing
