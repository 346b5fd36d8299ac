#pragma once
// The real saisie-server in a test: a fresh test PKI (tests/tools/testpki/make-test-pki), a data
// directory made by `saisie-server init`, enrolment codes from `saisie-server enrol --json`,
// and `saisie-server serve` on 127.0.0.1 with port 0. The backend is the embedded SQLCipher store,
// or PostgreSQL when SAISIE_TEST_BACKEND=postgres (conninfo in SAISIE_TEST_POSTGRES, a fresh
// schema per run).
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace saisie::testing {

class ServerProcess
{
public:
    ~ServerProcess();
    /// PKI, init, serve; false with *error on any failure.
    bool start(QString *error, const QStringList &extraEnv = {});
    /// SIGTERM and wait; the exit code (-1 when it had to be killed).
    int stop();

    QUrl url() const { return m_url; }
    QString publicUrl() const { return m_publicUrl; }
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("data")); }
    QList<QSslCertificate> caCertificates() const { return m_ca; }
    QString logText() const;

    /// Runs `saisie-server ARGS...`; returns exit code, stdout in *out, stderr in *err.
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) const;
    /// A fresh enrolment code for `unit` (empty on failure).
    QString issueCode(const QString &unit = QStringLiteral("unit-test"));
    QString backendName() const { return m_backend; }

private:
    bool storeLocation(QString *location, QString *error);
    QTemporaryDir m_tmp;
    QProcess m_server;
    QUrl m_url;
    QString m_publicUrl;
    QList<QSslCertificate> m_ca;
    QString m_backend = QStringLiteral("embedded");
};

} // namespace saisie::testing
