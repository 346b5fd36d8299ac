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
};

} // namespace saisie::platform
