#pragma once
// `Positioning`: the device's position source (PositioningService), injected by main.cpp through
// the Injected<T> adapter of services/singletons.h, C++-owned.
#include "location/positioningservice.h"
#include "services/singletons.h"

namespace saisie::gui {

struct PositioningSingleton
{
    Q_GADGET
    QML_FOREIGN(saisie::gui::PositioningService)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Positioning)
public:
    static PositioningService *create(QQmlEngine *, QJSEngine *engine)
    {
        return Injected<PositioningService>::instanceFor(engine);
    }
};

} // namespace saisie::gui
