// S1 GET /v1/device, S2 GET /v1/config, W1 POST /v1/device/wipe-ack, F1 the feed (§8, §14, §16).
#include "http/httpresponse.h"
#include "http/requestauth.h"
#include "http/requestjson.h"
#include "http/routes.h"
#include "http/serverdocuments.h"
#include "protocol/encoding.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"

#include <QJsonArray>

namespace saisie::server::http {

namespace {

QString stateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Active:
        return QStringLiteral("active");
    case DeviceState::Suspended:
        return QStringLiteral("suspended");
    case DeviceState::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("active");
}

/// The wipeId of a stored signed saisie-wipe/1, or empty.
QString wipeIdOf(const QByteArray &instruction)
{
    const auto json = protocol::parseStrictObject(instruction);
    if (!json)
        return {};
    const auto object = protocol::SignedObject::fromJson(*json);
    if (!object)
        return {};
    const auto payload = protocol::parseStrictObject(object->payload);
    return payload ? payload->value(QStringLiteral("wipeId")).toString() : QString();
}

} // namespace

void getDevice(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth || !readBody(req, res, BodySpec{nullptr, 0}, auth->claimedDigest))
        return;
    const Limits &l = ctx.limits;
    const QJsonObject limits{{QStringLiteral("maxJsonBody"), l.maxJsonBody},
                             {QStringLiteral("maxRecordBody"), l.maxRecordBody},
                             {QStringLiteral("maxPayload"), l.maxPayload},
                             {QStringLiteral("maxChunk"), l.maxChunk},
                             {QStringLiteral("maxAttachment"), l.maxAttachment},
                             {QStringLiteral("maxAuditEvents"), l.maxAuditEvents},
                             {QStringLiteral("maxFeedWait"), l.maxFeedWait},
                             {QStringLiteral("maxDepth"), l.maxDepth}};
    setJson(res, 200,
            {{QStringLiteral("deviceId"), auth->device.id},
             {QStringLiteral("state"), stateName(auth->device.state)},
             {QStringLiteral("serverTime"), protocol::utcNowText()},
             {QStringLiteral("protocol"), QJsonObject{{QStringLiteral("major"), 1}, {QStringLiteral("minor"), 0}}},
             {QStringLiteral("configSerial"), ctx.config.configSerial},
             {QStringLiteral("codeListSerial"), 0},
             {QStringLiteral("limits"), limits}});
}

void getConfig(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth || !readBody(req, res, BodySpec{nullptr, 0}, auth->claimedDigest))
        return;
    auto config = signWithServerKey(ctx, configPayload(ctx));
    if (!config)
        return setInternalError(res, config.error());
    setJson(res, 200, *config);
}

void postWipeAck(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res, AuthOptions{true});
    if (!auth)
        return;
    const auto body = readBody(req, res, BodySpec{kJsonType, ctx.limits.maxJsonBody}, auth->claimedDigest);
    if (!body)
        return;
    const auto json = parseJsonBody(*body, res);
    if (!json || !onlyMembers(*json, {QStringLiteral("wipeId"), QStringLiteral("completedAt"),
                                      QStringLiteral("vaultsShredded")}, res))
        return;
    FieldErrors errors;
    const QString wipeId = errors.uuid(*json, QStringLiteral("wipeId"), QStringLiteral("wipeId"));
    errors.string(*json, QStringLiteral("completedAt"), QStringLiteral("completedAt"), true, 64);
    errors.integer(*json, QStringLiteral("vaultsShredded"), QStringLiteral("vaultsShredded"), 0, 1000);
    if (errors.answer(res))
        return;
    if (auth->device.state != DeviceState::Revoked || wipeIdOf(auth->device.wipeInstruction) != wipeId)
        return setError(res, 409, QStringLiteral("wipe_unknown"), QStringLiteral("This wipe is not this device's."));
    if (Status s = ctx.store->recordWipeAck(auth->device.id, protocol::utcNowText()); !s)
        return setInternalError(res, s.error());
    setJson(res, 200, {{QStringLiteral("wipeId"), wipeId}});
}

void getFeed(ServerContext &ctx, HttpRequest &req, HttpResponse &res)
{
    const auto auth = authenticate(ctx, req, res);
    if (!auth || !readBody(req, res, BodySpec{nullptr, 0}, auth->claimedDigest))
        return;
    // §14.1: since, limit, wait, in that order, each optional.
    const qsizetype question = req.target.indexOf('?');
    const QList<QByteArray> pairs = question < 0 ? QList<QByteArray>() : req.target.mid(question + 1).split('&');
    const QList<QByteArray> order{"since", "limit", "wait"};
    qsizetype next = 0;
    for (const QByteArray &pair : pairs) {
        const QByteArray name = pair.left(pair.indexOf('='));
        const QByteArray value = pair.mid(pair.indexOf('=') + 1);
        const qsizetype at = order.indexOf(name, next);
        if (at < 0 || !pair.contains('='))
            return setFieldInvalid(res, QStringLiteral("query"), QStringLiteral("must be since, limit, wait in order."));
        next = at + 1;
        bool ok = false;
        const int number = value.toInt(&ok);
        if (name == "since" && value != "0")
            return setError(res, 400, QStringLiteral("cursor_invalid"), QStringLiteral("This cursor is not known."));
        if (name == "limit" && (!ok || number < 1 || number > 500))
            return setFieldInvalid(res, QStringLiteral("limit"), QStringLiteral("must be 1 to 500."));
        if (name == "wait" && (!ok || number < 0 || number > ctx.limits.maxFeedWait))
            return setFieldInvalid(res, QStringLiteral("wait"), QStringLiteral("must be 0 to 55."));
    }
    // The desk side (status changes, case numbers) is not built yet, so no vault has any event:
    // an empty page with a constant cursor, answered at once whatever `wait` asks.
    setJson(res, 200, {{QStringLiteral("events"), QJsonArray()},
                       {QStringLiteral("cursor"), QStringLiteral("0")},
                       {QStringLiteral("more"), false}});
}

} // namespace saisie::server::http
