// saisie-server devices / revoke: the enrolled tablets, suspension and revocation with a signed
// wipe instruction (protocol §16).
#include "admin/adminsupport.h"
#include "protocol/encoding.h"
#include "protocol/signedobject.h"
#include "store/storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saisie::server::admin {

namespace {
QString orDash(const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; }
} // namespace

int runDevices(const ParsedArgs &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("devices");
    auto server = loadServer(args.value(QStringLiteral("data")));
    if (!server)
        return fail(err, command, server.error().message, kFailed);
    auto devices = server->store->devices();
    if (!devices)
        return fail(err, command, devices.error().message, kFailed);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Device &d : *devices)
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("unit"), d.unitId},
                                     {QStringLiteral("state"), codec::stateText(d.state)},
                                     {QStringLiteral("enrolledAt"), d.enrolledAt},
                                     {QStringLiteral("lastSeenAt"), d.lastSeenAt},
                                     {QStringLiteral("publicKeyId"), protocol::keyIdOf(d.publicKey)},
                                     {QStringLiteral("wipeAckedAt"), d.wipeAckedAt}});
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return kOk;
    }
    out << qSetFieldWidth(38) << Qt::left << "id" << qSetFieldWidth(16) << "unit" << qSetFieldWidth(11) << "state"
        << qSetFieldWidth(26) << "enrolled" << qSetFieldWidth(0) << "last seen" << '\n';
    for (const Device &d : *devices) {
        QString state = codec::stateText(d.state);
        if (d.state == DeviceState::Revoked && !d.wipeAckedAt.isEmpty())
            state += QStringLiteral("+wiped");
        out << qSetFieldWidth(38) << d.id << qSetFieldWidth(16) << d.unitId << qSetFieldWidth(11) << state
            << qSetFieldWidth(26) << d.enrolledAt << qSetFieldWidth(0) << orDash(d.lastSeenAt) << '\n';
    }
    out << devices->size() << " device(s)\n";
    return kOk;
}

int runRevoke(const ParsedArgs &args, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("revoke");
    const bool suspend = args.has(QStringLiteral("suspend"));
    const bool reactivate = args.has(QStringLiteral("reactivate"));
    if (suspend && reactivate)
        return fail(err, command, QStringLiteral("--suspend and --reactivate exclude each other"), kUsage);
    if (args.positional.size() != 1 || protocol::parseUuid(args.positional.first()).isNull())
        return fail(err, command, QStringLiteral("give exactly one DEVICE_ID (a lower-case uuid)"), kUsage);
    const QString deviceId = args.positional.first();
    const QString issuedBy = args.has(QStringLiteral("by")) ? args.value(QStringLiteral("by"))
                                                            : QStringLiteral("console");

    auto server = loadServer(args.value(QStringLiteral("data")));
    if (!server)
        return fail(err, command, server.error().message, kFailed);
    auto device = server->store->device(deviceId);
    if (!device)
        return fail(err, command, device.error().message, kFailed);
    if (!device->has_value())
        return fail(err, command, QStringLiteral("no device %1 is enrolled").arg(deviceId), kFailed);
    const Device &d = **device;

    if (suspend || reactivate) {
        const DeviceState target = suspend ? DeviceState::Suspended : DeviceState::Active;
        if (Status set = server->store->setDeviceState(deviceId, target, {}); !set)
            return fail(err, command, set.error().message, kFailed);
        out << "Device " << deviceId << (suspend ? " suspended" : " reactivated") << ".\n";
        return kOk;
    }
    if (d.state == DeviceState::Revoked) {
        out << "Device " << deviceId << " was already revoked; its wipe instruction is unchanged.\n";
        return kOk;
    }
    auto key = loadSigningKey(server->config.signingKeyFile);
    if (!key)
        return fail(err, command, key.error().message, kFailed);
    const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("saisie-wipe/1")},
                              {QStringLiteral("wipeId"), protocol::uuidText(QUuid::createUuid())},
                              {QStringLiteral("deviceId"), deviceId},
                              {QStringLiteral("devicePublicKeyId"), protocol::keyIdOf(d.publicKey)},
                              {QStringLiteral("action"), QStringLiteral("wipe")},
                              {QStringLiteral("scope"), QStringLiteral("all")},
                              {QStringLiteral("issuedAt"), protocol::utcNowText()},
                              {QStringLiteral("issuedBy"), issuedBy}};
    auto signedWipe = protocol::signObject(payload, key->secret, key->publicKey);
    if (!signedWipe)
        return fail(err, command, signedWipe.error().message, kFailed);
    const QByteArray instruction = QJsonDocument(signedWipe->toJson()).toJson(QJsonDocument::Compact);
    if (Status set = server->store->setDeviceState(deviceId, DeviceState::Revoked, instruction); !set)
        return fail(err, command, set.error().message, kFailed);
    out << "Device " << deviceId << " revoked. Last seen: " << orDash(d.lastSeenAt)
        << ". On its next request the tablet receives the signed wipe instruction and destroys every vault on it,\n"
           "including evidence not yet delivered.\n";
    return kOk;
}

} // namespace saisie::server::admin
