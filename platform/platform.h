#pragma once
// The platform services of one process, built once by the composition root. Which implementation
// family backs Platform::create() is chosen in CMake (SAISIE_PLATFORM), never by runtime checks.
#include "apppaths.h"
#include "connectivity.h"
#include "keystore.h"
#include "positionsourcefactory.h"
#include "securewindow.h"

#include <QString>
#include <memory>

namespace saisie::platform {

struct PlatformOptions {
    QString dataDirOverride; // --data-dir; empty = SAISIE_DATA_DIR or the platform default
    QString nmeaReplayFile;  // --nmea FILE; empty = the platform's own position source
};

struct Platform {
    std::unique_ptr<AppPaths> paths;
    std::unique_ptr<KeyStore> keyStore;
    std::unique_ptr<Connectivity> connectivity;
    std::unique_ptr<PositionSourceFactory> positions;
    std::unique_ptr<SecureWindow> secureWindow;

    /// The implementations selected at build time (see platform/CMakeLists.txt).
    static Platform create(const PlatformOptions &options);
    /// In-memory stand-ins for tests and tooling: a fixed data root, a key store with a process-local
    /// key, reachability set by hand, no position source, no window protection.
    static Platform createDummy(const QString &dataRoot);
    /// Name of the implementation family create() uses ("desktop", "android", ...).
    static QString name();
};

} // namespace saisie::platform
