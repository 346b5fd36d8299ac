// The only translation unit that includes httplib.h. Debian ships cpp-httplib 0.11.4 as a
// compiled library, so its compile-time limits (8 KiB per header line, 8 KiB request line) are
// fixed; the worker count is set at run time through new_task_queue, and the protocol's own
// limits are checked in router.cpp and requestauth.cpp.
#include "http/httpserver.h"

#include "http/httpresponse.h"
#include "http/router.h"
#include "protocol/requestauth.h"

#include <httplib.h>
#include <openssl/ssl.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <sodium.h>

namespace saisie::server::http {

namespace {

constexpr int kReadTimeoutSeconds = 60;      // body inactivity (§2.5); also bounds the header section
constexpr int kWriteTimeoutSeconds = 60;
constexpr int kKeepAliveSeconds = 60;        // keep-alive idle (§2.5)
constexpr size_t kKeepAliveRequests = 1000;
constexpr char kCiphers12[] = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                              "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                              "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

// One request is served start to finish by one worker thread, so the log line's facts can wait
// here between the handler and the logger.
thread_local QByteArray t_route;
thread_local QElapsedTimer t_timer;

std::mutex g_logMutex;

QByteArray newRequestId()
{
    QByteArray bytes(8, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toHex();
}

std::string std8(const QByteArray &bytes) { return std::string(bytes.constData(), size_t(bytes.size())); }
QByteArray qt8(const std::string &text) { return QByteArray(text.data(), qsizetype(text.size())); }

// Headers the library adds to the request for its own use; not sent by the client.
bool isLibraryHeader(const std::string &name)
{
    return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT";
}

void copyResponse(const HttpResponse &from, httplib::Response &to)
{
    to.status = from.status;
    for (const auto &[name, value] : from.headers)
        to.set_header(std8(name), std8(value));
    if (!from.body.isEmpty() || !from.contentType.isEmpty())
        to.set_content(std8(from.body), from.contentType.isEmpty() ? "application/octet-stream"
                                                                   : from.contentType.constData());
}

} // namespace

struct HttpServer::Impl {
    ServerContext &ctx;
    FaultInjector faults;
    std::unique_ptr<httplib::SSLServer> server;
    size_t payloadMax = 0;
    std::atomic<bool> stopping = false;
    std::mutex busyMutex;
    std::condition_variable idle;
    int busy = 0; // requests being processed

    Impl(ServerContext &c, FaultInjector f) : ctx(c), faults(std::move(f)) {}

    void handle(const httplib::Request &in, httplib::Response &out, const httplib::ContentReader *reader);
    void configure();
};

void HttpServer::Impl::handle(const httplib::Request &in, httplib::Response &out,
                              const httplib::ContentReader *reader)
{
    t_timer.start();
    HttpRequest req;
    HttpResponse res;
    req.requestId = QString::fromLatin1(newRequestId());
    res.setHeader(protocol::kHeaderRequestId, req.requestId.toLatin1());
    {
        std::lock_guard guard(busyMutex);
        if (stopping) {
            setError(res, 503, QStringLiteral("unavailable"), QStringLiteral("The server is stopping; retry later."));
            res.setHeader("Retry-After", "1");
            res.setHeader("Connection", "close");
            copyResponse(res, out);
            return;
        }
        ++busy;
    }
    struct Done {
        Impl &impl;
        ~Done()
        {
            std::lock_guard guard(impl.busyMutex);
            if (--impl.busy == 0)
                impl.idle.notify_all();
        }
    } done{*this};
    req.method = qt8(in.method);
    req.target = qt8(in.target);
    req.path = req.target.left(req.target.indexOf('?') < 0 ? req.target.size() : req.target.indexOf('?'));
    for (const auto &[name, value] : in.headers)
        if (!isLibraryHeader(name))
            req.headers.append({qt8(name), qt8(value)});

    bool consumed = false;
    bool framingOk = true;
    if (req.hasHeader("Content-Length")) {
        static const QRegularExpression decimal(QStringLiteral("^(0|[1-9][0-9]{0,17})$"));
        const QByteArray text = req.header("Content-Length");
        framingOk = req.headerCount("Content-Length") == 1 && decimal.match(QString::fromLatin1(text)).hasMatch();
        req.contentLength = text.toLongLong();
    }
    if (reader) {
        req.readBody = [&, reader](QByteArray *body) {
            consumed = true;
            const qint64 expected = req.contentLength.value_or(0);
            body->clear();
            body->reserve(expected);
            const bool ok = (*reader)([&](const char *data, size_t length) {
                body->append(data, qsizetype(length));
                return body->size() <= expected;
            });
            return ok && body->size() == expected;
        };
    }
    QByteArray route = "-";
    if (!framingOk)
        setHeaderInvalid(res, QStringLiteral("Content-Length"));
    else
        dispatch(ctx, faults, req, res, &route);
    t_route = route;

    // A refused body is still consumed (the library skips what exceeds payloadMax) so the next
    // request on this keep-alive connection starts at a request line; nothing is kept in memory.
    if (reader && !consumed && (req.contentLength.value_or(0) > 0 || req.hasHeader("Transfer-Encoding"))) {
        size_t drained = 0;
        (*reader)([&](const char *, size_t length) {
            drained += length;
            return drained <= payloadMax;
        });
    }
    copyResponse(res, out);
}

void HttpServer::Impl::configure()
{
    httplib::SSLServer &s = *server;
    const size_t workers = size_t(std::clamp(ctx.config.workers, 1, 1024));
    s.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
    s.set_read_timeout(kReadTimeoutSeconds);
    s.set_write_timeout(kWriteTimeoutSeconds);
    s.set_keep_alive_timeout(kKeepAliveSeconds);
    s.set_keep_alive_max_count(kKeepAliveRequests);
    // Without it, Nagle's algorithm meets the client's delayed ACK and every answer on a kept-alive
    // connection waits ~40 ms (measured by saisie-sync-bench: 44 ms per request, 0.2-2 ms with it).
    s.set_tcp_nodelay(true);
    payloadMax = size_t(std::max(ctx.limits.maxRecordBody, ctx.limits.maxChunk));
    s.set_payload_max_length(payloadMax);

    const auto plain = [this](const httplib::Request &in, httplib::Response &out) { handle(in, out, nullptr); };
    const auto withBody = [this](const httplib::Request &in, httplib::Response &out,
                                 const httplib::ContentReader &reader) { handle(in, out, &reader); };
    s.Get(".*", plain);
    s.Options(".*", plain);
    s.Post(".*", withBody);
    s.Put(".*", withBody);
    s.Patch(".*", withBody);
    s.Delete(".*", withBody);

    const qint64 maxBody = qint64(payloadMax);
    s.set_error_handler(httplib::Server::HandlerWithResponse([maxBody](const httplib::Request &,
                                                                       httplib::Response &out) {
        // Our own errors already carry a body (or, on HEAD, Saisie-Error-Code); what is left
        // came from the library (parse failures, its limits, an unknown method).
        if (!out.body.empty() || out.has_header(protocol::kHeaderErrorCode))
            return httplib::Server::HandlerResponse::Unhandled;
        HttpResponse res;
        setLibraryError(res, out.status, maxBody);
        copyResponse(res, out);
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const httplib::Request &, httplib::Response &out, std::exception_ptr error) {
        try {
            if (error)
                std::rethrow_exception(error);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "saisie-server: exception: %s\n", e.what());
        } catch (...) {
            std::fprintf(stderr, "saisie-server: unknown exception\n");
        }
        HttpResponse res;
        setError(res, 500, QStringLiteral("internal_error"), QStringLiteral("The server failed; retry later."));
        copyResponse(res, out);
    });
    s.set_post_routing_handler([](const httplib::Request &, httplib::Response &out) {
        out.set_header(protocol::kHeaderProtocol, protocol::kProtocolMajor);
        out.set_header("Cache-Control", "no-store");
        if (!out.has_header(protocol::kHeaderRequestId))
            out.set_header(protocol::kHeaderRequestId, newRequestId().constData());
    });
    s.set_logger([](const httplib::Request &in, const httplib::Response &out) {
        // Method, route template, status, duration and request id only: never a header value,
        // a signature or a body (SECURITY.md, protocol §20.7).
        const QByteArray route = t_route.isEmpty() ? QByteArray("-") : t_route;
        const qint64 ms = t_timer.isValid() ? t_timer.elapsed() : -1;
        const std::string method = in.method.size() <= 8 ? in.method : std::string("?");
        {
            std::lock_guard guard(g_logMutex);
            std::fprintf(stderr, "saisie-server: %s %s %d %lldms id=%s\n", method.c_str(), route.constData(),
                         out.status, static_cast<long long>(ms),
                         out.get_header_value(protocol::kHeaderRequestId).c_str());
        }
        t_route.clear();
        t_timer.invalidate();
    });
}

HttpServer::HttpServer(ServerContext &ctx, FaultInjector faults)
    : d(std::make_unique<Impl>(ctx, std::move(faults)))
{
}

HttpServer::~HttpServer() = default;

Expected<int> HttpServer::bind(const QString &host, quint16 port)
{
    const QByteArray cert = d->ctx.config.tlsCert.toLocal8Bit();
    const QByteArray key = d->ctx.config.tlsKey.toLocal8Bit();
    d->server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
    if (!d->server->is_valid())
        return makeError(QStringLiteral("tls"),
                         QStringLiteral("The TLS certificate or key could not be loaded; check tlsCert and tlsKey."));
    SSL_CTX *tls = d->server->ssl_context();
    // §3.1: TLS 1.2 or 1.3; under 1.2 only ECDHE with AEAD ciphers (1.3 suites are all AEAD); no
    // compression, no renegotiation, no early data.
    if (SSL_CTX_set_min_proto_version(tls, TLS1_2_VERSION) != 1 || SSL_CTX_set_cipher_list(tls, kCiphers12) != 1)
        return makeError(QStringLiteral("tls"), QStringLiteral("The TLS library refused the protocol settings."));
    SSL_CTX_set_options(tls, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_max_early_data(tls, 0);
    d->configure();

    const std::string address = host.toStdString();
    int bound = port;
    if (port == 0)
        bound = d->server->bind_to_any_port(address);
    else if (!d->server->bind_to_port(address, port))
        bound = -1;
    if (bound <= 0)
        return makeError(QStringLiteral("bind"), QStringLiteral("Cannot listen on %1:%2; is the address free?")
                                                     .arg(host)
                                                     .arg(port));
    return bound;
}

bool HttpServer::serve() { return d->server && d->server->listen_after_bind(); }

void HttpServer::stop()
{
    {
        std::lock_guard guard(d->busyMutex);
        d->stopping = true;
    }
    if (d->server)
        d->server->stop();
}

bool HttpServer::waitIdle(int timeoutMs)
{
    std::unique_lock lock(d->busyMutex);
    return d->idle.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return d->busy == 0; });
}

} // namespace saisie::server::http
