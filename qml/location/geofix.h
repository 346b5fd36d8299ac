#pragma once
// One position as the location feature handles it, its GeoFix record shape (docs/data-model.md),
// and the averaging of several fixes.
#include <QDateTime>
#include <QGeoPositionInfoSource>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantMap>
#include <limits>

namespace saisie::gui {

struct Fix
{
    double latitude = 0;
    double longitude = 0;
    double accuracyM = std::numeric_limits<double>::quiet_NaN(); // NaN: the source gave none
    QDateTime time;                                              // UTC
    QString source;                                              // position_source code
    bool mock = false;
    QString manualReason;

    bool hasAccuracy() const { return accuracyM == accuracyM && accuracyM >= 0; }
};

/// A fix from Qt Positioning. Qt 6.4 does not say which provider produced it, only what the
/// source may use: satellites only = GNSS (also NMEA receivers and replays), network only =
/// NETWORK, both = FUSED, else UNKNOWN. Accuracy NaN when absent; time UTC, invalid when absent.
Fix fromPositionInfo(const QGeoPositionInfo &info, QGeoPositionInfoSource::PositioningMethods methods);

/// ISO 8601 with the UTC offset that `zone` had at that instant ("2025-03-14T09:30:02+01:00").
QString isoWithOffset(const QDateTime &utc, const QTimeZone &zone);

/// The GeoFix map: lat, lon, accuracyM (absent when unknown), source, fixTime, mock, and
/// manualReason when there is one.
QVariantMap toGeoFixMap(const Fix &fix, const QTimeZone &zone);

/// Mean position of `samples` (via unit vectors, so it is also right across the antimeridian) with
/// the time of the last one. Accuracy: GNSS errors a few seconds apart are strongly correlated
/// (multipath, atmosphere and satellite geometry change over minutes), so averaging N fixes does
/// NOT shrink the error by sqrt(N). We report the mean of the fixes' own accuracies, raised to twice
/// the RMS scatter around the mean when that is larger (the device moved, or the fixes disagree).
/// Unknown (NaN) when no sample had an accuracy: scatter alone would understate the error.
Fix averageOf(const QList<Fix> &samples);

} // namespace saisie::gui
