// ISO 6346 container numbers and UIC wagon numbers. Both are painted on steel that gets dented, rusted and
// repainted, so every failure, format included, is Invalid but overridable with a reason (DOMAIN.md).
#include "validation_p.h"

using namespace Qt::StringLiterals;

namespace saisie::validation {

using namespace detail;

namespace {

// ISO 6346 letter values start at 10 and skip multiples of 11 (11, 22, 33), which would otherwise
// collide with the modulus.
int iso6346Value(QChar c)
{
    if (isAsciiDigit(c))
        return digitValue(c);
    int value = 10 + (c.unicode() - u'A');
    value += (value - 1) / 10; // one skip for each multiple of 11 passed: A=10, B=12, L=23, V=34
    return value;
}

} // namespace

Result validateContainer(QStringView input)
{
    const QString what = u"container number"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, true);
    const QString &s = cleaned.text;

    const QString layout =
        u"An ISO 6346 container number has 11 characters: a 3-letter owner code, the category "
        "letter U, J or Z, 6 digits and a check digit."_s;
    if (s.size() != 11)
        return makeInvalid(u"format"_s, layout, true);
    if (!allUpper(QStringView(s).first(3)))
        return makeInvalid(u"format"_s, u"The owner code (first 3 characters) must be letters. "_s + layout,
                           true);
    if (s.at(3) != u'U' && s.at(3) != u'J' && s.at(3) != u'Z') {
        return makeInvalid(u"format"_s, u"The fourth character must be the equipment category U, J or Z."_s,
                           true);
    }
    if (!allDigits(QStringView(s).sliced(4)))
        return makeInvalid(u"format"_s, u"The last 7 characters must be digits. "_s + layout, true);

    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += iso6346Value(s.at(i)) << i;
    const QChar expected = QChar(u'0' + (sum % 11) % 10);
    const QChar found = s.at(10);
    const Check check = digitCheck(u"check_digit"_s, expected, found);
    if (!check.passed) {
        return makeInvalid(u"check_digit"_s, checkDigitMessage(expected, found, u"number"_s), true, s,
                           {check});
    }
    return makeValid(s, u"Valid ISO 6346 container number."_s, {check});
}

Result validateWagon(QStringView input)
{
    const QString what = u"wagon number"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, true);
    const QString &s = cleaned.text;

    if (s.size() != 12 || !allDigits(s)) {
        return makeInvalid(u"format"_s, u"A UIC wagon number has 12 digits: 11 digits and a check digit."_s,
                           true);
    }

    // Luhn: weights 2,1,2,1... from the left over the first 11 digits, summing the digits of each product.
    int sum = 0;
    for (int i = 0; i < 11; ++i) {
        const int product = digitValue(s.at(i)) * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    const QChar expected = QChar(u'0' + (10 - sum % 10) % 10);
    const QChar found = s.at(11);
    const Check check = digitCheck(u"check_digit"_s, expected, found);
    if (!check.passed)
        return makeInvalid(u"check_digit"_s, checkDigitMessage(expected, found, u"number"_s), true, s,
                           {check});
    return makeValid(s, u"Valid UIC wagon number."_s, {check});
}

} // namespace saisie::validation
