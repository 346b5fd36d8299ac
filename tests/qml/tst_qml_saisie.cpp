// Qt Quick Test runner for the tst_*.qml files in this folder, with the Saisie module linked in.
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(SaisiePlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // Offscreen has no GPU context: render with the software scene graph, like --self-test.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4: not a default import path yet
    }
};

QUICK_TEST_MAIN_WITH_SETUP(saisie_qml, Setup)

#include "tst_qml_saisie.moc"
