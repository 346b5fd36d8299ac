#include "tour.h"

#include "demodata.h"
#include "services/languagecontroller.h"
#include "sync/synccontroller.h"
#include "sync/synctext.h"
#include "tooling.h"
#include "unlock/sessioncontroller.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <cstdio>
#include <functional>
#include <memory>

namespace saisie::app {

namespace {

// Warnings that reach Qt's message handler rather than QQmlEngine::warnings (a delegate that
// fails to build reports "Component is not ready" there) fail the view they happen in.
QStringList *g_messages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messages && type != QtDebugMsg && type != QtInfoMsg && !message.startsWith(QLatin1String("PulseAudioService")))
        g_messages->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Shot
{
    QString name; // file name part
    QString page; // Main.qml startPage
    QString record;
    int step = 0;
    bool needsUnlocked = true;
};

/// A page name starting with "qrc:" is a tour-only view loaded instead of Main.qml.
bool isTourView(const Shot &shot)
{
    return shot.page.startsWith(QLatin1String("qrc:"));
}

/// State a page shows, set up before and undone after each of its screenshots.
struct ShotHooks
{
    std::function<void()> prepare;
    std::function<void()> cleanup;
};

QVariantMap tourOnlyProperties()
{
    return {{QStringLiteral("progressSample"), gui::syncProgressSentence(3, 12, 2, 4)},
            {QStringLiteral("errorSample"), gui::syncErrorSentence(QStringLiteral("unavailable"))}};
}

struct Size
{
    const char *name;
    QSize size;
};

constexpr Size kSizes[] = {
    {"tablet-landscape", {1280, 800}},
    {"tablet-portrait", {800, 1280}},
    {"phone", {412, 915}},
};

/// Text a person should never see: a binding that produced nothing, a placeholder that was
/// never filled, a translation id.
const QRegularExpression &unresolved()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\bundefined\b|\[object |\bNaN\b|%\d|%n\b|\bnull\b|\bQT_TR|\bqsTr\b)"));
    return pattern;
}

void collectTexts(QQuickItem *item, QStringList &problems)
{
    if (!item || !item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.typeId() == QMetaType::QString) {
        const QString value = text.toString();
        if (const auto match = unresolved().match(value); match.hasMatch())
            problems << QStringLiteral("%1 shows \"%2\"")
                            .arg(QString::fromLatin1(item->metaObject()->className()), match.captured(0));
    }
    for (QQuickItem *child : item->childItems())
        collectTexts(child, problems);
}

/// Renders one page and checks it; returns the problems found (empty when fine).
QStringList shoot(QQmlEngine &engine, const Shot &shot, const ShotHooks &hooks, const Size &size,
                  const QString &file)
{
    QList<QQmlError> warnings;
    QStringList messages;
    g_messages = &messages;
    const auto connection = QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                                             [&warnings](const QList<QQmlError> &more) { warnings += more; });
    if (hooks.prepare)
        hooks.prepare();
    QQmlComponent component(&engine, isTourView(shot) ? QUrl(shot.page) : mainQmlUrl());
    QVariantMap properties = isTourView(shot) ? tourOnlyProperties()
                                              : QVariantMap{{QStringLiteral("startPage"), shot.page},
                                                            {QStringLiteral("startRecord"), shot.record},
                                                            {QStringLiteral("startStep"), shot.step}};
    properties.insert(QStringLiteral("width"), size.size.width());
    properties.insert(QStringLiteral("height"), size.size.height());
    std::unique_ptr<QObject> root(component.createWithInitialProperties(properties));
    QStringList problems;
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        for (const QQmlError &error : component.errors())
            problems << error.toString();
        problems << QStringLiteral("Main.qml did not load");
    } else {
        pumpEvents(600); // transitions, first frames, list models
        const QImage image = window->grabWindow();
        if (image.isNull() || !image.save(file, "PNG"))
            problems << QStringLiteral("could not write %1").arg(file);
        collectTexts(window->contentItem(), problems);
    }
    root.reset();
    pumpEvents(0);
    if (hooks.cleanup)
        hooks.cleanup();
    QObject::disconnect(connection);
    g_messages = nullptr;
    for (const QQmlError &warning : std::as_const(warnings))
        problems << warning.toString();
    problems += messages;
    return problems;
}

} // namespace

int runTour(QQmlApplicationEngine &engine, gui::SessionController &session, gui::LanguageController &language,
            gui::SyncController &sync, const QString &directory)
{
    engine.setOutputWarningsToStandardError(false);
    g_previousHandler = qInstallMessageHandler(collectMessage);
    if (!QDir().mkpath(directory)) {
        std::fprintf(stderr, "tour: cannot create %s\n", qPrintable(directory));
        return 1;
    }
    if (!createDemoProfile(session, QStringLiteral("Officer Martin"), QString::fromLatin1(kDemoPin)))
        return 1;
    addDemoSeizures(session);
    const QString full = addDemoFullRecord(session, false);
    const QString finalized = addDemoFullRecord(session, true);
    if (full.isEmpty() || finalized.isEmpty())
        return 1;

    QList<Shot> shots = {
        {QStringLiteral("profiles"), QStringLiteral("profiles"), {}, 0, false},
        {QStringLiteral("unlock"), QStringLiteral("unlock"), {}, 0, false},
        {QStringLiteral("create-profile"), QStringLiteral("create"), {}, 0, false},
        {QStringLiteral("list"), QStringLiteral("list"), {}, 0, true},
        {QStringLiteral("settings"), QStringLiteral("settings"), {}, 0, true},
        {QStringLiteral("quick-new"), QStringLiteral("quick"), {}, 0, true},
        {QStringLiteral("quick-filled"), QStringLiteral("quick"), full, 0, true},
    };
    const char *steps[] = {"event", "goods", "conveyance", "route", "people", "photos", "review"};
    for (int step = 0; step < 7; ++step)
        shots.append({QStringLiteral("record-%1-%2").arg(step + 1).arg(QLatin1String(steps[step])),
                      QStringLiteral("record"), full, step, true});
    shots.append({QStringLiteral("record-finalized-review"), QStringLiteral("record"), finalized, 6, true});
    shots.append({QStringLiteral("record-new-review"), QStringLiteral("record"), {}, 6, true}); // every issue listed
    // Sync: the enrolment page (this scratch tablet is never enrolled), with the sentence a
    // wrong QR code gives, and every banner state (they need a server to reach for real).
    shots.append({QStringLiteral("enrolment"), QStringLiteral("enrolment"), {}, 0, true});
    shots.append({QStringLiteral("enrolment-error"), QStringLiteral("enrolment"), {}, 0, true});
    shots.append({QStringLiteral("sync-states"), QStringLiteral("qrc:/tour/SyncStates.qml"), {}, 0, true});
    const QHash<QString, ShotHooks> hooks = {
        {QStringLiteral("enrolment-error"),
         {[&sync] { sync.enrolFromQrText(QStringLiteral("https://example.org/not-an-enrolment")); },
          [&sync] { sync.clearEnrolmentError(); }}},
    };

    int failures = 0;
    int written = 0;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        language.setLanguage(lang);
        for (const bool unlockedPass : {false, true}) {
            if (unlockedPass && session.isLocked() && !unlockDemoProfile(session))
                return 1;
            if (!unlockedPass)
                session.lock();
            for (const Shot &shot : std::as_const(shots)) {
                if (shot.needsUnlocked != unlockedPass)
                    continue;
                for (const Size &size : kSizes) {
                    const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                             .arg(directory, lang, QLatin1String(size.name), shot.name);
                    const QStringList problems = shoot(engine, shot, hooks.value(shot.name), size, file);
                    if (problems.isEmpty()) {
                        ++written;
                        std::fprintf(stdout, "ok    %s\n",
                                     qPrintable(QDir(directory).relativeFilePath(file)));
                    } else {
                        ++failures;
                        std::fprintf(stderr, "FAIL  %s\n    %s\n",
                                     qPrintable(QDir(directory).relativeFilePath(file)),
                                     qPrintable(problems.join(QStringLiteral("\n    "))));
                    }
                }
            }
        }
    }
    std::fprintf(failures ? stderr : stdout, "tour: %d screenshots in %s, %d failed\n", written + failures,
                 qPrintable(directory), failures);
    return failures == 0 ? 0 : 1;
}

} // namespace saisie::app
