#include "apiclient.h"

#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTimer>
#include <sodium.h>

namespace saisie::testing {

QJsonObject ApiReply::json() const { return QJsonDocument::fromJson(body).object(); }
QJsonObject ApiReply::error() const { return json().value(QStringLiteral("error")).toObject(); }
QString ApiReply::errorCode() const { return error().value(QStringLiteral("code")).toString(); }

ApiClient::ApiClient(const QUrl &base, const QList<QSslCertificate> &caCertificates) : m_base(base)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(caCertificates);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    newDeviceKey();
}

void ApiClient::newDeviceKey()
{
    ensureSodium();
    m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    m_public = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(m_public.data()), m_secret.data());
}

QByteArray ApiClient::authority() const { return QStringLiteral("%1:%2").arg(m_base.host()).arg(m_base.port()).toLatin1(); }

QList<std::pair<QByteArray, QByteArray>> ApiClient::authHeaders(const QByteArray &method, const QByteArray &target,
                                                                const QByteArray &body, const RequestOptions &options)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!options.sign)
        return headers;
    protocol::RequestToSign r;
    r.method = QString::fromLatin1(method);
    r.authority = QString::fromLatin1(authority());
    r.target = target;
    r.deviceId = deviceId;
    r.vaultKeyId = vaultKeyId;
    r.timestamp = QString::number(QDateTime::currentSecsSinceEpoch() + options.timestampShift);
    r.nonce = options.nonce.value_or(protocol::newNonce());
    r.contentType = QString::fromLatin1(options.contentType);
    r.uploadOffset = QString::fromLatin1(options.uploadOffset);
    r.bodySha256Hex = protocol::sha256Hex(body);
    // A client that claims another digest signs what it claims (the server holds the body to it).
    if (options.contentDigest && options.contentDigest->startsWith("sha-256=:"))
        r.bodySha256Hex = QString::fromLatin1(
            QByteArray::fromBase64(options.contentDigest->mid(9, options.contentDigest->size() - 10)).toHex());
    QByteArray signature = protocol::signDetached(protocol::canonicalRequest(r), m_secret);
    if (options.corruptSignature)
        signature[0] = char(signature[0] ^ 1);
    headers.append({"Saisie-Device", deviceId.toLatin1()});
    headers.append({"Saisie-Timestamp", r.timestamp.toLatin1()});
    headers.append({"Saisie-Nonce", r.nonce.toLatin1()});
    headers.append({"Saisie-Signature", signature.toBase64()});
    if (!vaultKeyId.isEmpty())
        headers.append({"Saisie-Vault-Key", vaultKeyId.toLatin1()});
    if (options.contentDigest)
        headers.append({"Content-Digest", *options.contentDigest});
    else if (!body.isEmpty())
        headers.append({"Content-Digest", protocol::contentDigest(body)});
    return headers;
}

ApiReply ApiClient::send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                         const RequestOptions &options)
{
    QNetworkRequest request(m_base.resolved(QUrl(QString::fromLatin1(target))));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (options.withProtocolHeader)
        request.setRawHeader("Saisie-Protocol", "1");
    if (!options.contentType.isEmpty())
        request.setRawHeader("Content-Type", options.contentType);
    if (!options.uploadOffset.isEmpty())
        request.setRawHeader("Upload-Offset", options.uploadOffset);
    for (const auto &[name, value] : authHeaders(method, target, body, options))
        request.setRawHeader(name, value);
    for (const auto &[name, value] : options.extraHeaders)
        request.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam.get(request);
    else if (method == "HEAD")
        reply = m_nam.head(request);
    else
        reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

ApiReply ApiClient::putJson(const QByteArray &target, const QJsonObject &body)
{
    RequestOptions options;
    options.contentType = "application/json";
    return send("PUT", target, model::canonicalJson(body), options);
}

ApiReply ApiClient::postJson(const QByteArray &target, const QJsonObject &body)
{
    RequestOptions options;
    options.contentType = "application/json";
    return send("POST", target, model::canonicalJson(body), options);
}

ApiReply ApiClient::patchChunk(const QByteArray &uploadId, qint64 offset, const QByteArray &chunk)
{
    RequestOptions options;
    options.contentType = "application/offset+octet-stream";
    options.uploadOffset = QByteArray::number(offset);
    options.extraHeaders.append({"Upload-Checksum", "sha256 " + protocol::sha256(chunk).toBase64()});
    return send("PATCH", "/v1/uploads/" + uploadId, chunk, options);
}

ApiReply ApiClient::enrol(const QString &code, const QString &server)
{
    const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("saisie-enrolment-request/1")},
                              {QStringLiteral("server"), server},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("devicePublicKey"), protocol::toBase64(m_public)},
                              {QStringLiteral("requestedAt"), QStringLiteral("2024-05-14T07:00:01+02:00")},
                              {QStringLiteral("client"), QJsonObject{{QStringLiteral("app"), QStringLiteral("1.0.0")},
                                                                     {QStringLiteral("os"), QStringLiteral("Linux")},
                                                                     {QStringLiteral("model"), QStringLiteral("test")}}}};
    auto signedObject = protocol::signObject(payload, m_secret, m_public);
    RequestOptions options;
    options.sign = false;
    options.contentType = "application/json";
    ApiReply reply = send("POST", "/v1/enrolments", model::canonicalJson(signedObject->toJson()), options);
    if (reply.status == 200 || reply.status == 201) {
        const auto enrolment = protocol::SignedObject::fromJson(reply.json().value(QStringLiteral("enrolment")));
        if (enrolment)
            deviceId = QJsonDocument::fromJson(enrolment->payload).object().value(QStringLiteral("deviceId")).toString();
    }
    return reply;
}

QByteArray ApiClient::authLines(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                const QByteArray &contentType)
{
    RequestOptions options;
    options.contentType = contentType;
    QByteArray lines;
    for (const auto &[name, value] : authHeaders(method, target, body, options))
        lines += name + ": " + value + "\r\n";
    return lines;
}

ApiReply ApiClient::raw(const QByteArray &bytes)
{
    ApiReply out;
    QSslSocket socket;
    socket.setSslConfiguration(m_tls);
    socket.connectToHostEncrypted(m_base.host(), quint16(m_base.port()));
    if (!socket.waitForEncrypted(15000)) {
        out.networkError = socket.errorString();
        return out;
    }
    socket.write(bytes);
    QByteArray received;
    qint64 bodyStart = -1;
    qint64 length = -1;
    while (socket.waitForReadyRead(15000) || socket.bytesAvailable() > 0) {
        received += socket.readAll();
        if (bodyStart < 0 && received.contains("\r\n\r\n")) {
            bodyStart = received.indexOf("\r\n\r\n") + 4;
            const QList<QByteArray> lines = received.left(bodyStart - 4).split('\n');
            out.status = lines.value(0).split(' ').value(1).toInt();
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    out.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            length = out.headers.value("content-length", "0").toLongLong();
        }
        if (bodyStart >= 0 && received.size() - bodyStart >= length)
            break;
    }
    if (bodyStart >= 0)
        out.body = received.mid(bodyStart, length);
    else
        out.networkError = QStringLiteral("no response");
    return out;
}

} // namespace saisie::testing
