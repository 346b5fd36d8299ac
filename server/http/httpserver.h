#pragma once
// The HTTPS front end: cpp-httplib's SSLServer (a pool of worker threads, one blocking connection
// per worker) configured for protocol §2–§3: TLS 1.2+ with ECDHE AEAD ciphers, timeouts, body
// and header limits, JSON error bodies for what the library refuses on its own, the common
// response headers and one log line per request. The library stays inside httpserver.cpp.
#include "common/expected.h"
#include "http/faults.h"
#include "http/servercontext.h"

#include <memory>

namespace saisie::server::http {

class HttpServer
{
public:
    HttpServer(ServerContext &ctx, FaultInjector faults);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Loads the certificate chain and key, configures TLS and binds; port 0 picks a free port.
    /// Returns the bound port.
    Expected<int> bind(const QString &host, quint16 port);
    /// Serves until stop() (blocking; call from a thread of its own).
    bool serve();
    /// Thread-safe: closes the listening socket; requests that arrive on open keep-alive
    /// connections from now on get 503 unavailable without being processed.
    void stop();
    /// After stop(): waits until no request is being processed (false on timeout). Workers that
    /// only hold idle keep-alive connections do not count; the library keeps them until their
    /// idle timeout, so serve() may return much later.
    bool waitIdle(int timeoutMs);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace saisie::server::http
