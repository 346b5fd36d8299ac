#pragma once
// A profile created on disk and unlocked through the app's SessionController, for the tests of
// controllers that need an open store (record editor, photos).
#include "components/pinbuffer.h"
#include "unlock/sessioncontroller.h"
#include "vaulttesthelpers.h"
#include "vault/profiles.h"

#include <QSignalSpy>
#include <memory>

namespace saisie::testing {

inline constexpr char kProfilePin[] = "250913";

/// Creates the profile "Alice" (PIN kProfilePin) under `root` and returns a controller with it
/// chosen, still locked; nullptr when the vault could not be created.
inline std::unique_ptr<gui::SessionController> createProfileController(const QString &root)
{
    auto created = vault::ProfileDirectory(root).create(QStringLiteral("Alice"), pin(kProfilePin), testOptions());
    if (!created)
        return nullptr;
    auto controller = std::make_unique<gui::SessionController>(root, testOptions());
    return controller->selectProfile(created->first) ? std::move(controller) : nullptr;
}

/// Types kProfilePin into the controller and waits for the Argon2 check; true once unlocked.
inline bool unlockProfile(gui::SessionController &session, int timeoutMs = 30000)
{
    gui::PinBuffer buffer;
    for (const char *digit = kProfilePin; *digit; ++digit)
        buffer.appendDigit(*digit - '0');
    QSignalSpy unlocked(&session, &gui::SessionController::unlocked);
    return session.unlock(&buffer) && unlocked.wait(timeoutMs);
}

} // namespace saisie::testing
