// IMO ship numbers, VINs, air waybills and UPU S10 postal items. Real numbers of all four sometimes break
// their check-digit rule, so a failed check is only a Warning; a malformed number is still Invalid.
#include "validation_p.h"

#include "codelists/codelists.h"

using namespace Qt::StringLiterals;

namespace saisie::validation {

using namespace detail;

Result validateImo(QStringView input)
{
    const QString what = u"IMO number"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    // Ships' papers print "IMO 9074729"; the prefix is part of how it is written, not of the number.
    const QStringView s =
        cleaned.text.startsWith(u"IMO") ? QStringView(cleaned.text).sliced(3) : QStringView(cleaned.text);
    if (s.isEmpty())
        return emptyResult(what);
    if (s.size() != 7 || !allDigits(s))
        return makeInvalid(u"format"_s,
                           u"An IMO ship number has 7 digits, optionally written after \"IMO\"."_s, false);

    int sum = 0;
    for (int i = 0; i < 6; ++i)
        sum += digitValue(s.at(i)) * (7 - i);
    const QChar expected = QChar(u'0' + sum % 10);
    const QChar found = s.at(6);
    const QString normalized = s.toString();
    const Check check = digitCheck(u"check_digit"_s, expected, found);
    if (!check.passed) {
        return makeWarning(u"check_digit"_s,
                           checkDigitMessage(expected, found, u"number"_s) +
                               u" Check the ship's papers; some registered numbers do not follow the rule."_s,
                           normalized, {check});
    }
    return makeValid(normalized, u"Valid IMO ship number."_s, {check});
}

namespace {

// ISO 3779 transliteration: letters map to 1-9 in three runs (A-H, J-R, S-Z); I, O and Q never occur.
int vinValue(QChar c)
{
    if (isAsciiDigit(c))
        return digitValue(c);
    static constexpr int letters[26] = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4,
                                        5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    return letters[c.unicode() - u'A'];
}

} // namespace

Result validateVin(QStringView input)
{
    const QString what = u"VIN"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    if (s.size() != 17) {
        return makeInvalid(
            u"format"_s,
            u"A VIN has 17 characters; for an older vehicle with a shorter number, record it in "
            "the description."_s,
            false);
    }
    if (s.contains(u'I') || s.contains(u'O') || s.contains(u'Q')) {
        return makeInvalid(
            u"format"_s,
            u"A VIN never contains the letters I, O or Q; they are probably the digits 1 and 0."_s, false);
    }

    static constexpr int weights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += vinValue(s.at(i)) * weights[i];
    const int remainder = sum % 11;
    const QChar expected = remainder == 10 ? QChar(u'X') : QChar(u'0' + remainder);
    const QChar found = s.at(8);
    const Check check = digitCheck(u"check_digit"_s, expected, found);
    if (!check.passed) {
        return makeWarning(u"check_digit"_s,
                           u"Check digit (9th character) should be %1 but the VIN has %2. Vehicles built for "
                           "markets outside North America often do not use it."_s.arg(expected)
                               .arg(found),
                           s, {check});
    }
    return makeValid(s, u"Valid VIN (ISO 3779 check digit matches)."_s, {check});
}

Result validateAirWaybill(QStringView input)
{
    const QString what = u"air waybill number"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    if (s.size() != 11 || !allDigits(s)) {
        return makeInvalid(u"format"_s,
                           u"An air waybill number has 11 digits: a 3-digit airline prefix and an 8-digit "
                           "serial number (e.g. 020-12345675)."_s,
                           false);
    }
    const int serial = QStringView(s).sliced(3, 7).toInt();
    const QChar expected = QChar(u'0' + serial % 7);
    const QChar found = s.at(10);
    const Check check = digitCheck(u"check_digit"_s, expected, found);
    if (!check.passed) {
        return makeWarning(u"check_digit"_s,
                           checkDigitMessage(expected, found, u"number"_s) +
                               u" Compare with the paper air waybill before relying on it."_s,
                           s, {check});
    }
    return makeValid(s, u"Valid air waybill number."_s, {check});
}

Result validateUpuS10(QStringView input)
{
    const QString what = u"postal item identifier"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    const QStringView view(s);
    if (s.size() != 13 || !allUpper(view.first(2)) || !allDigits(view.sliced(2, 9)) ||
        !allUpper(view.sliced(11))) {
        return makeInvalid(
            u"format"_s,
            u"A UPU S10 postal item identifier has 13 characters: 2 letters, 8 digits, a check "
            "digit and a 2-letter country code (e.g. RR123456785FR)."_s,
            false);
    }

    static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digitValue(s.at(2 + i)) * weights[i];
    int check = 11 - sum % 11;
    if (check == 10)
        check = 0;
    else if (check == 11)
        check = 5;
    const QChar expected = QChar(u'0' + check);
    const QChar found = s.at(10);
    const Check digit = digitCheck(u"check_digit"_s, expected, found);
    if (!digit.passed) {
        return makeWarning(
            u"check_digit"_s,
            u"Check digit should be %1 but the identifier has %2 before the country code."_s.arg(expected)
                .arg(found),
            s, {digit});
    }

    const codelists::CodeList *countries = codelists::CodeLists::bundled().list(u"country");
    const QStringView country = view.sliced(11);
    if (countries &&
        (!countries->contains(country) || countries->unknownEntry() == countries->find(country))) {
        return makeWarning(
            u"unknown_country"_s,
            u"The check digit matches but the last two letters are not an ISO 3166 country code."_s, s,
            {digit});
    }
    return makeValid(s, u"Valid UPU S10 postal item identifier."_s, {digit});
}

} // namespace saisie::validation
