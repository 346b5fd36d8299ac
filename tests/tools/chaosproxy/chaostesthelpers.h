// Helpers of tst_chaosproxy: a scripted upstream, a recording client and the proxy process.
#pragma once

#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace chaostest {

inline constexpr qsizetype kMiB = 1024 * 1024;
inline constexpr int kWaitMs = 60000;

inline QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / qsizetype(sizeof(quint32)));
    return data;
}

// An upstream that accepts connections, keeps what each sent, and can greet or answer.
class Upstream : public QObject
{
public:
    QByteArray greeting;                    // sent to every peer on connect
    qsizetype answerAfter = -1;             // once a peer sent this many bytes...
    QByteArray answer;                      // ...it gets this
    QList<QByteArray> received;             // per connection
    QList<bool> closed;                     // per connection

    Upstream()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *peer = server.nextPendingConnection()) {
                const qsizetype i = received.size();
                received.append(QByteArray());
                closed.append(false);
                connect(peer, &QTcpSocket::readyRead, this, [this, peer, i] {
                    received[i] += peer->readAll();
                    if (answerAfter >= 0 && received[i].size() >= answerAfter && !answer.isEmpty()) {
                        peer->write(answer);
                        answerAfter = -1;
                    }
                });
                connect(peer, &QTcpSocket::disconnected, this, [this, i] { closed[i] = true; });
                if (!greeting.isEmpty())
                    peer->write(greeting);
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
    }

    QTcpServer server;
};

// The proxy process, killed with the test that started it.
struct ProxyProcess : QProcess
{
    ~ProxyProcess() override
    {
        if (state() != QProcess::NotRunning) {
            kill();
            waitForFinished();
        }
    }
};

// A client connection that accumulates what it receives.
struct Client
{
    QTcpSocket socket;
    QByteArray received;
    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
};

} // namespace chaostest
