#pragma once
// The route table and the checks every request gets before its route runs: fault injection
// (tests only), request-target and header-section limits (§2.4), the protocol header (§2.2) and
// message framing (§2.3: Content-Length required, no chunked or encoded bodies).
#include "http/faults.h"
#include "http/httpexchange.h"
#include "http/servercontext.h"

namespace saisie::server::http {

/// Fills `res`; `routeName` receives the route template for the log ("PUT /v1/records/{uuid}/...").
void dispatch(ServerContext &ctx, FaultInjector &faults, HttpRequest &req, HttpResponse &res, QByteArray *routeName);

} // namespace saisie::server::http
