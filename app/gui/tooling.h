#pragma once
// Developer tooling built into the app binary, so it exercises exactly what ships:
//  --self-test   instantiates every QML file of the Saisie module offscreen and reports errors;
//  --screenshot  renders one page with demo data into a PNG for visual review.
// Both run on a throw-away data directory and never touch an officer's data.
#include "commandline.h"

#include <QUrl>

class QQmlApplicationEngine;

namespace saisie::gui {
class SessionController;
}

namespace saisie::app {

/// Where qt_add_qml_module (RESOURCE_PREFIX /qt/qml) puts the module's files.
inline constexpr char16_t kModuleResourceRoot[] = u":/qt/qml/Saisie";
QUrl mainQmlUrl();

/// Returns the process exit code: 0 when every file loads without a QML error or warning.
int runSelfTest(QQmlApplicationEngine &engine);

/// Returns the process exit code: 0 when the PNG was written.
int takeScreenshot(QQmlApplicationEngine &engine, gui::SessionController &session,
                   const ScreenshotOptions &options);

} // namespace saisie::app
