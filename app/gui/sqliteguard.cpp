#include "sqliteguard.h"

#include <fstream>
#include <string>

namespace saisie::app {

QString mappedPlainSqlite()
{
    // std::ifstream rather than QFile: this runs before QCoreApplication exists.
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const auto at = line.find("libsqlite3");
        if (at == std::string::npos)
            continue;
        const auto pathStart = line.find('/');
        return QString::fromStdString(line.substr(pathStart == std::string::npos ? at : pathStart));
    }
    return {};
}

} // namespace saisie::app
