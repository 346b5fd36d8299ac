#pragma once
// Customs identifier checks (DOMAIN.md "Identifiers and their checks").
// Every check returns a structured Result; none throws and none blocks saving a draft.
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace saisie::codelists {
class CodeLists;
}

namespace saisie::validation {

enum class Verdict { Valid, Warning, Invalid };

enum class IdentifierKind {
    Container,   // ISO 6346
    Wagon,       // UIC 12-digit wagon number
    Imo,         // IMO ship number
    Mrz,         // ICAO Doc 9303 machine readable zone, TD1/TD2/TD3 (lines separated by '\n')
    Vin,         // ISO 3779
    AirWaybill,  // IATA air waybill
    UpuS10,      // UPU S10 postal item
    HsCode,      // Harmonized System code, 6 digits + optional national extension (8-10)
    UnLocode,    // UN/LOCODE, format + country
    Country,     // ISO 3166-1 alpha-2
    Currency,    // ISO 4217 alpha-3
};

/// One check inside a result, e.g. the MRZ "birth date" check digit.
struct Check {
    QString name;       // machine name: "document_number", "birth_date", "expiry", "composite", ...
    bool passed = false;
    QString expected;   // expected check character, when relevant
    QString found;      // check character read from the input
};

/// Outcome of validating one identifier.
struct Result {
    Verdict verdict = Verdict::Invalid;
    QString code;        // machine-readable reason: "ok", "format", "check_digit", "unknown_code", ...
    QString message;     // one human sentence, English, safe to show (never echoes personal data)
    QString normalized;  // canonical form (upper case, separators removed) when the format was recognised
    bool overrideRequired = false;  // true when finalizing needs an officer's override reason
    QList<Check> checks; // individual check digits, in document order
    bool isValid() const { return verdict == Verdict::Valid; }
};

Result validate(IdentifierKind kind, QStringView input);

Result validateContainer(QStringView input);
Result validateWagon(QStringView input);
Result validateImo(QStringView input);
Result validateMrz(QStringView input);
Result validateVin(QStringView input);
Result validateAirWaybill(QStringView input);
Result validateUpuS10(QStringView input);
Result validateHsCode(QStringView input);
Result validateUnLocode(QStringView input);
Result validateCountry(QStringView input);
Result validateCurrency(QStringView input);

// The list-backed checks above use CodeLists::bundled(); these take an administration-supplied set instead.
// A set lacking the needed list gives Verdict::Warning with code "unchecked".
Result validateHsCode(QStringView input, const codelists::CodeLists &lists);
Result validateUnLocode(QStringView input, const codelists::CodeLists &lists);
Result validateCountry(QStringView input, const codelists::CodeLists &lists);
Result validateCurrency(QStringView input, const codelists::CodeLists &lists);

/// "container", "wagon", "imo", "mrz", "vin", "awb", "s10", "hs", "unlocode", "country", "currency".
QString kindName(IdentifierKind kind);
std::optional<IdentifierKind> kindFromName(QStringView name);
QList<IdentifierKind> allKinds();
QString verdictName(Verdict verdict);  // "valid", "warning", "invalid"

} // namespace saisie::validation
