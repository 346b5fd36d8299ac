#pragma once
// Internal helpers shared by the identifier families; not installed, not part of the API.
#include "identifiers.h"

#include <QString>
#include <QStringView>

namespace saisie::validation::detail {

/// Longest input any identifier check looks at; longer input is rejected before any copying so a pasted
/// 100 KB blob costs nothing.
inline constexpr qsizetype maxInputLength = 256;

enum class CleanStatus { Ok, Empty, TooLong, BadCharacter };

/// Input with surrounding whitespace trimmed, the separators people write (spaces, '-', '.') removed and
/// ASCII letters upper-cased. Anything else that is not an ASCII letter or digit makes status BadCharacter.
struct Cleaned
{
    CleanStatus status = CleanStatus::Empty;
    QString text;
};
Cleaned clean(QStringView input);

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool allDigits(QStringView s);
bool allUpper(QStringView s);
inline int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

Result makeValid(const QString &normalized, const QString &message, QList<Check> checks = {});
Result makeInvalid(const QString &code, const QString &message, bool overrideRequired,
                   const QString &normalized = {}, QList<Check> checks = {});
Result makeWarning(const QString &code, const QString &message, const QString &normalized,
                   QList<Check> checks = {});

/// The "nothing entered" result; `what` is the identifier's name in a sentence ("container number").
Result emptyResult(const QString &what);
/// Result for a Cleaned whose status is not Ok; `what` as above, `overrideRequired` per family.
Result cleanFailure(const Cleaned &cleaned, const QString &what, bool overrideRequired);

/// One check-digit Check; `expected` and `found` are single characters.
Check digitCheck(const QString &name, QChar expected, QChar found);

/// "Check digit should be 3 but the number ends in 5." style sentence.
QString checkDigitMessage(QChar expected, QChar found, const QString &subject);

} // namespace saisie::validation::detail
