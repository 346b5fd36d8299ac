#include "positioningservice.h"

#include "positionsourcefactory.h"

#include <QGeoPositionInfoSource>

namespace saisie::gui {

PositioningService::PositioningService(const platform::PositionSourceFactory &factory, QObject *parent)
    : QObject(parent), m_factory(factory)
{
}

bool PositioningService::isAvailable() const
{
    if (!m_available) {
        QObject owner;
        m_available = m_factory.create(&owner) != nullptr;
    }
    return *m_available;
}

QString PositioningService::description() const
{
    return m_factory.description();
}

bool PositioningService::isReplay() const
{
    return m_factory.isReplay();
}

QGeoPositionInfoSource *PositioningService::createSource(QObject *parent) const
{
    QGeoPositionInfoSource *source = m_factory.create(parent);
    m_available = source != nullptr;
    return source;
}

} // namespace saisie::gui
