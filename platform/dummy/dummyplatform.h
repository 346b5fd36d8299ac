#pragma once
// Stand-ins for tests and tooling. They behave like real services (the key store really encrypts)
// but keep everything in this process.
#include "apppaths.h"
#include "connectivity.h"
#include "keystore.h"
#include "positionsourcefactory.h"
#include "securewindow.h"

namespace saisie::platform::dummy {

/// A data root fixed at construction (a test's QTemporaryDir).
class FixedAppPaths final : public AppPaths
{
public:
    explicit FixedAppPaths(QString root) : m_root(std::move(root)) {}
    QString dataRoot() const override { return m_root; }
    QString origin() const override { return QStringLiteral("fixed"); }

private:
    QString m_root;
};

/// Wraps with XChaCha20-Poly1305 under a random key that lives only as long as this object, the
/// alias bound as associated data. Lets tests exercise the second-wrap path without hardware.
class MemoryKeyStore final : public KeyStore
{
public:
    MemoryKeyStore();
    bool isAvailable() const override { return true; }
    QString description() const override;
    Expected<QByteArray> wrap(const QString &alias, const SecureBuffer &key) override;
    Expected<SecureBuffer> unwrap(const QString &alias, const QByteArray &wrapped) override;

private:
    SecureBuffer m_key;
};

/// Reachability set by the test.
class ManualConnectivity final : public Connectivity
{
    Q_OBJECT
public:
    using Connectivity::Connectivity;
    Reachability reachability() const override { return m_reachability; }
    QString backendName() const override { return QStringLiteral("manual"); }
    void setReachability(Reachability reachability);

private:
    Reachability m_reachability = Reachability::Unknown;
};

/// A device without GNSS.
class NoPositionSourceFactory final : public PositionSourceFactory
{
public:
    QGeoPositionInfoSource *create(QObject *) const override { return nullptr; }
    QString description() const override { return QStringLiteral("No position source"); }
};

/// Records which windows it was asked to protect; protects nothing.
class RecordingSecureWindow final : public SecureWindow
{
public:
    bool isSupported() const override { return false; }
    void protect(QWindow *) override { ++m_protectCalls; }
    QString description() const override { return QStringLiteral("Window protection is simulated."); }
    int protectCalls() const { return m_protectCalls; }

private:
    int m_protectCalls = 0;
};

} // namespace saisie::platform::dummy
