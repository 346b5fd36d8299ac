#pragma once
// The saisie command line. Parsing only: main.cpp decides what the options build.
#include <QSize>
#include <QString>
#include <optional>

class QCoreApplication;

namespace saisie::app {

struct ScreenshotOptions
{
    QString file;          // PNG to write
    QSize size{1280, 800}; // window size in logical pixels
    QString page;          // welcome, profiles, create, unlock, list, settings
    bool sunlight = false; // high-contrast palette
    int wrongPins = 0;     // wrong PINs to enter first (unlock page: attempts line, countdown)
    bool demoRows = false; // a few demo seizures in the list
};

struct Options
{
    QString dataDir;
    QString nmeaFile;
    int idleTimeoutSeconds = 300;
    QString language; // "en" or "fr" from --lang; empty: the saved choice, else the system's
    bool selfTest = false;
    std::optional<ScreenshotOptions> screenshot;
    QString tourDirectory; // --tour DIR
    QString nationalCaFile; // --national-ca FILE, else SAISIE_NATIONAL_CA: PEM, the national CA set
    QString enrolQrFile;    // --enrol-qr FILE: enrolment QR payload to use at start when not enrolled

    /// Self-test, screenshots and the tour run offscreen on a throw-away data directory.
    bool isTooling() const { return selfTest || screenshot.has_value() || !tourDirectory.isEmpty(); }
};

/// True when argv asks for an offscreen tooling mode; checked before QGuiApplication exists so
/// the offscreen platform can still be chosen.
bool wantsTooling(int argc, char **argv);

/// Parses the application's arguments. On --help/--version it prints and exits; on a usage error
/// it prints the reason on stderr and returns nullopt.
std::optional<Options> parseCommandLine(const QCoreApplication &app);

} // namespace saisie::app
