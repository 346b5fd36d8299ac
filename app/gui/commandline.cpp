#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>
#include <cstring>

namespace saisie::app {

namespace {
std::nullopt_t usageError(const QString &message)
{
    std::fprintf(stderr, "saisie: %s\nRun 'saisie --help' for the options.\n", qPrintable(message));
    return std::nullopt;
}
} // namespace

bool wantsTooling(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--self-test") == 0 || std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strcmp(argv[i], "--tour") == 0)
            return true;
    return false;
}

std::optional<Options> parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Saisie: field capture of customs seizures, encrypted on this device."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep data in DIR (default: SAISIE_DATA_DIR, "
                                            "else the platform's app data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption nmea(
        QStringLiteral("nmea"),
        QCoreApplication::translate("main", "Replay positions from an NMEA log FILE instead "
                                            "of the device's positioning."),
        QStringLiteral("FILE"));
    const QCommandLineOption idle(
        QStringLiteral("idle-timeout"),
        QCoreApplication::translate("main", "Lock after SECONDS without input (at least 10; "
                                            "default 300)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Load every page and component offscreen, "
                                            "report QML errors, exit 0 when all load."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main",
                                                                    "Render a page offscreen with demo data "
                                                                    "into the PNG FILE and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption tour(QStringLiteral("tour"),
                                  QCoreApplication::translate("main",
                                                              "Visit every page at tablet and phone sizes in "
                                                              "English and French with demo data, write the "
                                                              "PNGs into DIR, fail on a broken page."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Screenshot window size (default 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main",
                                                              "Screenshot page: welcome, profiles, create, "
                                                              "unlock, list, settings (default unlock)."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption sunlight(
        QStringLiteral("sunlight"),
        QCoreApplication::translate("main", "Screenshot in the sunlight palette."));
    const QCommandLineOption wrongPins(QStringLiteral("wrong-pins"),
                                       QCoreApplication::translate("main", "Screenshot after N wrong PINs."),
                                       QStringLiteral("N"));
    const QCommandLineOption demoRows(
        QStringLiteral("demo-rows"),
        QCoreApplication::translate("main", "Screenshot with demo seizures in the list."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main",
                                                              "Interface language: en or fr (default: the "
                                                              "last choice, else the system's if French, "
                                                              "else English)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption nationalCa(
        QStringLiteral("national-ca"),
        QCoreApplication::translate("main", "Trust only the national CA certificates in the PEM FILE for "
                                            "sync (default: SAISIE_NATIONAL_CA)."),
        QStringLiteral("FILE"));
    const QCommandLineOption enrolQr(
        QStringLiteral("enrol-qr"),
        QCoreApplication::translate("main", "Connect this tablet at start with the enrolment QR payload "
                                            "in FILE (JSON), unless it is connected already."),
        QStringLiteral("FILE"));
    parser.addOptions({dataDir, nmea, idle, lang, nationalCa, enrolQr, selfTest, screenshot, tour, size, page,
                       sunlight, wrongPins, demoRows});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    Options options;
    options.dataDir = parser.value(dataDir);
    options.selfTest = parser.isSet(selfTest);

    if (parser.isSet(nmea)) {
        const QFileInfo file(parser.value(nmea));
        if (!file.isFile() || !file.isReadable())
            return usageError(QStringLiteral("--nmea: cannot read \"%1\".").arg(file.filePath()));
        options.nmeaFile = file.absoluteFilePath();
    }

    const QString caFile =
        parser.isSet(nationalCa) ? parser.value(nationalCa) : qEnvironmentVariable("SAISIE_NATIONAL_CA");
    if (!caFile.isEmpty()) {
        const QFileInfo file(caFile);
        if (!file.isFile() || !file.isReadable())
            return usageError(QStringLiteral("--national-ca: cannot read \"%1\".").arg(file.filePath()));
        options.nationalCaFile = file.absoluteFilePath();
    }
    if (parser.isSet(enrolQr)) {
        const QFileInfo file(parser.value(enrolQr));
        if (!file.isFile() || !file.isReadable())
            return usageError(QStringLiteral("--enrol-qr: cannot read \"%1\".").arg(file.filePath()));
        options.enrolQrFile = file.absoluteFilePath();
    }

    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (options.language != QLatin1String("en") && options.language != QLatin1String("fr"))
            return usageError(QStringLiteral("--lang must be en or fr."));
    }

    if (parser.isSet(idle)) {
        bool ok = false;
        const int seconds = parser.value(idle).toInt(&ok);
        if (!ok || seconds < 10)
            return usageError(QStringLiteral("--idle-timeout needs a whole number of seconds, at least 10."));
        options.idleTimeoutSeconds = seconds;
    }

    const bool screenshotOnly = parser.isSet(size) || parser.isSet(page) || parser.isSet(sunlight) ||
                                parser.isSet(wrongPins) || parser.isSet(demoRows);
    if (screenshotOnly && !parser.isSet(screenshot))
        return usageError(
            QStringLiteral("--size, --page, --sunlight, --wrong-pins and --demo-rows go with --screenshot."));
    if (int(options.selfTest) + int(parser.isSet(screenshot)) + int(parser.isSet(tour)) > 1)
        return usageError(QStringLiteral("choose one of --self-test, --screenshot and --tour."));
    if (parser.isSet(tour)) {
        options.tourDirectory = parser.value(tour);
        if (options.tourDirectory.isEmpty())
            return usageError(QStringLiteral("--tour needs a directory."));
    }
    if (parser.isSet(screenshot)) {
        ScreenshotOptions shot;
        shot.file = parser.value(screenshot);
        if (parser.isSet(size)) {
            static const QRegularExpression wxh(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
            const auto match = wxh.match(parser.value(size));
            if (!match.hasMatch())
                return usageError(QStringLiteral("--size needs WIDTHxHEIGHT, for example 412x915."));
            shot.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        }
        shot.page = parser.isSet(page) ? parser.value(page) : QStringLiteral("unlock");
        static const QStringList pages{QStringLiteral("welcome"), QStringLiteral("profiles"),
                                       QStringLiteral("create"),  QStringLiteral("unlock"),
                                       QStringLiteral("list"),    QStringLiteral("settings")};
        if (!pages.contains(shot.page))
            return usageError(
                QStringLiteral("--page must be one of: %1.").arg(pages.join(QStringLiteral(", "))));
        shot.sunlight = parser.isSet(sunlight);
        if (parser.isSet(wrongPins)) {
            bool ok = false;
            shot.wrongPins = parser.value(wrongPins).toInt(&ok);
            if (!ok || shot.wrongPins < 0 || shot.wrongPins > 3)
                return usageError(QStringLiteral(
                    "--wrong-pins needs a number from 0 to 3 (the lockout countdown starts after 3)."));
        }
        shot.demoRows = parser.isSet(demoRows);
        options.screenshot = shot;
    }
    if (!options.enrolQrFile.isEmpty() && options.isTooling())
        return usageError(QStringLiteral("--enrol-qr does not go with --self-test, --screenshot or --tour."));
    return options;
}

} // namespace saisie::app
