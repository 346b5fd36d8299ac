#include "sync/transport.h"

#include "protocol/encoding.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"
#include "sync/enrolmentqr.h"
#include "sync/retrypolicy.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace saisie::sync {

struct Transport::InFlight {
    Callback done;
    bool pinFailed = false;
    bool encryptedSeen = false;
    bool certificateFailed = false;
    bool timedOut = false;
    bool cancelled = false;
    QTimer *deadline = nullptr;
};

namespace {
bool sameName(const QSslCertificate &issued, const QSslCertificate &issuer)
{
    const QList<QByteArray> issuedAttrs = issued.issuerInfoAttributes();
    if (issuedAttrs != issuer.subjectInfoAttributes())
        return false;
    for (const QByteArray &attr : issuedAttrs)
        if (issued.issuerInfo(attr) != issuer.subjectInfo(attr))
            return false;
    return true;
}
} // namespace

SyncRequest bareRequest(const QByteArray &method, const QByteArray &target)
{
    SyncRequest r;
    r.method = method;
    r.target = target;
    return r;
}

SyncRequest jsonRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body)
{
    SyncRequest r = bareRequest(method, target);
    r.body = body;
    r.contentType = "application/json";
    return r;
}

bool Transport::chainMatchesPins(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors,
                                 const QStringList &pins)
{
    if (chain.isEmpty() || pins.isEmpty())
        return false;
    QList<QSslCertificate> pool = chain.mid(1) + anchors;
    QSslCertificate current = chain.first();
    for (int depth = 0; depth < 10 && !current.isNull(); ++depth) {
        if (pins.contains(spkiPin(current)))
            return true;
        if (current.isSelfSigned())
            break;
        QSslCertificate next;
        for (const QSslCertificate &candidate : std::as_const(pool))
            if (candidate != current && sameName(current, candidate)) {
                next = candidate;
                break;
            }
        current = next;
    }
    return false;
}

Transport::Transport(TransportConfig config, QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_config(std::move(config))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    // No proxy from the environment: a TLS-inspecting proxy would fail the pins anyway, and the
    // origin must be reached directly.
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

Transport::~Transport()
{
    const auto flights = m_inFlight;
    m_inFlight.clear();
    for (auto it = flights.begin(); it != flights.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        delete it.value();
    }
}

QString Transport::authority() const
{
    const QUrl url(m_config.origin);
    QString authority = url.host(QUrl::FullyEncoded).toLower();
    if (url.port(443) != 443)
        authority += QLatin1Char(':') + QString::number(url.port());
    return authority;
}

void Transport::send(const SyncRequest &request, Callback done)
{
    const QUrl url = QUrl::fromEncoded(m_config.origin.toLatin1() + request.target, QUrl::StrictMode);
    QNetworkRequest nr(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_config.caCertificates); // replaces the system store (§3.2)
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setSslOption(QSsl::SslOptionDisableCompression, true);
    tls.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    tls.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);
    nr.setSslConfiguration(tls);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // §3.3: a reused keep-alive connection would carry a request without a fresh encrypted()
    // check. Each request gets its own connection instead (tst_transport counts handshakes).
    nr.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    nr.setRawHeader("Connection", "close");
    nr.setTransferTimeout(m_config.transferTimeoutMs);
    nr.setRawHeader(protocol::kHeaderProtocol, protocol::kProtocolMajor);
    if (!m_config.userAgent.isEmpty())
        nr.setRawHeader("User-Agent", m_config.userAgent.toUtf8());
    if (!request.contentType.isEmpty())
        nr.setRawHeader("Content-Type", request.contentType);
    if (!request.uploadOffset.isEmpty())
        nr.setRawHeader(protocol::kHeaderUploadOffset, request.uploadOffset);
    for (const auto &[name, value] : request.extraHeaders)
        nr.setRawHeader(name, value);
    if (!request.body.isEmpty())
        nr.setRawHeader(protocol::kHeaderContentDigest, protocol::contentDigest(request.body));
    if (request.sign) {
        protocol::RequestToSign s;
        s.method = QString::fromLatin1(request.method);
        s.authority = authority();
        s.target = request.target;
        s.deviceId = m_config.deviceId;
        s.vaultKeyId = request.vaultKeyId;
        s.timestamp = QString::number(m_clock() + m_signingOffset);
        s.nonce = protocol::newNonce();
        s.contentType = QString::fromLatin1(request.contentType);
        s.uploadOffset = QString::fromLatin1(request.uploadOffset);
        s.bodySha256Hex = protocol::sha256Hex(request.body);
        const QByteArray signature = protocol::signDetached(protocol::canonicalRequest(s), m_config.deviceSecret);
        nr.setRawHeader(protocol::kHeaderDevice, m_config.deviceId.toLatin1());
        // No Saisie-Vault-Signature yet: this server version checks the device signature only.
        if (!request.vaultKeyId.isEmpty())
            nr.setRawHeader(protocol::kHeaderVaultKey, request.vaultKeyId.toLatin1());
        nr.setRawHeader(protocol::kHeaderTimestamp, s.timestamp.toLatin1());
        nr.setRawHeader(protocol::kHeaderNonce, s.nonce.toLatin1());
        nr.setRawHeader(protocol::kHeaderSignature, signature.toBase64());
    }

    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_nam->get(nr);
    else if (request.method == "HEAD")
        reply = m_nam->head(nr);
    else
        reply = m_nam->sendCustomRequest(nr, request.method, request.body);

    auto *flight = new InFlight{std::move(done)};
    m_inFlight.insert(reply, flight);
    // Runs before the first request byte is written (Qt delivers it blocking from the HTTP thread).
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, flight] {
        flight->encryptedSeen = true;
        const QSslConfiguration peer = reply->sslConfiguration();
        if (!chainMatchesPins(peer.peerCertificateChain(), m_config.caCertificates, m_config.pins)) {
            flight->pinFailed = true;
            qCWarning(lcSync) << "security: server key matches no pin; connection aborted";
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [flight](const QList<QSslError> &errors) {
        flight->certificateFailed = true; // never ignored: Qt ends the connection
        for (const QSslError &e : errors)
            qCWarning(lcSync) << "security: TLS certificate error" << int(e.error());
    });
    connect(reply, &QNetworkReply::uploadProgress, this, &Transport::uploadProgress);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    if (request.wholeRequestTimeout && m_config.requestTimeoutMs > 0) {
        flight->deadline = new QTimer(reply);
        flight->deadline->setSingleShot(true);
        connect(flight->deadline, &QTimer::timeout, reply, [reply, flight] {
            flight->timedOut = true;
            reply->abort();
        });
        flight->deadline->start(m_config.requestTimeoutMs);
    }
}

void Transport::cancelAll()
{
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        if (InFlight *f = m_inFlight.value(reply))
            f->cancelled = true;
        reply->abort();
    }
}

void Transport::finish(QNetworkReply *reply)
{
    InFlight *flight = m_inFlight.take(reply);
    if (!flight)
        return;
    reply->deleteLater();
    if (flight->deadline)
        flight->deadline->stop();
    SyncResult r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (flight->pinFailed) {
        r.error = NetError::PinMismatch;
    } else if (flight->certificateFailed) {
        r.error = NetError::TlsCertificate;
    } else if (flight->cancelled) {
        r.error = NetError::Cancelled;
    } else if (flight->timedOut || reply->error() == QNetworkReply::TimeoutError ||
               (reply->error() == QNetworkReply::OperationCanceledError && !status.isValid())) {
        r.error = NetError::Timeout; // transfer timeouts surface as a cancel we did not ask for
    } else if (!status.isValid()) {
        r.error = NetError::Network;
    }
    if (r.error != NetError::None) {
        r.errorDetail = reply->errorString().left(200);
        if (r.error == NetError::PinMismatch || r.error == NetError::TlsCertificate)
            emit securityEvent(netErrorName(r.error));
    } else {
        r.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        r.body = reply->readAll();
        if (r.status >= 300 && r.status < 400) {
            r.error = NetError::Redirect; // §2.3: a redirect could leave the pinned origin
            r.errorCode = QStringLiteral("redirect_refused");
        }
        if (auto retry = r.headers.constFind("retry-after"); retry != r.headers.constEnd())
            r.retryAfterSeconds = parseRetryAfter(*retry, QDateTime::currentDateTimeUtc());
        if (r.status >= 400) {
            if (auto parsed = protocol::parseStrictObject(r.body); parsed) {
                r.errorObject = parsed->value(QStringLiteral("error")).toObject();
                r.errorCode = r.errorObject.value(QStringLiteral("code")).toString().left(64);
            }
            if (r.errorCode.isEmpty())
                r.errorCode = QString::fromLatin1(r.header("saisie-error-code").left(64));
        }
    }
    // Belt and braces for §3.3: nothing pooled survives a request.
    m_nam->clearConnectionCache();
    Callback done = std::move(flight->done);
    delete flight;
    if (done)
        done(std::move(r));
}

} // namespace saisie::sync
