#include "geofix.h"

#include <QtMath>
#include <cmath>

namespace saisie::gui {

Fix fromPositionInfo(const QGeoPositionInfo &info, QGeoPositionInfoSource::PositioningMethods methods)
{
    Fix fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        fix.accuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy); // NaN without a UERE
    if (info.timestamp().isValid())
        fix.time = info.timestamp().toUTC();
    if (methods == QGeoPositionInfoSource::SatellitePositioningMethods)
        fix.source = QStringLiteral("GNSS");
    else if (methods == QGeoPositionInfoSource::NonSatellitePositioningMethods)
        fix.source = QStringLiteral("NETWORK");
    else if (methods == QGeoPositionInfoSource::AllPositioningMethods)
        fix.source = QStringLiteral("FUSED");
    else
        fix.source = QStringLiteral("UNKNOWN");
    return fix;
}

QString isoWithOffset(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(QLatin1Char(offset < 0 ? '-' : '+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QVariantMap toGeoFixMap(const Fix &fix, const QTimeZone &zone)
{
    QVariantMap map{{QStringLiteral("lat"), fix.latitude},
                    {QStringLiteral("lon"), fix.longitude},
                    {QStringLiteral("source"), fix.source},
                    {QStringLiteral("mock"), fix.mock}};
    if (fix.hasAccuracy())
        map.insert(QStringLiteral("accuracyM"), fix.accuracyM);
    if (fix.time.isValid())
        map.insert(QStringLiteral("fixTime"), isoWithOffset(fix.time, zone));
    if (!fix.manualReason.isEmpty())
        map.insert(QStringLiteral("manualReason"), fix.manualReason);
    return map;
}

Fix averageOf(const QList<Fix> &samples)
{
    if (samples.isEmpty())
        return {};
    double x = 0, y = 0, z = 0, accuracySum = 0;
    int withAccuracy = 0;
    for (const Fix &s : samples) {
        const double lat = qDegreesToRadians(s.latitude), lon = qDegreesToRadians(s.longitude);
        x += std::cos(lat) * std::cos(lon);
        y += std::cos(lat) * std::sin(lon);
        z += std::sin(lat);
        if (s.hasAccuracy()) {
            accuracySum += s.accuracyM;
            ++withAccuracy;
        }
    }
    Fix mean = samples.last();
    mean.latitude = qRadiansToDegrees(std::atan2(z, std::hypot(x, y)));
    mean.longitude = qRadiansToDegrees(std::atan2(y, x));
    mean.accuracyM = std::numeric_limits<double>::quiet_NaN();
    if (withAccuracy == 0)
        return mean;

    // Scatter in metres on a local plane (fine over the few metres a stationary fix wanders).
    constexpr double kEarthRadiusM = 6371008.8;
    const double metresPerDegree = qDegreesToRadians(kEarthRadiusM);
    const double cosLat = std::cos(qDegreesToRadians(mean.latitude));
    double squares = 0;
    for (const Fix &s : samples) {
        const double dLon = std::remainder(s.longitude - mean.longitude, 360.0);
        const double dx = dLon * cosLat * metresPerDegree;
        const double dy = (s.latitude - mean.latitude) * metresPerDegree;
        squares += dx * dx + dy * dy;
    }
    const double rms = std::sqrt(squares / double(samples.size()));
    mean.accuracyM = std::max(accuracySum / withAccuracy, 2 * rms);
    return mean;
}

} // namespace saisie::gui
