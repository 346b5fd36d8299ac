#pragma once
// The device's position source as QML sees it: whether there is one, what it is, and (for C++)
// new QGeoPositionInfoSource instances from the platform factory. One per process, built by
// main.cpp and published as the `Positioning` singleton (positioningsingleton.h).
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QGeoPositionInfoSource;

namespace saisie::platform {
class PositionSourceFactory;
}

namespace saisie::gui {

class PositioningService : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS // a property type for LocationController; QML reaches the instance as `Positioning`
    /// This device can produce fixes (the factory gives a source). Checked once, on first use.
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
        /// One sentence for diagnostics ("NMEA replay of port-le-havre.nmea").
        Q_PROPERTY(QString description READ description CONSTANT)
        /// Fixes are replayed from a log (--nmea): records flag them as mock.
        Q_PROPERTY(bool replay READ isReplay CONSTANT)

            public : explicit PositioningService(const platform::PositionSourceFactory &factory,
                                                 QObject *parent = nullptr);

    bool isAvailable() const;
    QString description() const;
    bool isReplay() const;

    /// A new source owned by `parent`, or nullptr when the device has none.
    QGeoPositionInfoSource *createSource(QObject *parent) const;

private:
    const platform::PositionSourceFactory &m_factory;
    // Probing creates a source (which may open D-Bus or a file), so it waits until someone asks.
    mutable std::optional<bool> m_available;
};

} // namespace saisie::gui
