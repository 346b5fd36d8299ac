#include "http/router.h"

#include "http/httpresponse.h"
#include "http/routes.h"
#include "protocol/requestauth.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace saisie::server::http {

namespace {

struct Route {
    const char *method;
    QRegularExpression pattern;
    const char *name;
    RouteHandler handler;
};

#define SAISIE_UUID "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
#define SAISIE_UPLOAD "([A-Za-z0-9_-]{16,64})"

// Not served in this iteration, so answered 404 not_found: K1 POST /v1/vault-keys, A1/A2 the
// audit chain, R3 inclusion proofs, C1/C2 code lists.
const QList<Route> &routes()
{
    static const QList<Route> table{
        {"POST", QRegularExpression(QStringLiteral("^/v1/enrolments$")), "/v1/enrolments", postEnrolment},
        {"GET", QRegularExpression(QStringLiteral("^/v1/device$")), "/v1/device", getDevice},
        {"GET", QRegularExpression(QStringLiteral("^/v1/config$")), "/v1/config", getConfig},
        {"POST", QRegularExpression(QStringLiteral("^/v1/device/wipe-ack$")), "/v1/device/wipe-ack", postWipeAck},
        {"GET", QRegularExpression(QStringLiteral("^/v1/vault-keys/([0-9a-f]{64})/feed$")),
         "/v1/vault-keys/{vaultKeyId}/feed", getFeed},
        {"PUT", QRegularExpression(QStringLiteral("^/v1/records/" SAISIE_UUID "/versions/([1-9][0-9]{0,8})$")),
         "/v1/records/{uuid}/versions/{version}", putRecord},
        {"GET", QRegularExpression(QStringLiteral("^/v1/records/" SAISIE_UUID "/versions/([1-9][0-9]{0,8})/receipt$")),
         "/v1/records/{uuid}/versions/{version}/receipt", getReceipt},
        {"POST", QRegularExpression(QStringLiteral("^/v1/uploads$")), "/v1/uploads", postUpload},
        {"GET", QRegularExpression(QStringLiteral("^/v1/uploads/" SAISIE_UPLOAD "$")), "/v1/uploads/{uploadId}", getUpload},
        {"HEAD", QRegularExpression(QStringLiteral("^/v1/uploads/" SAISIE_UPLOAD "$")), "/v1/uploads/{uploadId}", getUpload},
        {"PATCH", QRegularExpression(QStringLiteral("^/v1/uploads/" SAISIE_UPLOAD "$")), "/v1/uploads/{uploadId}",
         patchUpload},
    };
    return table;
}

/// §2.4 header limits; the library already refused a single line over its 8 KiB.
bool checkHeaderLimits(const ServerContext &ctx, const HttpRequest &req, HttpResponse &res)
{
    const Limits &l = ctx.limits;
    if (req.target.size() > l.maxTarget) {
        setLimitError(res, 414, QStringLiteral("uri_too_long"), l.maxTarget, QStringLiteral("requestTarget"));
        return false;
    }
    if (req.headers.size() > l.maxHeaderFields) {
        setLimitError(res, 431, QStringLiteral("headers_too_large"), l.maxHeaderFields, QStringLiteral("headerFields"));
        return false;
    }
    qint64 total = req.method.size() + req.target.size() + 12;
    for (const auto &[name, value] : req.headers) {
        const qint64 field = name.size() + value.size() + 4;
        if (field > l.maxHeaderField) {
            setLimitError(res, 431, QStringLiteral("headers_too_large"), l.maxHeaderField, QStringLiteral("headerField"));
            return false;
        }
        total += field;
    }
    if (total > l.maxHeaderSection) {
        setLimitError(res, 431, QStringLiteral("headers_too_large"), l.maxHeaderSection, QStringLiteral("headerSection"));
        return false;
    }
    return true;
}

bool checkFraming(HttpRequest &req, HttpResponse &res)
{
    if (req.hasHeader("Transfer-Encoding")) {
        setError(res, 411, QStringLiteral("length_required"), QStringLiteral("Send the body with a Content-Length."));
        return false;
    }
    if (req.hasHeader("Content-Encoding")) {
        setError(res, 415, QStringLiteral("unsupported_media_type"), QStringLiteral("Encoded bodies are not accepted."),
                 {{QStringLiteral("accepted"), QJsonArray{QStringLiteral("identity")}}});
        return false;
    }
    const bool bodyMethod = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (!req.contentLength && bodyMethod) {
        setError(res, 411, QStringLiteral("length_required"), QStringLiteral("Send the body with a Content-Length."));
        return false;
    }
    if (req.contentLength.value_or(0) > 0 && !bodyMethod) {
        setHeaderInvalid(res, QStringLiteral("Content-Length"));
        return false;
    }
    return true;
}

} // namespace

void dispatch(ServerContext &ctx, FaultInjector &faults, HttpRequest &req, HttpResponse &res, QByteArray *routeName)
{
    *routeName = "-";
    if (faults.nextFails()) {
        setError(res, 503, QStringLiteral("unavailable"), QStringLiteral("The server is busy; retry later."));
        res.setHeader("Retry-After", "1");
        return;
    }
    if (!checkHeaderLimits(ctx, req, res))
        return;
    if (req.header(protocol::kHeaderProtocol) != protocol::kProtocolMajor ||
        req.headerCount(protocol::kHeaderProtocol) != 1)
        return setError(res, 400, QStringLiteral("protocol_mismatch"),
                        QStringLiteral("This server speaks Saisie protocol 1."),
                        {{QStringLiteral("supported"), QJsonArray{QStringLiteral("1")}}});
    if (!checkFraming(req, res))
        return;
    // Paths are built from unreserved characters only (§5.2), so the signed target has one spelling.
    static const QRegularExpression plainTarget(QStringLiteral("^/[A-Za-z0-9/_.~=&?-]*$"));
    QStringList allowed;
    if (plainTarget.match(QString::fromLatin1(req.target)).hasMatch()) {
        const QString path = QString::fromLatin1(req.path);
        for (const Route &route : routes()) {
            const QRegularExpressionMatch match = route.pattern.match(path);
            if (!match.hasMatch())
                continue;
            if (req.method != route.method) {
                allowed << QString::fromLatin1(route.method);
                continue;
            }
            *routeName = route.name;
            req.params = match.capturedTexts().mid(1);
            return route.handler(ctx, req, res);
        }
    }
    if (allowed.isEmpty())
        return setError(res, 404, QStringLiteral("not_found"), QStringLiteral("There is no such resource."));
    res.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    setError(res, 405, QStringLiteral("method_not_allowed"), QStringLiteral("This method is not allowed here."),
             {{QStringLiteral("allow"), QJsonArray::fromStringList(allowed)}});
}

} // namespace saisie::server::http
