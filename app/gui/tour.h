#pragma once
// --tour DIR: the screenshot tour. A scripted session (demo profile, demo records, one of them
// complete with a photo, one finalized) visits every page and every step of the full form at
// tablet landscape, tablet portrait and phone sizes, in English and in French, and writes one PNG
// per view into DIR. It fails when a page does not load, logs a QML warning, or shows unresolved
// text ("undefined", "NaN", "%1", "[object ...]"). Runs offscreen on a throw-away data directory.
#include <QString>

class QQmlApplicationEngine;

namespace saisie::gui {
class SessionController;
class LanguageController;
class SyncController;
} // namespace saisie::gui

namespace saisie::app {

/// Returns the process exit code: 0 when every view rendered cleanly.
int runTour(QQmlApplicationEngine &engine, gui::SessionController &session, gui::LanguageController &language,
            gui::SyncController &sync, const QString &directory);

} // namespace saisie::app
