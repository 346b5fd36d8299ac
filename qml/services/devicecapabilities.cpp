#include "devicecapabilities.h"

#include "platform.h"

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

} // namespace saisie::gui
