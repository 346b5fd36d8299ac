#include "desktop/desktopplatform.h"

#include "platform.h"
#include "platformlogging.h"

#include <QDir>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QStandardPaths>
#include <QUrl>
#include <QVariantMap>

namespace saisie::platform {
namespace desktop {

DesktopAppPaths::DesktopAppPaths(const QString &commandLineOverride)
    : m_choice(chooseDataRoot(commandLineOverride, qEnvironmentVariable("SAISIE_DATA_DIR"),
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
{
}

QString DesktopKeyStore::description() const
{
    return QStringLiteral("No platform key store is integrated on desktop yet; keys are protected by the PIN alone.");
}

Expected<QByteArray> DesktopKeyStore::wrap(const QString &, const SecureBuffer &)
{
    return makeError(QStringLiteral("unavailable"), description());
}

Expected<SecureBuffer> DesktopKeyStore::unwrap(const QString &, const QByteArray &)
{
    return makeError(QStringLiteral("unavailable"), description());
}

NetworkInformationConnectivity::NetworkInformationConnectivity(QObject *parent) : Connectivity(parent)
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance()) {
        qCInfo(lcPlatform) << "no network information backend; reachability stays unknown";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_backend = info->backendName();
    update(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            &NetworkInformationConnectivity::update);
}

void NetworkInformationConnectivity::update(QNetworkInformation::Reachability reachability)
{
    Reachability mapped = Reachability::Unknown;
    switch (reachability) {
    case QNetworkInformation::Reachability::Unknown:
        break;
    case QNetworkInformation::Reachability::Disconnected:
        mapped = Reachability::Offline;
        break;
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
        mapped = Reachability::Local;
        break;
    case QNetworkInformation::Reachability::Online:
        mapped = Reachability::Online;
        break;
    }
    if (mapped == m_reachability)
        return;
    m_reachability = mapped;
    Q_EMIT reachabilityChanged();
}

QGeoPositionInfoSource *DesktopPositionSourceFactory::create(QObject *parent) const
{
    if (m_nmeaFile.isEmpty()) {
        QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(parent);
        if (!source)
            qCInfo(lcPlatform) << "no default position source on this device";
        return source;
    }
    const QVariantMap parameters{
        {QStringLiteral("nmea.source"), QUrl::fromLocalFile(QFileInfo(m_nmeaFile).absoluteFilePath()).toString()}};
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createSource(QStringLiteral("nmea"), parameters, parent);
    if (!source) {
        qCWarning(lcPlatform) << "the NMEA position plugin is not installed; no position source";
        return nullptr;
    }
    // Without a UERE the plugin reports no accuracy at all, and a fix without one cannot be judged.
    if (auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source))
        nmea->setUserEquivalentRangeError(kNmeaUserEquivalentRangeErrorM);
    return source;
}

QString DesktopPositionSourceFactory::description() const
{
    if (m_nmeaFile.isEmpty())
        return QStringLiteral("Platform default positioning");
    return QStringLiteral("NMEA replay of %1").arg(QFileInfo(m_nmeaFile).fileName());
}

QString DesktopSecureWindow::description() const
{
    return QStringLiteral("This desktop cannot keep the window out of screenshots; lock the app before leaving it.");
}

} // namespace desktop

Platform Platform::create(const PlatformOptions &options)
{
    Platform p;
    p.paths = std::make_unique<desktop::DesktopAppPaths>(options.dataDirOverride);
    p.keyStore = std::make_unique<desktop::DesktopKeyStore>();
    p.connectivity = std::make_unique<desktop::NetworkInformationConnectivity>();
    p.positions = std::make_unique<desktop::DesktopPositionSourceFactory>(options.nmeaReplayFile);
    p.secureWindow = std::make_unique<desktop::DesktopSecureWindow>();
    return p;
}

QString Platform::name() { return QStringLiteral("desktop"); }

} // namespace saisie::platform
