#include "identifiercheck.h"

#include "validation/identifiers.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace saisie::gui {

using validation::Result;

namespace {

// Mirrors the validators' own limit (validation_p.h) so "far too long" is told apart from a bad layout.
constexpr qsizetype maxInputLength = 256;

bool hasForeignCharacters(const QString &kind, QStringView text)
{
    for (const QChar c : text) {
        const bool ascii = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        const bool separator = kind == u"mrz" ? (c == u'<' || c == u'\n' || c == u'\r' || c == u' ')
                                              : (c.isSpace() || c == u'-' || c == u'.');
        if (!ascii && !separator)
            return true;
    }
    return false;
}

QString layoutOf(const Result &result)
{
    if (result.normalized.isEmpty())
        return {};
    const QStringList lines = result.normalized.split(u'\n');
    if (lines.size() == 3)
        return u"TD1"_s;
    if (lines.size() == 2)
        return lines.first().size() == 36 ? u"TD2"_s : u"TD3"_s;
    return {};
}

} // namespace

IdentifierCheck::IdentifierCheck(QObject *parent) : QObject(parent) {}

QVariantMap IdentifierCheck::check(const QString &kind, const QString &text) const
{
    const std::optional<validation::IdentifierKind> parsed = validation::kindFromName(kind);
    if (!parsed) {
        return {{u"verdict"_s, u"invalid"_s},
                {u"code"_s, u"unknown_kind"_s},
                {u"message"_s, tr("This kind of identifier cannot be checked.")},
                {u"normalized"_s, QString()},
                {u"overrideRequired"_s, false},
                {u"layout"_s, QString()},
                {u"checks"_s, QVariantList()}};
    }
    const QString name = validation::kindName(*parsed);
    const Result result = validation::validate(*parsed, text);
    QVariantList checks;
    for (const validation::Check &c : result.checks) {
        checks.append(QVariantMap{{u"name"_s, c.name},
                                  {u"label"_s, checkLabel(c.name)},
                                  {u"passed"_s, c.passed},
                                  {u"expected"_s, c.expected},
                                  {u"found"_s, c.found}});
    }
    return {{u"verdict"_s, result.code == u"empty" ? u"empty"_s : validation::verdictName(result.verdict)},
            {u"code"_s, result.code},
            {u"message"_s, messageFor(name, result, text)},
            {u"normalized"_s, result.normalized},
            {u"overrideRequired"_s, result.overrideRequired},
            {u"layout"_s, name == u"mrz" ? layoutOf(result) : QString()},
            {u"checks"_s, checks}};
}

QString IdentifierCheck::checkLabel(const QString &name)
{
    if (name == u"document_number")
        return tr("Document number");
    if (name == u"birth_date")
        return tr("Date of birth");
    if (name == u"expiry")
        return tr("Expiry date");
    if (name == u"personal_number")
        return tr("Optional data");
    if (name == u"composite")
        return tr("Composite");
    return tr("Check digit");
}

QString IdentifierCheck::messageFor(const QString &kind, const Result &result, const QString &text)
{
    const QString &code = result.code;
    if (code == u"empty")
        return tr("Nothing entered yet.");

    if (code == u"ok") {
        if (kind == u"mrz")
            return tr("All %n check digits correct.", nullptr, int(result.checks.size()));
        if (kind == u"hs")
            return tr("The chapter exists (only the chapter is checked).");
        if (kind == u"unlocode")
            return tr("Format and country correct (the place itself is not looked up).");
        if (kind == u"country") {
            if (result.normalized != text.trimmed().toUpper())
                return tr("Valid; recorded as the ISO code %1.").arg(result.normalized);
            return tr("Valid country code.");
        }
        if (kind == u"currency")
            return tr("Valid currency code.");
        return tr("Check digit correct");
    }

    if (code == u"check_digit") {
        if (kind == u"mrz") {
            QStringList failed;
            for (const validation::Check &c : result.checks) {
                if (!c.passed)
                    failed.append(checkLabel(c.name));
            }
            return tr("Wrong check digit: %1. Read the document again (O/0, I/1 and B/8 are often confused).")
                .arg(failed.join(u", "));
        }
        const QString expected = result.checks.isEmpty() ? QString() : result.checks.first().expected;
        const QString found = result.checks.isEmpty() ? QString() : result.checks.first().found;
        const QString digit = tr("Check digit should be %1, not %2.").arg(expected, found);
        if (kind == u"imo")
            return digit + u' ' +
                   tr("Some registered ships do not follow the rule: check the ship's papers.");
        if (kind == u"vin")
            return digit + u' ' + tr("Vehicles built outside North America often do not use it.");
        if (kind == u"awb" || kind == u"s10")
            return digit + u' ' + tr("Compare with the paper document before relying on it.");
        return digit;
    }

    if (code == u"format") {
        if (text.trimmed().size() > maxInputLength)
            return tr("Far too long: check what was pasted or scanned.");
        if (hasForeignCharacters(kind, text)) {
            return kind == u"mrz" ? tr("Only letters A-Z, digits 0-9 and < may appear in an MRZ.")
                                  : tr("Only letters A-Z and digits 0-9 are allowed.");
        }
        if (kind == u"container")
            return tr(
                "A container number has 11 characters: 3 letters, U, J or Z, 6 digits and a check digit.");
        if (kind == u"wagon")
            return tr("A wagon number has 12 digits, the last one being the check digit.");
        if (kind == u"imo")
            return tr("An IMO ship number has 7 digits, optionally after \"IMO\".");
        if (kind == u"mrz")
            return tr("An MRZ has 2 lines of 44 characters (passport), 2 lines of 36 or 3 lines of 30.");
        if (kind == u"vin")
            return tr("A VIN has 17 letters and digits, never I, O or Q.");
        if (kind == u"awb")
            return tr("An air waybill number has 11 digits: a 3-digit airline prefix and 8 digits.");
        if (kind == u"s10")
            return tr("A postal item number has 2 letters, 9 digits and a 2-letter country code.");
        if (kind == u"hs")
            return tr("An HS code has 6 digits, or 8 or 10 with a national extension.");
        if (kind == u"unlocode")
            return tr("A UN/LOCODE has 5 characters: a country code and 3 letters or digits 2-9.");
        if (kind == u"country")
            return tr("A country code has 2 letters (e.g. FR).");
        if (kind == u"currency")
            return tr("A currency code has 3 letters (e.g. EUR).");
    }

    if (code == u"unknown_country") {
        return kind == u"s10"
                   ? tr("The check digit is correct but the last two letters are not a country code.")
                   : tr("The first two letters are not a country code.");
    }
    if (code == u"unknown_code") {
        if (kind == u"hs")
            return tr("This HS chapter or heading does not exist.");
        if (kind == u"country")
            return tr("This is not a country code.");
        if (kind == u"currency")
            return tr("This is not a currency code in the bundled list.");
    }
    if (code == u"reserved")
        return tr("This HS chapter is reserved and contains no goods.");
    if (code == u"unknown_value")
        return tr("Recorded as unknown.");
    if (code == u"unchecked")
        return tr("The code list needed for this check is missing, so it was not checked.");

    // A code added to the validators later: a neutral sentence rather than English or the input.
    switch (result.verdict) {
    case validation::Verdict::Valid:
        return tr("Correct.");
    case validation::Verdict::Warning:
        return tr("Check this identifier again.");
    case validation::Verdict::Invalid:
        break;
    }
    return tr("This identifier is not valid.");
}

} // namespace saisie::gui
