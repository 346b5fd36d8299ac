#include "model/codes_p.h"

#include "codelists/codelists.h"

#include <array>

namespace saisie::model::codes {

namespace {

using codelists::CodeList;
using codelists::CodeLists;

// Small lists that belong to the record format itself rather than to an administration, so
// they are not worth a replaceable resource. The last entry of each is its unknown code.
struct BuiltinList
{
    const char16_t *id;
    std::array<const char16_t *, 5> codes;
    int count;
};

constexpr std::array<BuiltinList, 3> kBuiltin{{
    {u"position_source", {u"GNSS", u"NETWORK", u"FUSED", u"MANUAL", u"UNKNOWN"}, 5},
    {u"sex", {u"F", u"M", u"X", u"UNKNOWN", nullptr}, 4},
    {u"cites_appendix", {u"I", u"II", u"III", u"UNKNOWN", nullptr}, 4},
}};

const BuiltinList *builtin(QStringView list)
{
    for (const BuiltinList &b : kBuiltin) {
        if (list == QStringView(b.id))
            return &b;
    }
    return nullptr;
}

const CodeList *bundled(QStringView list)
{
    return CodeLists::bundled().list(list);
}

} // namespace

bool contains(QStringView list, QStringView code)
{
    if (const BuiltinList *b = builtin(list)) {
        for (int i = 0; i < b->count; ++i) {
            if (code == QStringView(b->codes[size_t(i)]))
                return true;
        }
        return false;
    }
    const CodeList *l = bundled(list);
    if (!l)
        return false;
    if (l->contains(code))
        return true;
    // Doc 9303 nationality fields hold ISO 3166 alpha-3 codes as well as the ICAO-only codes of
    // icao_nationality (D, XXA, UNO...); the alpha-3 codes are kept once, in the country list.
    if (list == u"icao_nationality") {
        const CodeList *countries = bundled(u"country");
        return countries && countries->findByField(u"alpha3", code) != nullptr;
    }
    return false;
}

QString unknownCode(QStringView list)
{
    if (const BuiltinList *b = builtin(list))
        return QString::fromUtf16(b->codes[size_t(b->count - 1)]);
    const CodeList *l = bundled(list);
    const codelists::Entry *e = l ? l->unknownEntry() : nullptr;
    return e ? e->code : QString();
}

bool isUnknown(QStringView list, QStringView code)
{
    const QString unknown = unknownCode(list);
    return !unknown.isEmpty() && code == unknown;
}

std::optional<QString> subtypeParent(QStringView subtype)
{
    const CodeList *l = bundled(u"commodity_subtype");
    const codelists::Entry *e = l ? l->find(subtype) : nullptr;
    if (!e || e->parent.isEmpty())
        return std::nullopt;
    return e->parent;
}

std::optional<int> minorUnits(QStringView currency)
{
    if (isUnknown(u"currency", currency))
        return std::nullopt;
    const CodeList *l = bundled(u"currency");
    const codelists::Entry *e = l ? l->find(currency) : nullptr;
    if (!e)
        return std::nullopt;
    const QJsonValue v = e->extra.value(QStringLiteral("minor_units"));
    if (!v.isDouble())
        return std::nullopt;
    return v.toInt();
}

} // namespace saisie::model::codes
