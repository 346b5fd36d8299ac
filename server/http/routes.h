#pragma once
// The endpoint handlers of protocol §6 this server answers. Each one authenticates (§5.3), reads
// its body within its limit, checks in the documented order and fills the response; a failure
// changes nothing. Routes not listed here answer 404 not_found (router.cpp).
#include "http/httpexchange.h"
#include "http/servercontext.h"

namespace saisie::server::http {

using RouteHandler = void (*)(ServerContext &, HttpRequest &, HttpResponse &);

void postEnrolment(ServerContext &ctx, HttpRequest &req, HttpResponse &res);  // E1
void getDevice(ServerContext &ctx, HttpRequest &req, HttpResponse &res);      // S1
void getConfig(ServerContext &ctx, HttpRequest &req, HttpResponse &res);      // S2
void postWipeAck(ServerContext &ctx, HttpRequest &req, HttpResponse &res);    // W1
void getFeed(ServerContext &ctx, HttpRequest &req, HttpResponse &res);        // F1
void putRecord(ServerContext &ctx, HttpRequest &req, HttpResponse &res);      // R1
void getReceipt(ServerContext &ctx, HttpRequest &req, HttpResponse &res);     // R2
void postUpload(ServerContext &ctx, HttpRequest &req, HttpResponse &res);     // U1
void getUpload(ServerContext &ctx, HttpRequest &req, HttpResponse &res);      // U2 (HEAD) and U3 (GET)
void patchUpload(ServerContext &ctx, HttpRequest &req, HttpResponse &res);    // U4

} // namespace saisie::server::http
