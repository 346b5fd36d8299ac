#pragma once
// QML singletons for the long-lived objects main.cpp builds (Mozilla VPN src/ui/singletons/
// pattern): each adapter's create() hands QML the injected instance with C++ ownership, so QML
// never constructs or deletes a service. inject() must run before the engine loads any file.
#include "connectivity.h"
#include "services/devicecapabilities.h"
#include "services/languagecontroller.h"
#include "unlock/idlelock.h"
#include "unlock/sessioncontroller.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace saisie::gui {

template <typename T>
class Injected
{
public:
    static void inject(T *instance) { s_instance = instance; }
    static T *instanceFor(QJSEngine *engine)
    {
        Q_ASSERT_X(s_instance, "Injected", "a QML singleton was used before main() injected its instance");
        if (s_instance) {
            Q_ASSERT(engine->thread() == s_instance->thread());
            QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        }
        return s_instance;
    }

private:
    inline static T *s_instance = nullptr;
};

/// `Session`: profiles, unlock and lock.
struct SessionSingleton {
    Q_GADGET
    QML_FOREIGN(saisie::gui::SessionController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)
public:
    static SessionController *create(QQmlEngine *, QJSEngine *engine)
    {
        return Injected<SessionController>::instanceFor(engine);
    }
};

/// `AutoLock`: the idle timeout.
struct AutoLockSingleton {
    Q_GADGET
    QML_FOREIGN(saisie::gui::IdleLock)
    QML_SINGLETON
    QML_NAMED_ELEMENT(AutoLock)
public:
    static IdleLock *create(QQmlEngine *, QJSEngine *engine) { return Injected<IdleLock>::instanceFor(engine); }
};

/// `Capabilities`: what this device offers.
struct CapabilitiesSingleton {
    Q_GADGET
    QML_FOREIGN(saisie::gui::DeviceCapabilities)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Capabilities)
public:
    static DeviceCapabilities *create(QQmlEngine *, QJSEngine *engine)
    {
        return Injected<DeviceCapabilities>::instanceFor(engine);
    }
};

/// `Connectivity`: the platform's reachability hint.
struct ConnectivitySingleton {
    Q_GADGET
    QML_FOREIGN(saisie::platform::Connectivity)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Connectivity)
public:
    static platform::Connectivity *create(QQmlEngine *, QJSEngine *engine)
    {
        return Injected<platform::Connectivity>::instanceFor(engine);
    }
};

/// `Language`: the interface language, switchable at runtime.
struct LanguageSingleton {
    Q_GADGET
    QML_FOREIGN(saisie::gui::LanguageController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Language)
public:
    static LanguageController *create(QQmlEngine *, QJSEngine *engine)
    {
        return Injected<LanguageController>::instanceFor(engine);
    }
};

} // namespace saisie::gui
