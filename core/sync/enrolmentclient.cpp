#include "sync/enrolmentclient.h"

#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"
#include "sync/configdocument.h"
#include "sync/deviceidentity.h"
#include "sync/synclog.h"
#include "sync/transport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <sodium.h>

namespace saisie::sync {

namespace {
Error invalid(const QString &what)
{
    return makeError(QStringLiteral("enrolment_response_invalid"),
                     QStringLiteral("The server's enrolment answer failed a check (%1); nothing was stored. "
                                    "Tell your administrator.").arg(what));
}

Error fromResult(const SyncResult &r)
{
    const QString code = r.code();
    if (code == QLatin1String("enrolment_code_unknown"))
        return makeError(code, QStringLiteral("The server does not know this enrolment code; check it or ask for a new one."));
    if (code == QLatin1String("enrolment_code_expired"))
        return makeError(code, QStringLiteral("This enrolment code has expired; ask your administrator for a new one."));
    if (code == QLatin1String("enrolment_code_used"))
        return makeError(code, QStringLiteral("This enrolment code was already used by another tablet. Alert your "
                                              "administrator: someone else may have used it."));
    if (r.error == NetError::PinMismatch || r.error == NetError::TlsCertificate)
        return makeError(code, QStringLiteral("The server's certificate does not match this enrolment code; "
                                              "nothing was sent. The network may be intercepted."));
    if (r.error != NetError::None)
        return makeError(code, QStringLiteral("The server could not be reached (%1); try again.").arg(code));
    return makeError(code.isEmpty() ? QStringLiteral("enrolment_failed") : code,
                     QStringLiteral("The server refused the enrolment (HTTP %1, %2).").arg(r.status).arg(code));
}
} // namespace

ClientInfo ClientInfo::current(const QString &appVersion)
{
    return {appVersion, QSysInfo::prettyProductName().left(60), QSysInfo::currentCpuArchitecture().left(40)};
}

class EnrolmentClient::Private
{
public:
    QString deviceDir;
    QList<QByteArray> caPems;
    std::unique_ptr<Transport> transport;
};

EnrolmentClient::EnrolmentClient(QString deviceDir, QList<QByteArray> nationalCaPems, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->deviceDir = std::move(deviceDir);
    d->caPems = std::move(nationalCaPems);
}

EnrolmentClient::~EnrolmentClient() = default;

void EnrolmentClient::enrol(const EnrolmentQr &qr, const ClientInfo &client, Callback done)
{
    ensureSodium();
    // A re-enrolment code binds a new key to the same device id (§16.4): the answer must keep it.
    QString existingId;
    QHash<QString, TrustedServerKey> oldKeys;
    if (DeviceIdentity::existsIn(d->deviceDir)) {
        auto existing = DeviceIdentity::load(d->deviceDir);
        if (!existing)
            return done(existing.error());
        existingId = existing->deviceId;
        oldKeys = existing->serverKeys;
    }

    auto identity = std::make_shared<DeviceIdentity>();
    identity->devicePublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    identity->deviceSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(identity->devicePublicKey.data()), identity->deviceSecret.data());
    identity->origin = qr.origin;
    identity->caPems = d->caPems;

    const QJsonObject request{{QStringLiteral("format"), QStringLiteral("saisie-enrolment-request/1")},
                              {QStringLiteral("server"), qr.origin},
                              {QStringLiteral("code"), qr.code},
                              {QStringLiteral("devicePublicKey"), protocol::toBase64(identity->devicePublicKey)},
                              {QStringLiteral("requestedAt"), QDateTime::currentDateTime().toOffsetFromUtc(
                                   QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODateWithMs)},
                              {QStringLiteral("client"), QJsonObject{{QStringLiteral("app"), client.app},
                                                                     {QStringLiteral("os"), client.os},
                                                                     {QStringLiteral("model"), client.model}}}};
    auto proof = protocol::signObject(request, identity->deviceSecret, identity->devicePublicKey);
    if (!proof)
        return done(proof.error());

    TransportConfig tc;
    tc.origin = qr.origin;
    for (const QByteArray &pem : std::as_const(d->caPems))
        tc.caCertificates << QSslCertificate::fromData(pem, QSsl::Pem);
    tc.pins = qr.pins;
    tc.userAgent = QStringLiteral("Saisie/%1 (%2; %3)").arg(client.app, client.os, client.model);
    d->transport = std::make_unique<Transport>(std::move(tc));

    SyncRequest e1;
    e1.method = "POST";
    e1.target = "/v1/enrolments";
    e1.contentType = "application/json";
    e1.body = QJsonDocument(proof->toJson()).toJson(QJsonDocument::Compact);
    e1.sign = false;
    const QString deviceDir = d->deviceDir;
    d->transport->send(e1, [identity, qr, existingId, oldKeys, deviceDir, done](SyncResult r) {
        if (r.status != 200 && r.status != 201)
            return done(fromResult(r));
        auto body = protocol::parseStrictObject(r.body);
        if (!body)
            return done(invalid(QStringLiteral("not a JSON object")));
        auto config = protocol::SignedObject::fromJson(body->value(QStringLiteral("config")));
        auto enrolment = protocol::SignedObject::fromJson(body->value(QStringLiteral("enrolment")));
        if (!config || !enrolment)
            return done(invalid(QStringLiteral("signed documents missing")));
        // The QR's key id is the only anchor: the config must list that key and be signed by it.
        const QHash<QString, QByteArray> listed = listedServerKeys(*config);
        if (!listed.contains(qr.serverKeyId) || config->keyId != qr.serverKeyId)
            return done(invalid(QStringLiteral("configuration not signed by the code's server key")));
        const QHash<QString, QByteArray> anchor{{qr.serverKeyId, listed.value(qr.serverKeyId)}};
        auto doc = verifyConfig(*config, anchor, qr.origin, 0);
        if (!doc)
            return done(invalid(doc.error().code));
        auto e = protocol::verifyObject(*enrolment, anchor, QStringLiteral("saisie-enrolment/1"));
        if (!e)
            return done(invalid(e.error().code));
        if (body->contains(QStringLiteral("codeLists"))) {
            auto lists = protocol::SignedObject::fromJson(body->value(QStringLiteral("codeLists")));
            if (!lists || !protocol::verifyObject(*lists, anchor, QStringLiteral("saisie-codelists/1")))
                return done(invalid(QStringLiteral("code lists signature")));
        }
        const QString deviceId = e->value(QStringLiteral("deviceId")).toString();
        if (protocol::parseUuid(deviceId).isNull())
            return done(invalid(QStringLiteral("device id")));
        if (!existingId.isEmpty() && deviceId != existingId)
            return done(makeError(QStringLiteral("device_id_changed"),
                                  QStringLiteral("The server enrolled this tablet under another device id; "
                                                 "nothing was changed. Ask for a re-enrolment code.")));
        if (e->value(QStringLiteral("devicePublicKey")).toString() != protocol::toBase64(identity->devicePublicKey))
            return done(invalid(QStringLiteral("device key")));
        if (e->value(QStringLiteral("server")).toString() != qr.origin)
            return done(invalid(QStringLiteral("server")));
        const auto normalised = protocol::normaliseEnrolmentCode(qr.code);
        if (!normalised || e->value(QStringLiteral("codeSha256")).toString() != protocol::sha256Hex(normalised->toUtf8()))
            return done(invalid(QStringLiteral("code hash")));

        identity->deviceId = deviceId;
        identity->pins = doc->pins; // the config's pins replace the QR's (§7.4)
        identity->serverKeys = oldKeys;
        for (auto &key : identity->serverKeys)
            key.current = false;
        for (auto it = doc->serverKeys.begin(); it != doc->serverKeys.end(); ++it)
            identity->serverKeys.insert(it.key(), TrustedServerKey{it.value(), true});
        identity->configSerial = doc->serial;
        identity->unitId = e->value(QStringLiteral("unitId")).toString();
        identity->enrolledAt = e->value(QStringLiteral("enrolledAt")).toString();
        identity->enrolment = *enrolment;
        identity->config = *config;
        if (Status s = identity->save(deviceDir); !s)
            return done(s.error());
        qCInfo(lcSync) << "enrolled; device key id" << identity->deviceKeyId().left(16);
        done(deviceId);
    });
}

} // namespace saisie::sync
