// One proxied connection: a client socket, its upstream socket, and the faults drawn for it.
// Bytes are forwarded in order; a delayed chunk holds back every later chunk of its direction.
#pragma once

#include "options.h"
#include "tlsrecordscanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <optional>
#include <random>

namespace chaosproxy {

struct Stats
{
    quint64 connections = 0;
    quint64 cuts = 0;
    quint64 stalls = 0;
    quint64 delays = 0;
    quint64 lostResponses = 0;
    quint64 bytesUp = 0;   // forwarded client -> upstream
    quint64 bytesDown = 0; // forwarded upstream -> client
};

class Link : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of client. index (1-based) names the connection in logs and seeds its faults.
    Link(QTcpSocket *client, const Options &options, quint64 index, Stats *stats, QObject *parent = nullptr);

signals:
    // Both sockets are closed; the owner may delete the link.
    void finished();

private:
    struct Chunk
    {
        QByteArray data;
        qint64 releaseAtMs;
    };
    struct Pipe
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        bool upward = true;
        std::deque<Chunk> queue;
        qint64 queuedBytes = 0;
        qint64 lastReleaseMs = 0;
        QTimer timer;
        bool fromClosed = false;
    };

    void wire(Pipe &pipe);
    void readFrom(Pipe &pipe);
    void accept(Pipe &pipe, QByteArray data);
    void pump(Pipe &pipe);
    void closeIfDrained(Pipe &pipe);
    void onDisconnected(Pipe &pipe);
    void onQuiet();
    void cut(Pipe &pipe, qint64 at);
    void stall(Pipe &pipe, qint64 at);
    void abortBoth();
    void finish();
    bool chance(double probability);

    const Options m_options;
    const quint64 m_index;
    Stats *const m_stats;
    QTcpSocket *const m_client;
    QTcpSocket *const m_upstream;
    Pipe m_up;   // client -> upstream
    Pipe m_down; // upstream -> client
    std::mt19937_64 m_rng;
    QElapsedTimer m_clock;
    std::optional<qint64> m_cutAt;
    std::optional<qint64> m_stallAt;
    bool m_loseResponse = false;
    TlsRecordScanner m_requestScanner;
    qint64 m_heldBytes = 0; // response bytes swallowed on a lose-after-response link
    QTimer m_quiet;
    qint64 m_accepted = 0; // bytes read from both sides: the clock of cut and stall offsets
    bool m_stalled = false;
    bool m_done = false;
    bool m_finishQueued = false;
};

} // namespace chaosproxy
