#include "tooling.h"

#include "demodata.h"

#include "capture/seizureeditor.h"
#include "model/seizure.h"
#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace saisie::app {

namespace {

/// Values for the required properties of delegates and record-bound components, which a view or
/// a page would otherwise provide. `editor` is a SeizureEditor holding a new, unsaved record.
QVariantMap fixtureFor(const QString &baseName, QObject *editor)
{
    const QVariant record = QVariant::fromValue(editor);
    static const QStringList fieldBound = {QStringLiteral("RecordText"),       QStringLiteral("RecordCode"),
                                           QStringLiteral("RecordIdentifier"), QStringLiteral("RecordMrz"),
                                           QStringLiteral("RecordDateTime"),   QStringLiteral("SealList"),
                                           QStringLiteral("OverrideReason")};
    static const QStringList listEntries = {QStringLiteral("ItemCard"), QStringLiteral("ConveyanceCard"),
                                            QStringLiteral("PersonCard"), QStringLiteral("CompanyCard")};
    static const QStringList recordBound = {
        QStringLiteral("RecordLocation"), QStringLiteral("RecordPhotos"), QStringLiteral("StepPage"),
        QStringLiteral("EventStep"),      QStringLiteral("GoodsStep"),    QStringLiteral("ConveyanceStep"),
        QStringLiteral("RouteStep"),      QStringLiteral("PeopleStep"),   QStringLiteral("PhotosStep"),
        QStringLiteral("ReviewStep")};
    if (fieldBound.contains(baseName))
        return {{QStringLiteral("editor"), record}, {QStringLiteral("path"), QStringLiteral("placeName")}};
    if (listEntries.contains(baseName))
        return {{QStringLiteral("editor"), record}, {QStringLiteral("index"), 0}};
    if (recordBound.contains(baseName))
        return {{QStringLiteral("editor"), record}};
    if (baseName == QLatin1String("IssueRow"))
        return {
            {QStringLiteral("editor"), record},
            {QStringLiteral("issue"), QVariantMap{{QStringLiteral("path"), QStringLiteral("items")},
                                                  {QStringLiteral("code"), QStringLiteral("missing")},
                                                  {QStringLiteral("message"), QStringLiteral("Self test.")},
                                                  {QStringLiteral("overridable"), false},
                                                  {QStringLiteral("overridden"), false},
                                                  {QStringLiteral("blocking"), true}}}};
    if (baseName == QLatin1String("StepBar"))
        return {{QStringLiteral("steps"),
                 QVariantList{QVariantMap{{QStringLiteral("title"), QStringLiteral("Self test")},
                                          {QStringLiteral("flagged"), true}}}}};
    if (baseName == QLatin1String("ProfileDelegate"))
        return {{QStringLiteral("vaultId"), QStringLiteral("self-test")},
                {QStringLiteral("alias"), QStringLiteral("Self test")},
                {QStringLiteral("attemptsLeft"), 2},
                {QStringLiteral("secondsToWait"), 0}};
    if (baseName == QLatin1String("SeizureDelegate"))
        return {{QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-000000000000")},
                {QStringLiteral("status"), QStringLiteral("draft")},
                {QStringLiteral("occurredAt"), QStringLiteral("2025-01-01T10:00:00+01:00")},
                {QStringLiteral("placeName"), QStringLiteral("Self test")},
                {QStringLiteral("commodityCategory"), QStringLiteral("OTHER")},
                {QStringLiteral("commodityLabel"), QStringLiteral("Other")},
                {QStringLiteral("completeness"), 0.5},
                {QStringLiteral("attachmentCount"), 1}};
    return {};
}

QString describe(const QList<QQmlError> &errors)
{
    QStringList lines;
    for (const QQmlError &error : errors)
        lines << QStringLiteral("    ") + error.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QUrl mainQmlUrl()
{
    return QUrl(QStringLiteral("qrc") + QString::fromUtf16(kModuleResourceRoot) +
                QStringLiteral("/Main.qml"));
}

int runSelfTest(QQmlApplicationEngine &engine)
{
    gui::SeizureEditor editor; // unsaved: no session, nothing is written
    editor.startNew();
    QList<QQmlError> warnings;
    engine.setOutputWarningsToStandardError(false);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&warnings](const QList<QQmlError> &more) { warnings += more; });

    const QString root = QString::fromUtf16(kModuleResourceRoot);
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "self-test: no QML files under %s; is the Saisie module linked?\n",
                     qPrintable(root));
        return 1;
    }

    int failures = 0;
    for (const QString &file : std::as_const(files)) {
        const QString relative = file.mid(root.size() + 1);
        const QString baseName = QFileInfo(file).completeBaseName();
        warnings.clear();

        QFile source(file);
        const bool singleton =
            source.open(QIODevice::ReadOnly) && source.readAll().contains("pragma Singleton");
        QQmlComponent component(&engine);
        if (singleton) {
            // A singleton cannot be instantiated directly: reach it through a probe object.
            component.setData(
                QStringLiteral("import QtQml\nimport Saisie\nQtObject { property var probe: %1 }\n")
                    .arg(baseName)
                    .toUtf8(),
                QUrl(QStringLiteral("qrc:/self-test/%1Probe.qml").arg(baseName)));
        } else {
            component.loadUrl(QUrl(QStringLiteral("qrc") + file));
        }

        QList<QQmlError> problems;
        if (component.isError()) {
            problems = component.errors();
        } else {
            std::unique_ptr<QObject> object(
                component.createWithInitialProperties(fixtureFor(baseName, &editor)));
            if (!object) {
                problems = component.errors();
            } else {
                pumpEvents(50); // let Component.onCompleted chains, StackView and bindings settle
                if (singleton && object->property("probe").value<QObject *>() == nullptr) {
                    QQmlError error;
                    error.setDescription(QStringLiteral("singleton %1 is not reachable").arg(baseName));
                    problems << error;
                }
            }
        }
        pumpEvents(0);
        problems += warnings;
        if (problems.isEmpty()) {
            std::fprintf(stdout, "ok    %s\n", qPrintable(relative));
        } else {
            ++failures;
            std::fprintf(stderr, "FAIL  %s\n%s\n", qPrintable(relative), qPrintable(describe(problems)));
        }
    }
    std::fprintf(failures ? stderr : stdout, "self-test: %lld QML files, %d failed\n",
                 static_cast<long long>(files.size()), failures);
    return failures == 0 ? 0 : 1;
}

int takeScreenshot(QQmlApplicationEngine &engine, gui::SessionController &session,
                   const ScreenshotOptions &options)
{
    const QString demoPin = QString::fromLatin1(kDemoPin);
    QString startPage = options.page;
    if (options.page == QLatin1String("welcome")) {
        startPage = QStringLiteral("profiles");
    } else if (options.page != QLatin1String("create")) {
        if (!createDemoProfile(session, QStringLiteral("Officer Martin"), demoPin))
            return 1;
        if (options.page == QLatin1String("profiles")) {
            session.lock();
            if (!createDemoProfile(session, QStringLiteral("Night shift, team B"), QStringLiteral("480271")))
                return 1;
            session.lock();
        } else if (options.page == QLatin1String("unlock")) {
            session.lock();
            for (int i = 0; i < options.wrongPins; ++i) {
                gui::PinBuffer wrong;
                for (int d : {9, 9, 1, 1, 2, 7})
                    wrong.appendDigit(d);
                session.unlock(&wrong);
                waitForSession(session);
            }
        } else if (options.demoRows) {
            addDemoSeizures(session);
        }
    }

    engine.setInitialProperties({{QStringLiteral("startPage"), startPage},
                                 {QStringLiteral("sunlight"), options.sunlight},
                                 {QStringLiteral("width"), options.size.width()},
                                 {QStringLiteral("height"), options.size.height()}});
    engine.load(mainQmlUrl());
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "saisie: Main.qml did not load; run --self-test for details.\n");
        return 1;
    }
    pumpEvents(800); // page transitions and the first frames
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(options.file, "PNG")) {
        std::fprintf(stderr, "saisie: could not write the screenshot to %s\n", qPrintable(options.file));
        return 1;
    }
    std::fprintf(stdout, "%s: %dx%d, page %s\n", qPrintable(options.file), image.width(), image.height(),
                 qPrintable(options.page));
    return 0;
}

} // namespace saisie::app
