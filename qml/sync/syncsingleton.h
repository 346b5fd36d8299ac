#pragma once
// `Sync`: enrolment and sync state (SyncController), injected by main.cpp through the Injected<T>
// adapter of services/singletons.h, C++-owned.
#include "services/singletons.h"
#include "sync/synccontroller.h"

namespace saisie::gui {

struct SyncSingleton
{
    Q_GADGET
    QML_FOREIGN(saisie::gui::SyncController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Sync)
public:
    static SyncController *create(QQmlEngine *, QJSEngine *engine)
    {
        return Injected<SyncController>::instanceFor(engine);
    }
};

} // namespace saisie::gui
