#pragma once
// The interface language, switchable while the app runs: installs the translator embedded by
// qt_add_translations (":/i18n/saisie_<code>.qm") and asks the QML engine to re-evaluate every
// qsTr() binding.
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTranslator>
#include <memory>

class QQmlEngine;

namespace saisie::gui {

class LanguageController : public QObject
{
    Q_OBJECT
    // Registered only through its singleton adapter in services/singletons.h.
    /// The current language code: "en" or "fr".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The codes the app ships, in display order.
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    /// "fr" when the system locale is French, else "en".
    static QString systemDefault();
    /// The language saved by a previous setLanguage() with persistence on, else systemDefault().
    static QString savedOrSystemDefault();

    QString language() const { return m_language; }
    /// Switches to `code` ("en" or "fr"); false, and no change, for any other code.
    bool setLanguage(const QString &code);
    QStringList available() const;
    /// The language's name in that language ("English", "Français"), for a picker.
    Q_INVOKABLE static QString nativeName(const QString &code);

    /// The engine whose bindings are re-evaluated after a switch.
    void setEngine(QQmlEngine *engine);
    /// When on, each switch is remembered in QSettings (off for tooling and tests).
    void setPersistent(bool persistent) { m_persistent = persistent; }

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
    bool m_persistent = false;
};

} // namespace saisie::gui
