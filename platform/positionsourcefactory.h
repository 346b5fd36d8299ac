#pragma once
// Where GNSS fixes come from: the platform's default positioning plugin, an NMEA log replayed for
// tests and demonstrations, or nothing at all (a desktop without GNSS, the dummy platform).
#include <QString>

class QGeoPositionInfoSource;
class QObject;

namespace saisie::platform {

class PositionSourceFactory
{
public:
    virtual ~PositionSourceFactory() = default;
    /// A new source owned by `parent`, or nullptr when this device has no position source.
    virtual QGeoPositionInfoSource *create(QObject *parent) const = 0;
    /// One sentence for diagnostics ("NMEA replay of track.nmea", "Platform default positioning").
    virtual QString description() const = 0;
    /// True when fixes are replayed from a log rather than measured: they must be flagged as mock
    /// in records, and their timestamps are those of the recording, not of now.
    virtual bool isReplay() const { return false; }
};

/// User Equivalent Range Error (metres) given to NMEA sources, which only report HDOP: Qt then
/// reports a horizontal accuracy of 2 x HDOP x UERE (about a 95 % radius). 5.1 m is the typical
/// value Qt's documentation cites (Wormley, "GPS Errors & Estimating Your Receiver's Accuracy").
inline constexpr double kNmeaUserEquivalentRangeErrorM = 5.1;

} // namespace saisie::platform
