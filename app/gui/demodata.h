#pragma once
// Demo content for the offscreen tooling (screenshots, tour) and the demo run: a profile, list
// rows, and complete records with a photo. Only ever written into a throw-away data directory
// or a profile created for the demo.
#include <QString>

namespace saisie::gui {
class SessionController;
}

namespace saisie::app {

inline constexpr char kDemoPin[] = "250913";

/// Runs the event loop for a while (timers, deferred deletes, first frames).
void pumpEvents(int milliseconds);
/// Waits for the session's asynchronous work to end; false on timeout.
bool waitForSession(gui::SessionController &session, int timeoutMs = 30000);
/// Creates and unlocks a profile with the demo officer's details.
bool createDemoProfile(gui::SessionController &session, const QString &alias, const QString &pin);
/// Unlocks the chosen profile with kDemoPin.
bool unlockDemoProfile(gui::SessionController &session);
/// A few short drafts, for the list.
void addDemoSeizures(gui::SessionController &session);
/// A complete record (tests/data/model/full-seizure.json) with a photo; signed when `finalize`.
/// Returns its uuid, or an empty string (reason on stderr).
QString addDemoFullRecord(gui::SessionController &session, bool finalize);

} // namespace saisie::app
