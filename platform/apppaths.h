#pragma once
// Where Saisie keeps its data on this device. Everything the app writes lives under one root, so
// a wipe, a backup exclusion or a test can name a single directory.
#include <QString>

namespace saisie::platform {

/// The data root and the directories derived from it.
class AppPaths
{
public:
    virtual ~AppPaths() = default;
    /// Absolute path of the data root; profiles live in <root>/profiles.
    virtual QString dataRoot() const = 0;
    /// Where the data root came from ("--data-dir", "SAISIE_DATA_DIR", "platform default"), for diagnostics.
    virtual QString origin() const = 0;
};

/// The data root in priority order: the command-line option, then the environment variable
/// SAISIE_DATA_DIR, then the platform default. Empty values are skipped; the result is absolute.
struct DataRootChoice {
    QString path;
    QString origin;
};
DataRootChoice chooseDataRoot(const QString &commandLine, const QString &environment, const QString &platformDefault);

} // namespace saisie::platform
