#include "link.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace chaosproxy {
namespace {

constexpr qint64 kReadChunk = 64 * 1024;
// Bytes a direction may have in flight (queued + unwritten) before the proxy stops reading and
// lets TCP push back on the sender, so a large upload never piles up in the proxy.
constexpr qint64 kHighWater = 1024 * 1024;
constexpr qint64 kSocketReadBuffer = 256 * 1024;

// A zero linger time makes close() send a RST, which is what a mid-stream network failure looks
// like to both peers (a FIN would read as a clean end of stream).
void resetOnClose(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

Link::Link(QTcpSocket *client, const Options &options, quint64 index, Stats *stats, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_index(index)
    , m_stats(stats)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
{
    m_client->setParent(this);
    // Per-connection stream: connection N draws the same faults in every run with this seed,
    // whatever the other connections did.
    std::seed_seq seq{quint32(options.seed), quint32(options.seed >> 32), quint32(index), quint32(index >> 32)};
    m_rng.seed(seq);
    std::uniform_int_distribution<qint64> offset(0, options.faultWindow - 1);
    const bool doCut = chance(options.cutRate);
    const qint64 cutAt = offset(m_rng);
    const bool doStall = chance(options.stallRate);
    const qint64 stallAt = offset(m_rng);
    m_loseResponse = chance(options.loseAfterResponseRate);
    if (doCut)
        m_cutAt = cutAt;
    if (doStall)
        m_stallAt = stallAt;
    m_clock.start();

    m_up.from = m_client;
    m_up.to = m_upstream;
    m_up.upward = true;
    m_down.from = m_upstream;
    m_down.to = m_client;
    m_down.upward = false;
    m_client->setReadBufferSize(kSocketReadBuffer);
    m_upstream->setReadBufferSize(kSocketReadBuffer);
    wire(m_up);
    wire(m_down);

    m_quiet.setSingleShot(true);
    m_quiet.setInterval(options.responseQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &Link::onQuiet);

    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        readFrom(m_up);
        readFrom(m_down);
    });
    m_upstream->connectToHost(options.upstream.host, options.upstream.port);
}

void Link::wire(Pipe &pipe)
{
    pipe.timer.setSingleShot(true);
    connect(&pipe.timer, &QTimer::timeout, this, [this, &pipe] {
        pump(pipe);
        readFrom(pipe); // the queue shrank: reading may have been held back
        closeIfDrained(pipe);
    });
    connect(pipe.from, &QTcpSocket::readyRead, this, [this, &pipe] { readFrom(pipe); });
    connect(pipe.to, &QTcpSocket::bytesWritten, this, [this, &pipe] { readFrom(pipe); });
    connect(pipe.from, &QTcpSocket::disconnected, this, [this, &pipe] { onDisconnected(pipe); });
    connect(pipe.from, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A reset or a failed upstream connect is passed on as a reset; a clean close goes
        // through disconnected() so the other direction can drain first.
        if (error != QAbstractSocket::RemoteHostClosedError)
            abortBoth();
    });
}

bool Link::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < probability;
}

void Link::readFrom(Pipe &pipe)
{
    if (m_done || (m_upstream->state() != QAbstractSocket::ConnectedState && !pipe.fromClosed))
        return;
    while (!m_done && pipe.from->bytesAvailable() > 0) {
        if (m_stalled) {
            pipe.from->readAll(); // a black hole: nothing is forwarded any more
            continue;
        }
        if (!pipe.fromClosed && pipe.to->bytesToWrite() + pipe.queuedBytes >= kHighWater)
            return; // bytesWritten on the other side resumes reading
        QByteArray data = pipe.from->read(kReadChunk);
        const std::optional<qint64> next = m_cutAt && (!m_stallAt || *m_cutAt <= *m_stallAt) ? m_cutAt : m_stallAt;
        if (next && m_accepted + data.size() > *next) {
            data.truncate(*next - m_accepted);
            m_accepted += data.size();
            accept(pipe, std::move(data));
            if (next == m_cutAt)
                cut(pipe, *next);
            else
                stall(pipe, *next);
            continue;
        }
        m_accepted += data.size();
        accept(pipe, std::move(data));
    }
}

void Link::accept(Pipe &pipe, QByteArray data)
{
    if (data.isEmpty())
        return;
    if (m_loseResponse) {
        if (pipe.upward) {
            m_requestScanner.feed(data);
        } else if (m_requestScanner.applicationDataSeen()) {
            m_heldBytes += data.size();
            m_quiet.start();
            return;
        }
        if (m_heldBytes > 0)
            m_quiet.start(); // the request is still streaming: not quiet yet
    }
    // Both draws happen for every chunk so that the stream stays aligned whatever the rate.
    const bool delayed = chance(m_options.delayRate);
    const qint64 delayMs = std::uniform_int_distribution<qint64>(0, m_options.maxDelayMs)(m_rng);
    const qint64 now = m_clock.elapsed();
    qint64 releaseAt = now;
    if (delayed) {
        ++m_stats->delays;
        releaseAt += delayMs;
    }
    releaseAt = qMax(releaseAt, pipe.lastReleaseMs);
    pipe.lastReleaseMs = releaseAt;
    pipe.queuedBytes += data.size();
    pipe.queue.push_back({std::move(data), releaseAt});
    pump(pipe);
}

void Link::pump(Pipe &pipe)
{
    if (m_done)
        return;
    const qint64 now = m_clock.elapsed();
    while (!pipe.queue.empty() && pipe.queue.front().releaseAtMs <= now) {
        const QByteArray data = std::move(pipe.queue.front().data);
        pipe.queue.pop_front();
        pipe.queuedBytes -= data.size();
        pipe.to->write(data);
        (pipe.upward ? m_stats->bytesUp : m_stats->bytesDown) += quint64(data.size());
    }
    if (!pipe.queue.empty() && !pipe.timer.isActive())
        pipe.timer.start(int(pipe.queue.front().releaseAtMs - now));
}

void Link::closeIfDrained(Pipe &pipe)
{
    if (!m_done && pipe.fromClosed && pipe.queue.empty() && pipe.from->bytesAvailable() == 0
        && pipe.to->state() == QAbstractSocket::ConnectedState)
        pipe.to->disconnectFromHost(); // flushes what was written, then closes; its disconnected() ends the link
}

void Link::onDisconnected(Pipe &pipe)
{
    if (m_done)
        return;
    pipe.fromClosed = true;
    if (m_stalled || pipe.to->state() != QAbstractSocket::ConnectedState) {
        abortBoth(); // both sides are gone (or the link is a black hole): nothing left to deliver
        return;
    }
    Pipe &reverse = pipe.upward ? m_down : m_up;
    reverse.timer.stop(); // nowhere to deliver the other direction any more
    reverse.queue.clear();
    reverse.queuedBytes = 0;
    readFrom(pipe); // what the peer sent before closing still goes through
    closeIfDrained(pipe);
}

void Link::onQuiet()
{
    if (m_done || m_heldBytes == 0)
        return;
    ++m_stats->lostResponses;
    std::fprintf(stderr, "lost conn=%llu held=%lld\n", static_cast<unsigned long long>(m_index),
                 static_cast<long long>(m_heldBytes));
    abortBoth();
}

void Link::cut(Pipe &pipe, qint64 at)
{
    // Deliver what was accepted before the offset (delays or not), then reset both sides.
    for (const Chunk &chunk : pipe.queue) {
        pipe.to->write(chunk.data);
        (pipe.upward ? m_stats->bytesUp : m_stats->bytesDown) += quint64(chunk.data.size());
    }
    pipe.queue.clear();
    pipe.queuedBytes = 0;
    pipe.to->flush();
    ++m_stats->cuts;
    std::fprintf(stderr, "cut conn=%llu at=%lld\n", static_cast<unsigned long long>(m_index),
                 static_cast<long long>(at));
    abortBoth();
}

void Link::stall(Pipe &pipe, qint64 at)
{
    Q_UNUSED(pipe);
    m_stalled = true;
    for (Pipe *p : {&m_up, &m_down}) {
        p->timer.stop();
        p->queue.clear();
        p->queuedBytes = 0;
    }
    m_quiet.stop();
    ++m_stats->stalls;
    std::fprintf(stderr, "stall conn=%llu at=%lld\n", static_cast<unsigned long long>(m_index),
                 static_cast<long long>(at));
}

void Link::abortBoth()
{
    if (m_done)
        return;
    m_done = true;
    m_quiet.stop();
    m_up.timer.stop();
    m_down.timer.stop();
    for (QTcpSocket *socket : {m_client, m_upstream}) {
        resetOnClose(socket);
        socket->abort();
    }
    finish();
}

void Link::finish()
{
    m_done = true;
    if (m_finishQueued)
        return;
    m_finishQueued = true;
    QMetaObject::invokeMethod(this, &Link::finished, Qt::QueuedConnection);
}

} // namespace chaosproxy
