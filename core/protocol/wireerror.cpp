#include "protocol/wireerror.h"

namespace saisie::protocol {

bool isRetryableStatus(int status) { return status == 408 || status == 425 || status == 429 || status >= 500; }

QJsonObject errorBody(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    QJsonObject error = details;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    error.insert(QStringLiteral("retryable"), isRetryableStatus(status));
    return {{QStringLiteral("error"), error}};
}

} // namespace saisie::protocol
