#include "languagecontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace saisie::gui {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
const QString kEnglish = QStringLiteral("en");
const QString kFrench = QStringLiteral("fr");
} // namespace

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
    , m_language(kEnglish) // the source strings: no translator needed
{
}

LanguageController::~LanguageController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString LanguageController::systemDefault()
{
    return QLocale::system().language() == QLocale::French ? kFrench : kEnglish;
}

QString LanguageController::savedOrSystemDefault()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    return saved == kEnglish || saved == kFrench ? saved : systemDefault();
}

QStringList LanguageController::available() const { return {kEnglish, kFrench}; }

QString LanguageController::nativeName(const QString &code)
{
    if (code == kFrench)
        return QStringLiteral("Français");
    if (code == kEnglish)
        return QStringLiteral("English");
    return code;
}

void LanguageController::setEngine(QQmlEngine *engine) { m_engine = engine; }

bool LanguageController::setLanguage(const QString &code)
{
    if (code != kEnglish && code != kFrench)
        return false;
    auto translator = std::make_unique<QTranslator>();
    // English is the source language: its catalogue may be empty, and no catalogue is fine.
    const bool loaded = translator->load(QStringLiteral(":/i18n/saisie_%1.qm").arg(code));
    if (!loaded && code != kEnglish)
        return false;

    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    if (loaded && !translator->isEmpty()) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
    // Dates and numbers follow the language too.
    QLocale::setDefault(QLocale(code == kFrench ? QLocale::French : QLocale::English,
                                code == kFrench ? QLocale::France : QLocale::UnitedKingdom));
    if (m_persistent)
        QSettings().setValue(kSettingsKey, code);
    if (m_engine)
        m_engine->retranslate();
    if (m_language != code) {
        m_language = code;
        Q_EMIT languageChanged();
    }
    return true;
}

} // namespace saisie::gui
