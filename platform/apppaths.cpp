#include "apppaths.h"

#include <QDir>

namespace saisie::platform {

DataRootChoice chooseDataRoot(const QString &commandLine, const QString &environment, const QString &platformDefault)
{
    const auto absolute = [](const QString &path) { return QDir::cleanPath(QDir(path).absolutePath()); };
    if (!commandLine.trimmed().isEmpty())
        return {absolute(commandLine), QStringLiteral("--data-dir")};
    if (!environment.trimmed().isEmpty())
        return {absolute(environment), QStringLiteral("SAISIE_DATA_DIR")};
    return {absolute(platformDefault), QStringLiteral("platform default")};
}

} // namespace saisie::platform
