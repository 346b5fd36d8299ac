#include "devicecapabilities.h"

#include "platform.h"

#include <QFont>
#include <QGuiApplication>
#include <algorithm>

namespace saisie::gui {

DeviceCapabilities::DeviceCapabilities(const platform::Platform &platform, QObject *parent)
    : QObject(parent), m_keyStoreAvailable(platform.keyStore->isAvailable()),
      m_keyStoreDescription(platform.keyStore->description()),
      m_secureWindowSupported(platform.secureWindow->isSupported()),
      m_secureWindowDescription(platform.secureWindow->description()),
      m_positionDescription(platform.positions->description()), m_dataRoot(platform.paths->dataRoot()),
      m_virtualKeyboard(qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard")
{
}

double DeviceCapabilities::textScale() const
{
    // QGuiApplication's font is the platform theme's (desktop settings, Android's font scale).
    // Only enlarging is followed: the design size is already the smallest readable outdoors.
    constexpr double designPointSize = 10.0;
    const double pointSize = QGuiApplication::font().pointSizeF();
    return pointSize > 0 ? std::clamp(pointSize / designPointSize, 1.0, 2.0) : 1.0;
}

} // namespace saisie::gui
