#include "validation_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saisie::validation::detail {

Cleaned clean(QStringView input)
{
    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {CleanStatus::Empty, {}};
    if (trimmed.size() > maxInputLength)
        return {CleanStatus::TooLong, {}};

    Cleaned out{CleanStatus::Ok, {}};
    out.text.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (c.isSpace() || c == u'-' || c == u'.')
            continue;
        if (c >= u'a' && c <= u'z') {
            out.text += QChar(c.unicode() - (u'a' - u'A'));
        } else if (isAsciiUpper(c) || isAsciiDigit(c)) {
            out.text += c;
        } else {
            // Non-ASCII letters are refused rather than case-mapped: "ß".toUpper() is "SS", which would
            // silently change the identifier's length.
            return {CleanStatus::BadCharacter, {}};
        }
    }
    if (out.text.isEmpty())
        return {CleanStatus::Empty, {}};
    return out;
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isAsciiDigit);
}

bool allUpper(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isAsciiUpper);
}

Result makeValid(const QString &normalized, const QString &message, QList<Check> checks)
{
    Result r;
    r.verdict = Verdict::Valid;
    r.code = u"ok"_s;
    r.message = message;
    r.normalized = normalized;
    r.checks = std::move(checks);
    return r;
}

Result makeInvalid(const QString &code, const QString &message, bool overrideRequired,
                   const QString &normalized, QList<Check> checks)
{
    Result r;
    r.verdict = Verdict::Invalid;
    r.code = code;
    r.message = message;
    r.normalized = normalized;
    r.overrideRequired = overrideRequired;
    r.checks = std::move(checks);
    return r;
}

Result makeWarning(const QString &code, const QString &message, const QString &normalized,
                   QList<Check> checks)
{
    Result r;
    r.verdict = Verdict::Warning;
    r.code = code;
    r.message = message;
    r.normalized = normalized;
    r.checks = std::move(checks);
    return r;
}

Result emptyResult(const QString &what)
{
    // An empty field is the form's business (mandatory or not), so it never asks for an override.
    return makeInvalid(u"empty"_s, u"No %1 was entered."_s.arg(what), false);
}

Result cleanFailure(const Cleaned &cleaned, const QString &what, bool overrideRequired)
{
    switch (cleaned.status) {
    case CleanStatus::Empty:
        return emptyResult(what);
    case CleanStatus::TooLong:
        return makeInvalid(u"format"_s,
                           u"The %1 is far too long; check what was pasted or scanned."_s.arg(what),
                           overrideRequired);
    case CleanStatus::BadCharacter:
        return makeInvalid(u"format"_s,
                           u"The %1 contains characters other than letters A-Z and digits 0-9."_s.arg(what),
                           overrideRequired);
    case CleanStatus::Ok:
        break;
    }
    return makeInvalid(u"format"_s, u"The %1 could not be read."_s.arg(what), overrideRequired);
}

Check digitCheck(const QString &name, QChar expected, QChar found)
{
    Check check;
    check.name = name;
    check.passed = expected == found;
    check.expected = QString(expected);
    check.found = QString(found);
    return check;
}

QString checkDigitMessage(QChar expected, QChar found, const QString &subject)
{
    return u"Check digit should be %1 but the %2 ends in %3."_s.arg(expected).arg(subject).arg(found);
}

} // namespace saisie::validation::detail
