#pragma once
// Keeps window contents out of the task switcher thumbnails and screenshots (SECURITY.md S7).
// Mobile platforms offer this (Android FLAG_SECURE, iOS snapshot hiding); desktops mostly do not.
#include <QString>

class QWindow;

namespace saisie::platform {

class SecureWindow
{
public:
    virtual ~SecureWindow() = default;
    /// True when protect() actually hides contents on this platform.
    virtual bool isSupported() const = 0;
    /// Applies the protection to a top-level window before it is shown.
    virtual void protect(QWindow *window) = 0;
    /// One sentence for settings and diagnostics.
    virtual QString description() const = 0;
};

} // namespace saisie::platform
