#pragma once
// What one HTTP exchange with the national server produced, as the retry policy and the engine
// see it. Kept apart from the transport so the policy stays a pure function of this value.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace saisie::sync {

enum class NetError {
    None,
    Network,        // DNS, connect, reset, a TLS handshake that failed for another reason
    Timeout,        // connect, handshake or transfer inactivity
    TlsCertificate, // chain or host name did not verify against the national CA set
    PinMismatch,    // verified chain, but no SPKI pin matched: aborted before any request byte
    Redirect,       // a 3xx answer (redirect_refused): never followed
    Cancelled,      // the engine stopped the request
};

struct SyncResult {
    NetError error = NetError::None;
    QString errorDetail;     // for logs; never contains request data
    int status = 0;          // HTTP status, 0 without an answer
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString errorCode;       // error.code of a §17 body, Saisie-Error-Code of a HEAD, or a client-side code
    QJsonObject errorObject; // the "error" member of a §17 body (details such as offset, serverTime)
    std::optional<qint64> retryAfterSeconds; // parsed and clamped (retrypolicy)

    bool answered() const { return error == NetError::None && status != 0; }
    bool success() const { return answered() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    /// The code the engine records: errorCode, else a name for the network error or the status.
    QString code() const;
};

QString netErrorName(NetError error);

} // namespace saisie::sync
