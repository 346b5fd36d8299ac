// saisie: the Qt Quick app. Composition root only: parse the command line, build the long-lived
// services, wire them, publish them to QML, load Main.qml. Behaviour lives in core/, platform/
// and the controllers of qml/.
#include "commandline.h"
#include "inputdevices.h"
#include "location/positioningsingleton.h"
#include "platform.h"
#include "photos/photoimageprovider.h"
#include "services/singletons.h"
#include "sync/syncsingleton.h"
#include "syncsetup.h"
#include "tooling.h"
#include "tour.h"
#include "vault/database.h"
#include "vault/kdfparams.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(SaisiePlugin)

namespace {
int refuseUnsafeProcess(const QString &library)
{
    std::fprintf(
        stderr,
        "saisie: refusing to run: the plain SQLite library %s is loaded in this process, which could "
        "write evidence unencrypted. Remove what loads it (Qt's QSQLITE plugin, QML LocalStorage) "
        "and start again.\n",
        qPrintable(library));
    return 3;
}
} // namespace

int main(int argc, char *argv[])
{
    using namespace saisie;

    // S3 before anything else: nothing may touch data next to a plain libsqlite3.
    if (const QString library = vault::Database::foreignSqliteMapped(); !library.isEmpty())
        return refuseUnsafeProcess(library);
    // Tooling renders offscreen with the software scene graph unless the caller chose otherwise.
    const bool tooling = app::wantsTooling(argc, argv);
    if (tooling) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    // A Linux tablet without a keyboard gets Qt's on-screen keyboard. SAISIE_VIRTUAL_KEYBOARD=1/0
    // forces it on or off; an input method chosen in QT_IM_MODULE is left alone.
    if (!tooling && qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        const QByteArray choice = qgetenv("SAISIE_VIRTUAL_KEYBOARD");
        if (choice == "1" || (choice != "0" && !platform::hasHardwareKeyboard()))
            qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }

    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Saisie"));
    QCoreApplication::setApplicationName(QStringLiteral("saisie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAISIE_VERSION));
    // Before parsing, so --help speaks the officer's language; --lang may switch it afterwards.
    gui::LanguageController language;
    // Tooling never reads or writes the saved choice.
    language.setLanguage(tooling ? gui::LanguageController::systemDefault()
                                 : gui::LanguageController::savedOrSystemDefault());
    const std::optional<app::Options> options = app::parseCommandLine(application);
    if (!options)
        return 2;
    if (!options->language.isEmpty())
        language.setLanguage(options->language);
    language.setPersistent(!options->isTooling());

    // Services. Tooling gets a throw-away data root and the cheapest KDF the vault accepts.
    std::optional<QTemporaryDir> scratch;
    if (options->isTooling())
        scratch.emplace();
    platform::Platform platform =
        platform::Platform::create({scratch ? scratch->path() : options->dataDir, options->nmeaFile});
    vault::VaultOptions vaultOptions;
    if (options->isTooling())
        vaultOptions.kdf = vault::KdfParams::interactive();

    gui::SessionController session(platform.paths->dataRoot(), vaultOptions);
    session.setPreflight(&vault::Database::foreignSqliteMapped);
    gui::IdleLock idleLock;
    idleLock.setTimeoutSeconds(options->idleTimeoutSeconds);
    gui::DeviceCapabilities capabilities(platform);
    gui::PositioningService positioning(*platform.positions);
    // The device identity is shared by every profile on the tablet, next to the profiles.
    gui::SyncController sync(platform.paths->dataRoot() + QStringLiteral("/device"), &session);
    sync.setPersistent(!options->isTooling());
    if (!app::applyNationalCa(sync, *options))
        return 2;

    // Wiring.
    if (!options->isTooling())
        idleLock.watch(&application);
    QObject::connect(&idleLock, &gui::IdleLock::lockRequested, &session, &gui::SessionController::lock);
    QObject::connect(&session, &gui::SessionController::lockedChanged, &idleLock,
                     [&idleLock, &session] { idleLock.setArmed(!session.isLocked()); });
    session.seizures()->setLanguage(language.language());
    QObject::connect(&language, &gui::LanguageController::languageChanged, &session,
                     [&language, &session] { session.seizures()->setLanguage(language.language()); });

    // Publication to QML (singleton adapters hand out these instances, C++-owned).
    gui::Injected<gui::SessionController>::inject(&session);
    gui::Injected<gui::IdleLock>::inject(&idleLock);
    gui::Injected<gui::DeviceCapabilities>::inject(&capabilities);
    gui::Injected<platform::Connectivity>::inject(platform.connectivity.get());
    gui::Injected<gui::LanguageController>::inject(&language);
    gui::Injected<gui::PositioningService>::inject(&positioning);
    gui::Injected<gui::SyncController>::inject(&sync);

    // Declared after the services so it is destroyed first.
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4: not yet a default import path
    gui::PhotoImageProvider::install(&engine, &session); // image://saisie-photo, in memory only
    language.setEngine(&engine);
    if (options->selfTest)
        return app::runSelfTest(engine);
    if (options->screenshot)
        return app::takeScreenshot(engine, session, *options->screenshot);
    if (!options->tourDirectory.isEmpty())
        return app::runTour(engine, session, language, sync, options->tourDirectory);

    engine.load(app::mainQmlUrl());
    if (engine.rootObjects().isEmpty())
        return 1;
    for (QObject *root : engine.rootObjects())
        if (auto *window = qobject_cast<QWindow *>(root))
            platform.secureWindow->protect(window);
    // QML imports may load plugins: look again before the first unlock can open data.
    if (const QString library = vault::Database::foreignSqliteMapped(); !library.isEmpty())
        return refuseUnsafeProcess(library);
    app::startEnrolmentFromFile(sync, *options); // a refusal is printed and shown; the app still runs
    return application.exec();
}
