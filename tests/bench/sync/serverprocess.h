#pragma once
// A real saisie-server for the benchmark: `init` on a fresh data directory (test PKI, chosen
// store), `enrol --json` for a one-time code, `serve` as a child process on a loopback port.
// Output goes to DIR/server.log (a pipe left unread could block the server mid-run).
#include "common/expected.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace saisie::bench::sync {

/// make-test-pki DIR (once per run). Returns the directory.
Expected<QString> makeTestPki(const QString &dir);

class ServerProcess
{
public:
    ServerProcess(QString pkiDir, QString dataDir);
    ~ServerProcess(); // stops the server

    /// `init` with `store` ("sqlcipher:DIR" or a conninfo) on a free loopback port.
    Status init(const QString &store);
    /// One enrolment code: the QR payload JSON as `enrol --json` prints it.
    Expected<QByteArray> enrolmentPayload();
    Status start();
    Status stop();

    QString origin() const { return m_origin; }   // https://127.0.0.1:PORT (the test certificate names it)
    QString authority() const;                    // 127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString caPem() const { return m_pki + QStringLiteral("/ca.pem"); }
    QString dataDir() const { return m_data; }
    /// The server executable (SAISIE_SERVER overrides the build's own).
    static QString executable();

private:
    Expected<QByteArray> runAdmin(const QStringList &arguments, int timeoutMs);
    QString m_pki;
    QString m_data;
    QString m_origin;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_serve;
};

} // namespace saisie::bench::sync
