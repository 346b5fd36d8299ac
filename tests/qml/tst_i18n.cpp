// The French catalogue: embedded by qt_add_translations, complete, and switchable at runtime
// (C++ tr() and QML qsTr() bindings both follow LanguageController).
#include "services/languagecontroller.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using saisie::gui::LanguageController;

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchCatalogueIsEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/saisie_fr.qm")));
    }

    void noUnfinishedFrench()
    {
        QFile ts(QStringLiteral(SAISIE_I18N_DIR "/saisie_fr.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count(QStringLiteral("<message")) > 50);
        static const QRegularExpression notDone(QStringLiteral("type=\"(unfinished|vanished|obsolete)\""));
        QVERIFY2(!text.contains(notDone), "saisie_fr.ts has untranslated or stale entries: run lupdate and translate");
    }

    void translate_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("french");
        QTest::newRow("settings title") << "SettingsPage" << "Settings" << QStringLiteral("Réglages");
        QTest::newRow("lock now") << "SettingsPage" << "Lock now" << QStringLiteral("Verrouiller maintenant");
        QTest::newRow("new profile") << "ProfilesPage" << "New profile" << QStringLiteral("Nouveau profil");
        QTest::newRow("pin prompt") << "UnlockPage" << "Enter your PIN" << QStringLiteral("Saisissez votre code PIN");
        QTest::newRow("seizures") << "SeizureListPage" << "Seizures" << QStringLiteral("Saisies");
        QTest::newRow("wrong pin (C++)") << "saisie::gui::SessionController" << "Wrong PIN."
                                         << QStringLiteral("Code PIN erroné.");
    }

    void translate()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, french);
        LanguageController language;
        QVERIFY(language.setLanguage(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), french);
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), source);
    }

    void placeholdersSurvive()
    {
        LanguageController language;
        QVERIFY(language.setLanguage(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("PinPad", "Tries left before this profile is erased: %1").arg(2),
                 QStringLiteral("Essais restants avant effacement du profil\u00a0: 2"));
    }

    void unknownLanguageIsRefused()
    {
        LanguageController language;
        QSignalSpy changed(&language, &LanguageController::languageChanged);
        QVERIFY(!language.setLanguage(QStringLiteral("de")));
        QCOMPARE(language.language(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 0);
    }

    void qmlBindingsRetranslate()
    {
        QQmlEngine engine;
        LanguageController language;
        language.setEngine(&engine);
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QQmlComponent component(&engine);
        // qsTr() takes its context from the file name, as it does for the module's pages.
        component.setData("import QtQml\nQtObject { property string title: qsTr(\"Settings\") }\n",
                          QUrl(QStringLiteral("qrc:/tst_i18n/SettingsPage.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("title").toString(), QStringLiteral("Settings"));

        QSignalSpy changed(&language, &LanguageController::languageChanged);
        QVERIFY(language.setLanguage(QStringLiteral("fr")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(object->property("title").toString(), QStringLiteral("Réglages"));

        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QCOMPARE(object->property("title").toString(), QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
