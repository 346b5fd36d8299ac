// Dispatch by kind and the stable machine names used in JSON, the CLI and tests.
#include "identifiers.h"

using namespace Qt::StringLiterals;

namespace saisie::validation {

Result validate(IdentifierKind kind, QStringView input)
{
    switch (kind) {
    case IdentifierKind::Container:
        return validateContainer(input);
    case IdentifierKind::Wagon:
        return validateWagon(input);
    case IdentifierKind::Imo:
        return validateImo(input);
    case IdentifierKind::Mrz:
        return validateMrz(input);
    case IdentifierKind::Vin:
        return validateVin(input);
    case IdentifierKind::AirWaybill:
        return validateAirWaybill(input);
    case IdentifierKind::UpuS10:
        return validateUpuS10(input);
    case IdentifierKind::HsCode:
        return validateHsCode(input);
    case IdentifierKind::UnLocode:
        return validateUnLocode(input);
    case IdentifierKind::Country:
        return validateCountry(input);
    case IdentifierKind::Currency:
        return validateCurrency(input);
    }
    // Only reachable with a value cast from an out-of-range integer.
    Result unknown;
    unknown.code = u"unknown_kind"_s;
    unknown.message = u"This kind of identifier cannot be checked."_s;
    return unknown;
}

QString kindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Container:
        return u"container"_s;
    case IdentifierKind::Wagon:
        return u"wagon"_s;
    case IdentifierKind::Imo:
        return u"imo"_s;
    case IdentifierKind::Mrz:
        return u"mrz"_s;
    case IdentifierKind::Vin:
        return u"vin"_s;
    case IdentifierKind::AirWaybill:
        return u"awb"_s;
    case IdentifierKind::UpuS10:
        return u"s10"_s;
    case IdentifierKind::HsCode:
        return u"hs"_s;
    case IdentifierKind::UnLocode:
        return u"unlocode"_s;
    case IdentifierKind::Country:
        return u"country"_s;
    case IdentifierKind::Currency:
        return u"currency"_s;
    }
    return QString();
}

std::optional<IdentifierKind> kindFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const IdentifierKind kind : allKinds()) {
        if (trimmed.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<IdentifierKind> allKinds()
{
    return {IdentifierKind::Container, IdentifierKind::Wagon,   IdentifierKind::Imo,
            IdentifierKind::Mrz,       IdentifierKind::Vin,     IdentifierKind::AirWaybill,
            IdentifierKind::UpuS10,    IdentifierKind::HsCode,  IdentifierKind::UnLocode,
            IdentifierKind::Country,   IdentifierKind::Currency};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return u"valid"_s;
    case Verdict::Warning:
        return u"warning"_s;
    case Verdict::Invalid:
        return u"invalid"_s;
    }
    return QString();
}

} // namespace saisie::validation
