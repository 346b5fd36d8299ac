// saisiectl device enrol|show and sync [status|retry]: the tablet's enrolment and the outbox drain
// (docs/protocol.md §7, §11-§13). The device state lives in <data>/device; sync needs a PIN
// because the outbox is inside the officer's vault.
#include "context.h"

#include "protocol/encoding.h"
#include "store/outbox.h"
#include "sync/deviceidentity.h"
#include "sync/enrolmentclient.h"
#include "sync/enrolmentqr.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace saisie::cli {

namespace {
const QString kProfile = QStringLiteral("profile");

QString deviceDir(const Context &context) { return context.profiles().root() + QStringLiteral("/device"); }

Error badInput(const Error &e) { return makeError(QStringLiteral("usage"), e.message); }

Expected<QByteArray> readInput(const QString &source, qint64 limit, const QString &what)
{
    QFile file;
    const bool fromStdin = source == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly)))
        return makeError(QStringLiteral("usage"), QStringLiteral("Cannot read the %1 from %2.")
                                                      .arg(what, fromStdin ? QStringLiteral("stdin") : source));
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return makeError(QStringLiteral("usage"), QStringLiteral("The %1 is too large.").arg(what));
    return bytes.trimmed();
}

int enrol(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("qr"), QStringLiteral("national-ca"), QStringLiteral("code")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    if (!args->positionals().isEmpty() || !args->has(QStringLiteral("qr")) || !args->has(QStringLiteral("national-ca")))
        return Context::usage(QStringLiteral("device enrol needs --qr FILE|- and --national-ca PEMFILE [--code CODE]."));
    auto pem = readInput(args->value(QStringLiteral("national-ca")), 1024 * 1024, QStringLiteral("national CA file"));
    if (!pem)
        return Context::fail(pem.error());
    auto cas = sync::parseNationalCas(*pem);
    if (!cas)
        return Context::fail(badInput(cas.error()));
    auto qrText = readInput(args->value(QStringLiteral("qr")), 4096, QStringLiteral("enrolment QR payload"));
    if (!qrText)
        return Context::fail(qrText.error());
    auto qr = sync::parseEnrolmentQr(*qrText, *cas, args->value(QStringLiteral("code")));
    if (!qr)
        return Context::fail(badInput(qr.error()));
    QList<QByteArray> pems;
    for (const QSslCertificate &c : *cas)
        pems << c.toPem();

    sync::EnrolmentClient client(deviceDir(context), pems);
    QEventLoop loop;
    std::optional<Expected<QString>> result;
    client.enrol(*qr, sync::ClientInfo::current(QStringLiteral(SAISIE_VERSION)), [&](Expected<QString> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok())
        return Context::fail(result->error());
    auto identity = sync::DeviceIdentity::load(deviceDir(context));
    if (!identity)
        return Context::fail(identity.error());
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), identity->deviceId},
                                             {QStringLiteral("deviceKeyId"), identity->deviceKeyId().left(16)},
                                             {QStringLiteral("server"), identity->origin},
                                             {QStringLiteral("unitId"), identity->unitId},
                                             {QStringLiteral("configSerial"), identity->configSerial}}));
    return Ok;
}

int show(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    auto identity = sync::DeviceIdentity::load(deviceDir(context));
    if (!identity)
        return Context::fail(identity.error());
    QJsonArray keys;
    for (auto it = identity->serverKeys.begin(); it != identity->serverKeys.end(); ++it)
        keys.append(QJsonObject{{QStringLiteral("keyId"), it.key()}, {QStringLiteral("current"), it->current}});
    // Never the secret key: only its public key id.
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), identity->deviceId},
                                             {QStringLiteral("deviceKeyId"), identity->deviceKeyId()},
                                             {QStringLiteral("server"), identity->origin},
                                             {QStringLiteral("unitId"), identity->unitId},
                                             {QStringLiteral("enrolledAt"), identity->enrolledAt},
                                             {QStringLiteral("configSerial"), identity->configSerial},
                                             {QStringLiteral("pins"), QJsonArray::fromStringList(identity->pins)},
                                             {QStringLiteral("serverKeys"), keys},
                                             {QStringLiteral("keyStorage"), QStringLiteral("file")}}));
    return Ok;
}

QJsonObject countsJson(store::Outbox &outbox)
{
    auto c = outbox.counts();
    return {{QStringLiteral("delivered"), c ? c->delivered : -1},
            {QStringLiteral("pending"), c ? c->pending : -1},
            {QStringLiteral("parked"), c ? c->parked : -1}};
}

int status(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{kProfile}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    store::Outbox outbox((*session)->database(), (*session)->audit());
    QJsonObject out = countsJson(outbox);
    auto entries = outbox.pending(true);
    if (!entries)
        return Context::fail(entries.error());
    QJsonArray list;
    for (const store::OutboxEntry &e : *entries)
        list.append(QJsonObject{{QStringLiteral("uuid"), protocol::uuidText(e.uuid)},
                                {QStringLiteral("version"), e.version},
                                {QStringLiteral("state"), e.state},
                                {QStringLiteral("attempts"), e.attempts},
                                {QStringLiteral("lastError"), e.lastError}});
    out.insert(QStringLiteral("entries"), list);
    out.insert(QStringLiteral("enrolled"), sync::DeviceIdentity::existsIn(deviceDir(context)));
    Context::print(QJsonDocument(out));
    return Ok;
}

int retry(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{kProfile, QStringLiteral("version")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    const QUuid uuid = protocol::parseUuid(args->positionals().value(0));
    const int version = args->value(QStringLiteral("version"), QStringLiteral("1")).toInt();
    if (args->positionals().size() != 1 || uuid.isNull() || version < 1)
        return Context::usage(QStringLiteral("sync retry needs a record UUID (lower case) [--version N]."));
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    store::Outbox outbox((*session)->database(), (*session)->audit());
    if (Status s = outbox.unpark(uuid, version); !s)
        return Context::fail(makeError(s.error().code, QStringLiteral("That record version is not parked.")));
    Context::print(QJsonDocument(countsJson(outbox)));
    return Ok;
}

int run(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{kProfile, QStringLiteral("timeout")}, {QStringLiteral("until-idle")}, {}});
    if (!args)
        return Context::fail(args.error());
    bool numeric = false;
    const int timeout = args->value(QStringLiteral("timeout"), QStringLiteral("300")).toInt(&numeric);
    if (!args->positionals().isEmpty() || !numeric || timeout < 1 || timeout > 86400)
        return Context::usage(QStringLiteral("sync [--until-idle] [--timeout SECONDS (1..86400)] [--profile P]."));
    if (!sync::DeviceIdentity::existsIn(deviceDir(context)))
        return Context::fail(makeError(QStringLiteral("not_enrolled"),
                                       QStringLiteral("This device is not enrolled; run 'saisiectl device enrol' first.")));
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    store::Outbox outbox((*session)->database(), (*session)->audit());
    const int deliveredBefore = outbox.counts() ? outbox.counts()->delivered : 0;

    sync::SyncEngine engine(deviceDir(context), **session);
    engine.setDataRoot(context.profiles().root());
    engine.setAppVersion(QStringLiteral(SAISIE_VERSION));
    QEventLoop loop;
    bool wiped = false;
    const bool untilIdle = args->has(QStringLiteral("until-idle"));
    QObject::connect(&engine, &sync::SyncEngine::wiped, &loop, [&] {
        wiped = true;
        loop.quit();
    });
    // Without --until-idle one pass is made; with it, the loop runs (backoff included) until
    // nothing is pending or the timeout passes.
    QObject::connect(&engine, &sync::SyncEngine::cycleFinished, &loop, [&] {
        auto c = outbox.counts();
        if (!untilIdle || (c && c->pending == 0))
            loop.quit();
    });
    QTimer::singleShot(timeout * 1000, &loop, &QEventLoop::quit);
    engine.start();
    engine.syncNow();
    loop.exec();

    QJsonObject out;
    if (wiped) {
        out = {{QStringLiteral("wiped"), true}, {QStringLiteral("lastError"), engine.lastError()}};
        Context::print(QJsonDocument(out));
        return Failure;
    }
    out = countsJson(outbox);
    out.insert(QStringLiteral("deliveredNow"), out.value(QStringLiteral("delivered")).toInt() - deliveredBefore);
    out.insert(QStringLiteral("lastError"), engine.lastError());
    Context::print(QJsonDocument(out));
    return out.value(QStringLiteral("pending")).toInt() == 0 && out.value(QStringLiteral("parked")).toInt() == 0 ? Ok
                                                                                                                 : Failure;
}
} // namespace

int deviceCommand(Context &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("enrol"))
        return enrol(context, arguments.mid(1));
    if (sub == QLatin1String("show"))
        return show(context, arguments.mid(1));
    return Context::usage(QStringLiteral("device enrol|show; see 'saisiectl help'."));
}

int syncCommand(Context &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("status"))
        return status(context, arguments.mid(1));
    if (sub == QLatin1String("retry"))
        return retry(context, arguments.mid(1));
    return run(context, arguments);
}

} // namespace saisie::cli
