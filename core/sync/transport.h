#pragma once
// HTTPS to the national server, as docs/protocol.md §2, §3 and §5 require: the national CA set
// replaces the system store, TLS 1.2 or later, SPKI pins checked in QNetworkReply::encrypted()
// (after the handshake, before any request byte; a mismatch aborts), no redirects, no TLS error
// ever ignored, HTTP/1.1 without connection reuse (so every request passes the pin check on its
// own handshake, §3.3), and every request signed with the device key (§5).
#include "common/securebuffer.h"
#include "sync/syncresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace saisie::sync {

struct SyncRequest {
    QByteArray method;       // GET, HEAD, POST, PUT, PATCH
    QByteArray target;       // path and query, unreserved characters and '/' only (§5.2)
    QByteArray body;
    QByteArray contentType;  // empty: none sent
    QByteArray uploadOffset; // Upload-Offset, empty: none sent
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QString vaultKeyId;      // vault-scoped endpoints (V in §6): Saisie-Vault-Key and the canonical line
    bool sign = true;        // false only for E1 (enrolment has no device yet)
    bool wholeRequestTimeout = true; // 120 s cap for JSON requests; PATCH relies on inactivity only
};

/// GET/HEAD without a body, and a request with a JSON body.
SyncRequest bareRequest(const QByteArray &method, const QByteArray &target);
SyncRequest jsonRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body);

struct TransportConfig {
    QString origin;                       // "https://host[:port]"
    QList<QSslCertificate> caCertificates; // the national set, and nothing else
    QStringList pins;
    QString deviceId;
    SecureBuffer deviceSecret;            // empty: requests cannot be signed
    QString userAgent;
    int transferTimeoutMs = 60 * 1000;
    int requestTimeoutMs = 120 * 1000;
};

class Transport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(SyncResult)>;

    explicit Transport(TransportConfig config, QObject *parent = nullptr);
    ~Transport() override;

    /// Sends one request; `done` runs exactly once, on this thread, unless the transport is destroyed.
    void send(const SyncRequest &request, Callback done);
    /// Aborts every request in flight (their callbacks get NetError::Cancelled).
    void cancelAll();

    /// Added to the device clock for Saisie-Timestamp (§19.2).
    void setSigningOffset(qint64 seconds) { m_signingOffset = seconds; }
    qint64 signingOffset() const { return m_signingOffset; }
    void setPins(const QStringList &pins) { m_config.pins = pins; }
    /// Lower-case host, ":port" unless 443 (the canonical string's authority line).
    QString authority() const;
    /// Unix seconds, injectable for tests.
    void setUnixClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// Whether one certificate on the path from the leaf (linked by issuer and subject names)
    /// has an SPKI in `pins`. Certificates the server appended off that path do not count.
    static bool chainMatchesPins(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors,
                                 const QStringList &pins);

signals:
    /// Bytes of the current request body written so far.
    void uploadProgress(qint64 sent, qint64 total);
    /// A certificate or pin failure (logged as a security event, §18.1).
    void securityEvent(const QString &code);

private:
    struct InFlight;
    void finish(QNetworkReply *reply);
    QNetworkAccessManager *m_nam;
    TransportConfig m_config;
    qint64 m_signingOffset = 0;
    std::function<qint64()> m_clock;
    QHash<QNetworkReply *, InFlight *> m_inFlight;
};

} // namespace saisie::sync
