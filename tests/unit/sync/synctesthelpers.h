#pragma once
// A throw-away PKI (make-test-pki) and a server signing key for the sync tests.
#include "common/securebuffer.h"
#include "protocol/encoding.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <sodium.h>

namespace saisie::testing {

struct TestPki {
    QTemporaryDir dir;
    bool make(QString *error)
    {
        QProcess p;
        p.start(QStringLiteral(SAISIE_MAKE_TEST_PKI), {dir.filePath(QStringLiteral("pki"))});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            *error = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    }
    QString path(const QString &name) const { return dir.filePath(QStringLiteral("pki/") + name); }
    QByteArray read(const QString &name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QSslCertificate cert(const QString &name) const
    {
        const auto list = QSslCertificate::fromData(read(name), QSsl::Pem);
        return list.value(0);
    }
    QStringList pins() const { return QString::fromLatin1(read(QStringLiteral("pins.txt"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

struct ServerKey {
    SecureBuffer secret{crypto_sign_SECRETKEYBYTES};
    QByteArray publicKey{crypto_sign_PUBLICKEYBYTES, '\0'};
    ServerKey()
    {
        ensureSodium();
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    }
    QString keyId() const { return protocol::keyIdOf(publicKey); }
};

} // namespace saisie::testing
