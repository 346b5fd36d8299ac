#pragma once
// Documents the server signs with its key (protocol §4): the configuration (§8.2), the code-list
// manifest (§15.1) and the enrolment confirmation (§7.4). Each travels as a signed object.
#include "http/servercontext.h"
#include "protocol/signedobject.h"

#include <QJsonObject>

namespace saisie::server::http {

/// Signs `payload` with the server key; the signed object as JSON.
Expected<QJsonObject> signWithServerKey(const ServerContext &ctx, const QJsonObject &payload);

/// saisie-config/1: serial, server, pins and the one server key, from the configuration.
QJsonObject configPayload(const ServerContext &ctx);
/// saisie-codelists/1. Code-list publication (C1/C2) is not built yet: serial 0 and no list, so
/// a tablet keeps its bundled lists.
QJsonObject codeListsPayload();

} // namespace saisie::server::http
