// saisie-server enrol: a one-time enrolment code and its QR payload (protocol §7.1, §7.2).
#include "admin/adminsupport.h"
#include "admin/qrterminal.h"
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace saisie::server::admin {

namespace {
const QString kCommand = QStringLiteral("enrol");

/// "15m", "24h", "7d", ... within 15 minutes to 7 days; -1 otherwise.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})([mhd])$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const qint64 unit = match.captured(2) == QLatin1String("m") ? 60 : match.captured(2) == QLatin1String("h") ? 3600
                                                                                                              : 86400;
    const qint64 seconds = match.captured(1).toLongLong() * unit;
    return seconds >= 15 * 60 && seconds <= 7 * 86400 ? seconds : -1;
}
} // namespace

int runEnrol(const ParsedArgs &args, QTextStream &out, QTextStream &err)
{
    const QString unit = args.value(QStringLiteral("unit"));
    static const QRegularExpression unitPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!unitPattern.match(unit).hasMatch())
        return fail(err, kCommand, QStringLiteral("--unit UNIT is required (letters, digits, '.', '_', '-')"), kUsage);
    const qint64 lifetime = args.has(QStringLiteral("expires")) ? parseDuration(args.value(QStringLiteral("expires")))
                                                                : 24 * 3600;
    if (lifetime < 0)
        return fail(err, kCommand, QStringLiteral("--expires must be like 15m, 24h or 7d (15 minutes to 7 days)"),
                    kUsage);
    const QString reenrol = args.value(QStringLiteral("device"));
    if (args.has(QStringLiteral("device")) && protocol::parseUuid(reenrol).isNull())
        return fail(err, kCommand, QStringLiteral("--device must be a lower-case device uuid"), kUsage);

    auto server = loadServer(args.value(QStringLiteral("data")));
    if (!server)
        return fail(err, kCommand, server.error().message, kFailed);
    auto key = loadSigningKey(server->config.signingKeyFile);
    if (!key)
        return fail(err, kCommand, key.error().message, kFailed);
    auto ca = caFingerprints(server->config.caCerts);
    if (!ca)
        return fail(err, kCommand, ca.error().message, kFailed);
    if (!reenrol.isEmpty()) {
        auto device = server->store->device(reenrol);
        if (!device)
            return fail(err, kCommand, device.error().message, kFailed);
        if (!device->has_value())
            return fail(err, kCommand, QStringLiteral("no device %1 is enrolled").arg(reenrol), kFailed);
        if ((*device)->state == DeviceState::Revoked)
            return fail(err, kCommand, QStringLiteral("device %1 is revoked; enrol the tablet afresh").arg(reenrol),
                        kFailed);
    }

    const QString code = protocol::newEnrolmentCode();
    const QString issuedAt = utcTextIn(0);
    const QString expiresAt = utcTextIn(lifetime);
    const EnrolmentCode stored{protocol::sha256Hex(protocol::normaliseEnrolmentCode(code).value_or(QString()).toUtf8()),
                               unit, issuedAt, expiresAt, reenrol};
    if (Status added = server->store->addEnrolmentCode(stored); !added)
        return fail(err, kCommand, added.error().message, kFailed);

    const QJsonObject payload{{QStringLiteral("saisie"), QStringLiteral("enrol/1")},
                              {QStringLiteral("url"), server->config.publicUrl},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("sk"), key->keyId},
                              {QStringLiteral("pins"), QJsonArray::fromStringList(server->config.pins)},
                              {QStringLiteral("ca"), QJsonArray::fromStringList(*ca)},
                              {QStringLiteral("exp"), expiresAt}};
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (args.has(QStringLiteral("json"))) {
        out << QString::fromUtf8(json) << '\n';
        return kOk;
    }
    auto qr = renderQrForTerminal(json);
    if (!qr)
        return fail(err, kCommand, qr.error().message, kFailed);
    out << "Enrolment code for unit " << unit << (reenrol.isEmpty() ? QString() : QStringLiteral(" (re-enrols device ") + reenrol + QLatin1Char(')'))
        << ":\n\n    " << code << "\n\nValid until " << expiresAt << ", once.\n\nQR payload:\n"
        << QString::fromUtf8(json) << "\n\n"
        << *qr;
    return kOk;
}

} // namespace saisie::server::admin
