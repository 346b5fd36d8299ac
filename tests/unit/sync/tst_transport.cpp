// The pinned transport (protocol.md §3, §5; SECURITY.md T1) against a QSslServer on loopback
// with certificates from make-test-pki: the right pin reaches the server with a correctly signed
// request; a wrong pin, another CA, an expired or wrong-host certificate fail AND the server
// receives zero bytes after the handshake. Every request gets its own connection and pin check.
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "sync/syncjob.h"
#include "sync/transport.h"
#include "synctesthelpers.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace saisie;
using namespace saisie::sync;

namespace {
/// A one-answer-per-connection HTTPS server that records what it receives.
class TlsServer : public QObject
{
public:
    QSslServer server;
    int handshakes = 0;
    int ended = 0;
    qint64 bytesReceived = 0;
    QList<QByteArray> requests; // complete request heads + bodies
    QList<QByteArray> queued; // answered first, one per request, before `response`
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                          "Connection: close\r\n\r\n{}";

    bool start(const testing::TestPki &pki, const QString &name)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const auto chain = QSslCertificate::fromData(pki.read(name + QStringLiteral(".pem")), QSsl::Pem);
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(QSslKey(pki.read(name + QStringLiteral(".key")), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(tls);
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection())) {
                ++handshakes;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
                    const QByteArray data = socket->readAll();
                    bytesReceived += data.size();
                    buffer->append(data);
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qint64 length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append(*buffer);
                    socket->write(queued.isEmpty() ? response : queued.takeFirst());
                    socket->disconnectFromHost();
                });
                connect(socket, &QSslSocket::disconnected, this, [this, socket] {
                    ++ended;
                    socket->deleteLater();
                });
            }
        });
        connect(&server, &QSslServer::errorOccurred, this, [this] { ++ended; });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QString origin() const { return QStringLiteral("https://localhost:%1").arg(server.serverPort()); }
};

QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n'))
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    return {};
}
} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
    testing::TestPki pki;
    testing::ServerKey device; // an Ed25519 pair standing in for the device key
    const QString deviceId = QStringLiteral("d7c1a0e2-5b3f-4c8e-9a61-2f0b7e4d9c35");

    std::unique_ptr<Transport> transportFor(const TlsServer &server, const QStringList &pins)
    {
        TransportConfig config;
        config.origin = server.origin();
        config.caCertificates = QSslCertificate::fromData(pki.read(QStringLiteral("ca.pem")), QSsl::Pem);
        config.pins = pins;
        config.deviceId = deviceId;
        config.deviceSecret = SecureBuffer::copyOf(device.secret.data(), device.secret.size());
        config.userAgent = QStringLiteral("Saisie/test");
        config.transferTimeoutMs = 20000;
        return std::make_unique<Transport>(std::move(config));
    }

    static SyncResult run(Transport &transport, const SyncRequest &request)
    {
        std::optional<SyncResult> result;
        transport.send(request, [&](SyncResult r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(SyncResult{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Sync needs TLS: a build without a TLS backend is broken, not a reason to skip.
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (install the OpenSSL plugin)");
        QString error;
        QVERIFY2(pki.make(&error), qPrintable(error));
        QCOMPARE(pki.pins().size(), 2);
    }

    void correctPinReachesServerSigned()
    {
        TlsServer server;
        QVERIFY(server.start(pki, QStringLiteral("server")));
        auto transport = transportFor(server, pki.pins());
        const QByteArray body = R"({"recordUuid":"x"})";
        SyncResult r = run(*transport, jsonRequest("PUT", "/v1/records/abc/versions/1?x=1", body));
        QCOMPARE(int(r.error), int(NetError::None));
        QCOMPARE(r.status, 200);
        QCOMPARE(server.requests.size(), 1);
        const QByteArray request = server.requests.first();
        QVERIFY(request.startsWith("PUT /v1/records/abc/versions/1?x=1 HTTP/1.1\r\n"));
        QCOMPARE(headerOf(request, "Saisie-Protocol"), QByteArray("1"));
        QCOMPARE(headerOf(request, "Content-Digest"), protocol::contentDigest(body));
        QCOMPARE(headerOf(request, "Saisie-Nonce").size(), 24);

        // The server's view of §5.2: the canonical string it rebuilds verifies under the device key.
        protocol::RequestToSign s;
        s.method = QStringLiteral("PUT");
        s.authority = QStringLiteral("localhost:%1").arg(server.server.serverPort());
        s.target = "/v1/records/abc/versions/1?x=1";
        s.deviceId = QString::fromLatin1(headerOf(request, "Saisie-Device"));
        s.timestamp = QString::fromLatin1(headerOf(request, "Saisie-Timestamp"));
        s.nonce = QString::fromLatin1(headerOf(request, "Saisie-Nonce"));
        s.contentType = QString::fromLatin1(headerOf(request, "Content-Type"));
        s.bodySha256Hex = protocol::sha256Hex(body);
        QCOMPARE(s.deviceId, deviceId);
        QVERIFY(qAbs(s.timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 300);
        const auto signature = protocol::decodeBase64Strict(headerOf(request, "Saisie-Signature"));
        QVERIFY(signature);
        QVERIFY(protocol::verifyDetached(protocol::canonicalRequest(s), *signature, device.publicKey));
        QCOMPARE(QString::fromLatin1(headerOf(request, "Host")).toLower(), s.authority);

        // The signing offset moves the timestamp (clock_skew follow-up).
        transport->setSigningOffset(-100000);
        r = run(*transport, bareRequest("GET", "/v1/device"));
        QCOMPARE(r.status, 200);
        QVERIFY(headerOf(server.requests.last(), "Saisie-Timestamp").toLongLong() < QDateTime::currentSecsSinceEpoch() - 90000);
        QVERIFY(headerOf(server.requests.last(), "Content-Digest").isEmpty()); // no body, no digest
    }

    void everyRequestHasItsOwnHandshake()
    {
        // §3.3: no keep-alive reuse, so encrypted() (and the pin check) runs for every request.
        TlsServer server;
        QVERIFY(server.start(pki, QStringLiteral("server")));
        server.response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"; // the server would keep the connection
        auto transport = transportFor(server, pki.pins());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run(*transport, bareRequest("GET", "/v1/device")).status, 200);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.handshakes, 3);
    }

    void refusedBeforeAnyByte_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("wrongPins");
        QTest::addColumn<int>("expected");
        QTest::newRow("wrong pin") << "server" << true << int(NetError::PinMismatch);
        QTest::newRow("unpinned key") << "server-unpinned" << false << int(NetError::PinMismatch);
        QTest::newRow("other CA") << "server-other-ca" << false << int(NetError::TlsCertificate);
        QTest::newRow("expired") << "server-expired" << false << int(NetError::TlsCertificate);
        QTest::newRow("wrong host") << "server-wronghost" << false << int(NetError::TlsCertificate);
    }
    void refusedBeforeAnyByte()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, wrongPins);
        QFETCH(int, expected);
        TlsServer server;
        QVERIFY(server.start(pki, certificate));
        const QStringList pins = wrongPins ? QStringList{protocol::toBase64(QByteArray(32, 'x')),
                                                         protocol::toBase64(QByteArray(32, 'y'))}
                                           : pki.pins();
        auto transport = transportFor(server, pins);
        QSignalSpy security(transport.get(), &Transport::securityEvent);
        const SyncResult r = run(*transport, jsonRequest("PUT", "/v1/records/abc/versions/1", QByteArray(5000, 'z')));
        QCOMPARE(int(r.error), expected);
        QCOMPARE(r.status, 0);
        QCOMPARE(security.size(), 1);
        QVERIFY(!r.code().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(server.ended >= 1, 10000); // the server saw the connection end...
        QCOMPARE(server.bytesReceived, qint64(0));           // ...without one byte of HTTP
        QVERIFY(server.requests.isEmpty());
    }

    void clockSkewReSignsOnce()
    {
        // §18.3 / §19.2: 401 clock_skew sets the signing offset from serverTime and re-sends once,
        // with a new nonce and signature; a second clock_skew is returned, not looped on.
        TlsServer server;
        QVERIFY(server.start(pki, QStringLiteral("server")));
        auto transport = transportFor(server, pki.pins());
        const QByteArray serverTime = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs).toLatin1();
        const QByteArray skew = "{\"error\":{\"code\":\"clock_skew\",\"message\":\"Skew.\",\"retryable\":false,"
                                "\"serverTime\":\"" + serverTime + "\"}}";
        const QByteArray answer = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(skew.size()) + "\r\nConnection: close\r\n\r\n" + skew;
        server.queued = {answer};
        std::optional<SyncResult> result;
        sendWithFollowUps(*transport, bareRequest("GET", "/v1/device"), [&](SyncResult r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, 200);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(qAbs(transport->signingOffset() - 3600) <= 5);
        const qint64 first = headerOf(server.requests.at(0), "Saisie-Timestamp").toLongLong();
        const qint64 second = headerOf(server.requests.at(1), "Saisie-Timestamp").toLongLong();
        QVERIFY(second - first >= 3595);
        QVERIFY(headerOf(server.requests.at(0), "Saisie-Nonce") != headerOf(server.requests.at(1), "Saisie-Nonce"));

        server.queued = {answer, answer};
        result.reset();
        sendWithFollowUps(*transport, bareRequest("GET", "/v1/device"), [&](SyncResult r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, 401);
        QCOMPARE(result->errorCode, QStringLiteral("clock_skew"));
        QCOMPARE(server.requests.size(), 4);

        // Vault-scoped requests name the vault key in a header and in the signed string.
        SyncRequest scoped = bareRequest("GET", "/v1/records/x/versions/1/receipt");
        scoped.vaultKeyId = QString(64, QLatin1Char('b'));
        QCOMPARE(run(*transport, scoped).status, 200);
        QCOMPARE(headerOf(server.requests.last(), "Saisie-Vault-Key"), QByteArray(64, 'b'));
    }

    void answersParsed()
    {
        TlsServer server;
        QVERIFY(server.start(pki, QStringLiteral("server")));
        auto transport = transportFor(server, pki.pins());
        server.response = "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n";
        SyncResult r = run(*transport, bareRequest("GET", "/v1/device"));
        QCOMPARE(int(r.error), int(NetError::Redirect));
        QCOMPARE(r.code(), QStringLiteral("redirect_refused"));
        QCOMPARE(server.requests.size(), 1); // not followed

        const QByteArray body = R"({"error":{"code":"unavailable","message":"Later.","retryable":true}})";
        server.response = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 42\r\nContent-Type: application/json\r\n"
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        r = run(*transport, bareRequest("GET", "/v1/device"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode, QStringLiteral("unavailable"));
        QCOMPARE(r.retryAfterSeconds.value_or(-1), qint64(42));

        server.response = "HTTP/1.1 404 Not Found\r\nSaisie-Error-Code: upload_not_found\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n";
        r = run(*transport, bareRequest("HEAD", "/v1/uploads/abcdefghijklmnop"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode, QStringLiteral("upload_not_found"));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
