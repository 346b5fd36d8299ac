// Codes checked against bundled code lists: HS codes (to chapter level), UN/LOCODEs (format and country),
// countries and currencies. None carries a check digit; a wrong code is Invalid without override because the
// officer can simply pick the right one (or "unknown").
#include "validation_p.h"

#include "codelists/codelists.h"

using namespace Qt::StringLiterals;

namespace saisie::validation {

using namespace detail;
using codelists::CodeList;
using codelists::CodeLists;

namespace {

Result listMissing(const QString &listId, const QString &normalized)
{
    // Only possible with an administration-supplied set that lacks the list; do not block the officer.
    return makeWarning(u"unchecked"_s,
                       u"The %1 code list is not available, so the code could not be checked."_s.arg(listId),
                       normalized);
}

} // namespace

Result validateHsCode(QStringView input, const CodeLists &lists)
{
    const QString what = u"HS code"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    if (!allDigits(s)) {
        return makeInvalid(u"format"_s, u"An HS code contains digits only (e.g. 2402.20 or 240220)."_s,
                           false);
    }
    if (s.size() < 6) {
        return makeInvalid(u"format"_s,
                           u"An HS code needs at least 6 digits (chapter, heading and subheading); %1 were "
                           "entered."_s.arg(s.size()),
                           false);
    }
    if (s.size() != 6 && s.size() != 8 && s.size() != 10) {
        return makeInvalid(
            u"format"_s,
            u"An HS code has 6 digits, or 8 or 10 with a national extension; %1 were entered."_s.arg(
                s.size()),
            false);
    }

    const CodeList *chapters = lists.list(u"hs_chapter");
    if (!chapters)
        return listMissing(u"hs_chapter"_s, s);
    const QStringView chapter = QStringView(s).first(2);
    const codelists::Entry *entry = chapters->find(chapter);
    if (!entry) {
        return makeInvalid(u"unknown_code"_s,
                           u"Chapter %1 does not exist in %2; chapters run from 01 to 97."_s.arg(
                               chapter, chapters->version()),
                           false);
    }
    if (entry->extra.value(u"reserved"_s).toBool()) {
        return makeInvalid(
            u"reserved"_s,
            u"Chapter %1 is reserved in %2 and contains no goods."_s.arg(chapter, chapters->version()),
            false);
    }
    if (QStringView(s).sliced(2, 2) == u"00") {
        return makeInvalid(u"unknown_code"_s,
                           u"Headings are numbered from 01 within a chapter; heading 00 does not exist."_s,
                           false);
    }
    return makeValid(s,
                     u"Checked to chapter level only (chapter %1, %2): the heading and subheading are not in "
                     "the bundled nomenclature."_s.arg(chapter, chapters->version()));
}

Result validateUnLocode(QStringView input, const CodeLists &lists)
{
    const QString what = u"UN/LOCODE"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    const auto isLocationChar = [](QChar c) { return isAsciiUpper(c) || (c >= u'2' && c <= u'9'); };
    if (s.size() != 5 || !allUpper(QStringView(s).first(2)) ||
        !std::all_of(s.begin() + 2, s.end(), isLocationChar)) {
        return makeInvalid(
            u"format"_s,
            u"A UN/LOCODE has 5 characters: a 2-letter country code and 3 letters or digits 2-9 "
            "(e.g. FR LEH)."_s,
            false);
    }
    const CodeList *countries = lists.list(u"country");
    if (!countries)
        return listMissing(u"country"_s, s);
    const QStringView country = QStringView(s).first(2);
    // XZ is UN/LOCODE's own "installations in international waters"; it has no ISO 3166 entry.
    const bool known = country == u"XZ" || (countries->contains(country) &&
                                            countries->find(country) != countries->unknownEntry());
    if (!known) {
        return makeInvalid(
            u"unknown_country"_s,
            u"The first two letters of a UN/LOCODE must be an ISO 3166 country code; %1 is not "
            "one."_s.arg(country),
            false);
    }
    return makeValid(s, u"Format and country checked; the location itself was not looked up (no UN/LOCODE "
                        "directory is bundled)."_s);
}

Result validateCountry(QStringView input, const CodeLists &lists)
{
    const QString what = u"country code"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    const CodeList *countries = lists.list(u"country");
    if (!countries)
        return listMissing(u"country"_s, s);
    const codelists::Entry *unknown = countries->unknownEntry();
    const codelists::Entry *entry = nullptr;
    if (s == u"UNKNOWN") {
        entry = unknown;
    } else if (s.size() == 2 && allUpper(s)) {
        entry = countries->find(s);
    } else if (s.size() == 3 && allUpper(s)) {
        entry = countries->findByField(u"alpha3", s); // MRZs and many forms use alpha-3
    } else if (s.size() == 3 && allDigits(s)) {
        entry = countries->findByField(u"numeric", s);
    } else {
        return makeInvalid(
            u"format"_s,
            u"A country code is 2 letters (ISO 3166-1 alpha-2, e.g. FR), or 3 letters or 3 digits "
            "that are converted to it."_s,
            false);
    }
    if (!entry) {
        return makeInvalid(u"unknown_code"_s, u"The code %1 is not an ISO 3166-1 country code."_s.arg(s),
                           false);
    }
    if (entry == unknown)
        return makeWarning(u"unknown_value"_s, u"The country is recorded as unknown."_s, entry->code);
    const QString message = entry->code == s
                                ? u"Valid ISO 3166-1 country code."_s
                                : u"Converted to the ISO 3166-1 alpha-2 code %1."_s.arg(entry->code);
    return makeValid(entry->code, message);
}

Result validateCurrency(QStringView input, const CodeLists &lists)
{
    const QString what = u"currency code"_s;
    const Cleaned cleaned = clean(input);
    if (cleaned.status != CleanStatus::Ok)
        return cleanFailure(cleaned, what, false);
    const QString &s = cleaned.text;

    const CodeList *currencies = lists.list(u"currency");
    if (!currencies)
        return listMissing(u"currency"_s, s);
    const codelists::Entry *unknown = currencies->unknownEntry();
    if (unknown && s == unknown->code)
        return makeWarning(u"unknown_value"_s, u"The currency is recorded as unknown."_s, s);
    if (s.size() != 3 || !allUpper(s)) {
        return makeInvalid(u"format"_s, u"A currency code has 3 letters (ISO 4217, e.g. EUR)."_s, false);
    }
    const codelists::Entry *entry = currencies->find(s);
    if (!entry) {
        return makeInvalid(u"unknown_code"_s,
                           u"The code %1 is not an ISO 4217 currency in the bundled list."_s.arg(s), false);
    }
    const int minorUnits = entry->extra.value(u"minor_units"_s).toInt(2);
    return makeValid(s, u"Valid ISO 4217 currency; amounts have %1 decimal places."_s.arg(minorUnits));
}

Result validateHsCode(QStringView input)
{
    return validateHsCode(input, CodeLists::bundled());
}

Result validateUnLocode(QStringView input)
{
    return validateUnLocode(input, CodeLists::bundled());
}

Result validateCountry(QStringView input)
{
    return validateCountry(input, CodeLists::bundled());
}

Result validateCurrency(QStringView input)
{
    return validateCurrency(input, CodeLists::bundled());
}

} // namespace saisie::validation
