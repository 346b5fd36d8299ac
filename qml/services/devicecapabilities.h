#pragma once
// What this device offers, so the UI decides from capabilities rather than from the OS name.
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace saisie::platform {
struct Platform;
}

namespace saisie::gui {

class DeviceCapabilities : public QObject
{
    Q_OBJECT
    // Registered only through its singleton adapter in services/singletons.h.
    /// A platform key store adds a second wrap to the vault key.
    Q_PROPERTY(bool keyStoreAvailable READ keyStoreAvailable CONSTANT)
    Q_PROPERTY(QString keyStoreDescription READ keyStoreDescription CONSTANT)
    /// Window contents are hidden from screenshots and the task switcher.
    Q_PROPERTY(bool secureWindowSupported READ secureWindowSupported CONSTANT)
    Q_PROPERTY(QString secureWindowDescription READ secureWindowDescription CONSTANT)
    /// Where position fixes would come from.
    Q_PROPERTY(QString positionDescription READ positionDescription CONSTANT)
    /// Qt's on-screen keyboard is the input method (a tablet without a keyboard): the window
    /// shows its panel.
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    /// The system's text size relative to the 10 pt the design assumes (1.0 to 2.0); the
    /// interface scales its fonts by it.
    Q_PROPERTY(double textScale READ textScale CONSTANT)
    /// Where the data lives, for support.
    Q_PROPERTY(QString dataRoot READ dataRoot CONSTANT)

public:
    explicit DeviceCapabilities(const platform::Platform &platform, QObject *parent = nullptr);

    bool keyStoreAvailable() const { return m_keyStoreAvailable; }
    QString keyStoreDescription() const { return m_keyStoreDescription; }
    bool secureWindowSupported() const { return m_secureWindowSupported; }
    QString secureWindowDescription() const { return m_secureWindowDescription; }
    QString positionDescription() const { return m_positionDescription; }
    QString dataRoot() const { return m_dataRoot; }
    bool virtualKeyboard() const { return m_virtualKeyboard; }
    double textScale() const;

private:
    bool m_keyStoreAvailable;
    QString m_keyStoreDescription;
    bool m_secureWindowSupported;
    QString m_secureWindowDescription;
    QString m_positionDescription;
    QString m_dataRoot;
    bool m_virtualKeyboard;
};

} // namespace saisie::gui
