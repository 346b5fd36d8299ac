#pragma once
// Desktop (Linux, and for now any non-mobile) implementations of the platform services.
#include "apppaths.h"
#include "connectivity.h"
#include "keystore.h"
#include "positionsourcefactory.h"
#include "securewindow.h"

#include <QNetworkInformation>

namespace saisie::platform::desktop {

/// --data-dir, then SAISIE_DATA_DIR, then QStandardPaths::AppDataLocation.
class DesktopAppPaths final : public AppPaths
{
public:
    explicit DesktopAppPaths(const QString &commandLineOverride);
    QString dataRoot() const override { return m_choice.path; }
    QString origin() const override { return m_choice.origin; }

private:
    DataRootChoice m_choice;
};

/// No platform key store yet. A TPM-backed wrap (tpm2-tss, or the kernel keyring sealed to the TPM)
/// would belong here; until it exists the desktop honestly reports "unavailable" and the vault relies
/// on its PIN-derived wrap alone.
class DesktopKeyStore final : public KeyStore
{
public:
    bool isAvailable() const override { return false; }
    QString description() const override;
    Expected<QByteArray> wrap(const QString &alias, const SecureBuffer &key) override;
    Expected<SecureBuffer> unwrap(const QString &alias, const QByteArray &wrapped) override;
};

/// QNetworkInformation when a backend loads (NetworkManager, GLib), else a permanent Unknown.
class NetworkInformationConnectivity final : public Connectivity
{
    Q_OBJECT
public:
    explicit NetworkInformationConnectivity(QObject *parent = nullptr);
    Reachability reachability() const override { return m_reachability; }
    QString backendName() const override { return m_backend; }

private:
    void update(QNetworkInformation::Reachability reachability);
    Reachability m_reachability = Reachability::Unknown;
    QString m_backend;
};

/// The default Qt Positioning plugin, or the NMEA plugin replaying a log file (--nmea FILE).
class DesktopPositionSourceFactory final : public PositionSourceFactory
{
public:
    explicit DesktopPositionSourceFactory(QString nmeaReplayFile) : m_nmeaFile(std::move(nmeaReplayFile)) {}
    QGeoPositionInfoSource *create(QObject *parent) const override;
    QString description() const override;
    bool isReplay() const override { return !m_nmeaFile.isEmpty(); }

private:
    QString m_nmeaFile;
};

/// Desktop window systems give an application no reliable way to keep its window out of
/// screenshots or compositor thumbnails (X11 has none; Wayland leaves it to the compositor), so
/// this does nothing and says so. The idle lock (S7) is the protection that applies here.
class DesktopSecureWindow final : public SecureWindow
{
public:
    bool isSupported() const override { return false; }
    void protect(QWindow *) override {}
    QString description() const override;
};

} // namespace saisie::platform::desktop
