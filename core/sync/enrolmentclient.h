#pragma once
// Enrolment (docs/protocol.md §7.3, §7.4): a fresh device key pair, the E1 request with its
// proof of possession, every check of the answer against the QR code, then the device identity
// written in one atomic file replacement.
#include "common/expected.h"
#include "sync/enrolmentqr.h"

#include <QObject>
#include <functional>
#include <memory>

namespace saisie::sync {

class Transport;

struct ClientInfo {
    QString app;   // app version
    QString os;
    QString model;
    static ClientInfo current(const QString &appVersion);
};

class EnrolmentClient : public QObject
{
    Q_OBJECT
public:
    /// Result: the enrolled device id, or an error whose code is the server's (§17.3) or one of
    /// "enrolment_response_invalid", "device_id_changed", the transport's network codes.
    using Callback = std::function<void(Expected<QString>)>;

    EnrolmentClient(QString deviceDir, QList<QByteArray> nationalCaPems, QObject *parent = nullptr);
    ~EnrolmentClient() override;

    void enrol(const EnrolmentQr &qr, const ClientInfo &client, Callback done);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace saisie::sync
