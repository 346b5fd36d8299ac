// Command line of saisie_chaosproxy. Parsing is strict: anything unknown or out of range is an
// error, so a typo in a test never silently runs a proxy without the fault it asked for.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace chaosproxy {

struct Endpoint
{
    QHostAddress host;
    quint16 port = 0;
};

struct Options
{
    Endpoint listen;
    Endpoint upstream;
    std::uint64_t seed = 0;
    double cutRate = 0;
    double delayRate = 0;
    int maxDelayMs = 200;
    double loseAfterResponseRate = 0;
    int responseQuietMs = 200;
    double stallRate = 0;
    qint64 faultWindow = qint64(2) * 1024 * 1024; // cut and stall offsets are uniform in [0, faultWindow)
    QString portFile;
    QString logFile;
};

// Parses argv without the program name. On failure returns nullopt and a one-line message.
std::optional<Options> parseOptions(const QStringList &args, QString *error);

QString usage();

} // namespace chaosproxy
