#pragma once
// Error bodies of docs/protocol.md §17 and the retry rule of §18.
#include <QJsonObject>
#include <QString>

namespace saisie::protocol {

/// 408, 425, 429 and 5xx: the only statuses a client retries as such.
bool isRetryableStatus(int status);

/// {"error": {"code", "message", "retryable", ...details}}. The message is one English sentence
/// that never quotes a value from the request.
QJsonObject errorBody(int status, const QString &code, const QString &message, const QJsonObject &details = {});

} // namespace saisie::protocol
