// What the server enforces below the endpoints: the TLS policy (§3.1), HEAD errors without a body
// (§12.3), the feed's query rules (§14.1) and the test-only fault injection the chaos test uses.
#include "serverapitest.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTest>

using namespace saisie;
using namespace saisie::testing;

namespace {

/// Whether a TLS handshake with this configuration succeeds against `url`.
bool handshake(const QUrl &url, QSslConfiguration config)
{
    QSslSocket socket;
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    return socket.waitForEncrypted(15000);
}

} // namespace

void TstServerApi::tlsPolicy()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(m_server.caCertificates());
    config.setProtocol(QSsl::TlsV1_3);
    QVERIFY(handshake(m_server.url(), config));
    config.setProtocol(QSsl::TlsV1_2);
    QVERIFY(handshake(m_server.url(), config));
    // TLS 1.2 without ECDHE+AEAD: a CBC suite is refused even though the client offers only it.
    const QSslCipher cbc(QStringLiteral("ECDHE-ECDSA-AES128-SHA"));
    QVERIFY(!cbc.isNull());
    config.setCiphers({cbc});
    QVERIFY(!handshake(m_server.url(), config));
}

void TstServerApi::headErrors()
{
    const ApiReply missing = m_main->send("HEAD", "/v1/uploads/up_AAAAAAAAAAAAAAAAAAAAAA");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("Saisie-Error-Code"), QByteArray("upload_not_found"));
    QVERIFY(missing.body.isEmpty());
    const ApiReply notHere = m_main->send("HEAD", "/v1/device");
    QCOMPARE(notHere.status, 405);
    QCOMPARE(notHere.header("Saisie-Error-Code"), QByteArray("method_not_allowed"));
    QCOMPARE(notHere.header("Allow"), QByteArray("GET"));
}

void TstServerApi::feedQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("none") << QByteArray() << 200 << QString();
    QTest::newRow("all three") << QByteArray("?since=0&limit=500&wait=55") << 200 << QString();
    QTest::newRow("limit 0") << QByteArray("?limit=0") << 400 << "field_invalid";
    QTest::newRow("limit 501") << QByteArray("?limit=501") << 400 << "field_invalid";
    QTest::newRow("wait 56") << QByteArray("?wait=56") << 400 << "field_invalid";
    QTest::newRow("out of order") << QByteArray("?wait=0&limit=10") << 400 << "field_invalid";
    QTest::newRow("unknown parameter") << QByteArray("?page=2") << 400 << "field_invalid";
    QTest::newRow("foreign cursor") << QByteArray("?since=abc") << 400 << "cursor_invalid";
}

void TstServerApi::feedQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiReply reply = m_main->get("/v1/vault-keys/" + m_main->vaultKeyId.toLatin1() + "/feed" + query);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
}

void TstServerApi::faultInjection()
{
    // A second server where every request fails before it is processed.
    ServerProcess faulty;
    QString error;
    QVERIFY2(faulty.start(&error, {QStringLiteral("SAISIE_SERVER_FAULTS=7:1")}), qPrintable(error));
    QVERIFY(faulty.logText().contains(QLatin1String("WARNING: test fault injection on")));
    ApiClient client(faulty.url(), faulty.caCertificates());
    const ApiReply reply = client.enrol(faulty.issueCode(), faulty.publicUrl());
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), QStringLiteral("unavailable"));
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    QCOMPARE(reply.error().value(QStringLiteral("retryable")).toBool(), true);
    QCOMPARE(faulty.stop(), 0);
}
