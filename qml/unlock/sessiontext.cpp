#include "sessiontext.h"

#include <QCoreApplication>

namespace saisie::gui::text {

namespace {
// One context for every sentence of the unlock flow, as in SessionController itself.
QString tr(const char *source)
{
    return QCoreApplication::translate("saisie::gui::SessionController", source);
}
} // namespace

QString secretProblem(vault::SecretProblem problem)
{
    using P = vault::SecretProblem;
    using R = vault::SecretRules;
    switch (problem) {
    case P::None:
        return {};
    case P::PinNotDigits:
        return QCoreApplication::translate("saisie::gui::SessionController", "A PIN has digits only.");
    case P::PinTooShort:
        return QCoreApplication::translate("saisie::gui::SessionController",
                                           "The PIN must have at least %1 digits.")
            .arg(R::kMinPinDigits);
    case P::PinRepeated:
        return QCoreApplication::translate(
            "saisie::gui::SessionController",
            "This PIN repeats a digit or a short pattern (like 121212). Choose "
            "another one.");
    case P::PinSequence:
        return QCoreApplication::translate(
            "saisie::gui::SessionController",
            "This PIN is a run of consecutive digits (like 123456). Choose another "
            "one.");
    case P::PinCommon:
        return QCoreApplication::translate("saisie::gui::SessionController",
                                           "This PIN is one of the most used PINs. Choose another one.");
    case P::PassphraseTooShort:
        return QCoreApplication::translate("saisie::gui::SessionController",
                                           "The passphrase must have at least %1 characters.")
            .arg(R::kMinPassphraseChars);
    case P::PassphraseTooSimple:
        return QCoreApplication::translate(
                   "saisie::gui::SessionController",
                   "The passphrase is too simple: use at least %1 words, or mix %2 kinds "
                   "of characters (lower case, upper case, digits, symbols).")
            .arg(R::kMinWords)
            .arg(R::kMinClasses);
    case P::TooLong:
        return QCoreApplication::translate("saisie::gui::SessionController",
                                           "This is too long. Choose a shorter "
                                           "one.");
    }
    return {};
}

QString secretRule(vault::SecretKind kind)
{
    using R = vault::SecretRules;
    if (kind == vault::SecretKind::Pin)
        return QCoreApplication::translate(
                   "saisie::gui::SessionController",
                   "At least %1 digits. Not a repeated or consecutive pattern (111111, "
                   "121212, 123456), not a common PIN.")
            .arg(R::kMinPinDigits);
    return QCoreApplication::translate(
               "saisie::gui::SessionController",
               "At least %1 characters, with at least %2 words or %3 kinds of characters "
               "(lower case, upper case, digits, symbols).")
        .arg(R::kMinPassphraseChars)
        .arg(R::kMinWords)
        .arg(R::kMinClasses);
}

QStringList officerProblems(const store::OfficerCheck &check)
{
    using P = store::OfficerProblem;
    using O = store::OfficerProfile;
    auto word = [](P problem, const char *missing, const char *tooLong, int max, const char *bad) {
        switch (problem) {
        case P::None:
            return QString();
        case P::Missing:
            return tr(missing);
        case P::TooLong:
            return tr(tooLong).arg(max);
        case P::BadCharacters:
            return tr(bad);
        }
        return QString();
    };
    return {
        word(check.name, QT_TRANSLATE_NOOP("saisie::gui::SessionController", "Enter your name."),
             QT_TRANSLATE_NOOP("saisie::gui::SessionController", "The name must have at most %1 characters."),
             O::kMaxName,
             QT_TRANSLATE_NOOP("saisie::gui::SessionController",
                               "The name contains invisible control characters. "
                               "Type it again.")),
        word(check.serviceNumber,
             QT_TRANSLATE_NOOP("saisie::gui::SessionController", "Enter your service number."),
             QT_TRANSLATE_NOOP("saisie::gui::SessionController",
                               "The service number must have at most %1 characters."),
             O::kMaxServiceNumber,
             QT_TRANSLATE_NOOP("saisie::gui::SessionController",
                               "The service number may contain only letters A to Z, digits, '-' and '/'.")),
        word(check.unit, QT_TRANSLATE_NOOP("saisie::gui::SessionController", "Enter your unit."),
             QT_TRANSLATE_NOOP("saisie::gui::SessionController", "The unit must have at most %1 characters."),
             O::kMaxUnit,
             QT_TRANSLATE_NOOP("saisie::gui::SessionController",
                               "The unit contains invisible control characters. "
                               "Type it again.")),
    };
}

} // namespace saisie::gui::text
