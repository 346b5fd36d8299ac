// The listening side of saisie_chaosproxy: accepts clients, opens one Link per client towards
// the upstream, and keeps the counters that are written as one JSON line on exit.
#pragma once

#include "link.h"
#include "options.h"

#include <QTcpServer>

namespace chaosproxy {

class ChaosProxy : public QObject
{
    Q_OBJECT
public:
    explicit ChaosProxy(const Options &options, QObject *parent = nullptr);

    // Starts listening; on failure returns false and a one-line reason.
    bool start(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    // {"connections":..,"cuts":..,"stalls":..,"delays":..,"lostResponses":..,"bytesUp":..,"bytesDown":..}
    QByteArray statsJson() const;

private:
    void onNewConnection();

    const Options m_options;
    QTcpServer m_server;
    Stats m_stats;
};

} // namespace chaosproxy
