#pragma once
// ICAO Doc 9303 machine readable zone: layout detection and field extraction. validateMrz() in identifiers.h
// checks the check digits; parseMrz() hands the fields to the UI so an officer need not retype them.
#include <QString>
#include <QStringView>
#include <optional>

namespace saisie::validation {

/// The three Doc 9303 layouts: TD1 (3 x 30, ID cards), TD2 (2 x 36), TD3 (2 x 44, passports).
enum class MrzLayout { TD1, TD2, TD3 };

/// Fields read from an MRZ. Filler '<' is removed; names use spaces between their parts. This is personal
/// data: never log it and never put it in messages.
struct MrzFields
{
    MrzLayout layout = MrzLayout::TD3;
    QString documentType;   // "P", "I", "ID", "AC", ...
    QString issuingState;   // ISO 3166-1 alpha-3 or an ICAO code ("D", "XXA", "UNO", ...)
    QString surname;        // primary identifier
    QString givenNames;     // secondary identifier, parts separated by single spaces
    QString documentNumber; // complete, including a TD1/TD2 long number's overflow from the optional data
    QString nationality;    // as issuingState
    QString birthDate;      // YYMMDD as printed; '<' marks an unknown part
    QString sex;            // "M", "F" or "X" (the MRZ's '<', unspecified, is reported as "X")
    QString expiryDate;     // YYMMDD
    QString optionalData;   // TD3 personal number; TD1 line-1 / TD2 optional data after any overflow
    QString optionalData2;  // TD1 line-2 optional data; empty for TD2 and TD3
};

/// Reads the fields of a TD1, TD2 or TD3 MRZ (lines separated by "\n" or "\r\n", as validateMrz() accepts).
/// Returns nullopt when the layout or character set is not an MRZ. Check digits are not verified here:
/// call validateMrz() for that.
std::optional<MrzFields> parseMrz(QStringView input);

/// "TD1", "TD2" or "TD3".
QString mrzLayoutName(MrzLayout layout);

/// Doc 9303 check digit of `data` (0-9 keep their value, A-Z = 10..35, '<' = 0; weights 7,3,1), or -1 when
/// `data` contains any other character.
int mrzCheckDigit(QStringView data);

} // namespace saisie::validation
