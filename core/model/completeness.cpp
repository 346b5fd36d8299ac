#include "model/completeness.h"

#include "model/codes_p.h"

#include <algorithm>
#include <array>

namespace saisie::model {

namespace {

constexpr double kFull = 1.0;
constexpr double kUnknown = 0.5;
constexpr double kNone = 0.0;

double credit(const Code &c, QStringView list)
{
    if (!c)
        return kNone;
    return codes::isUnknown(list, *c) ? kUnknown : kFull;
}

template <typename T> double credit(const Field<T> &f)
{
    if constexpr (std::is_same_v<T, QString>) {
        if (f.isSet() && f.value().trimmed().isEmpty())
            return kNone;
    }
    return f.isSet() ? kFull : f.isUnknown() ? kUnknown : kNone;
}

double gpsCredit(const Seizure &s)
{
    if (!s.gps)
        return kNone;
    if (s.gps->hasCoordinates())
        return kFull;
    // A reason for the missing fix is the officer's "unknown" for the position.
    return credit(s.gps->manualReason) > kNone ? kUnknown : kNone;
}

bool isCategory(const CommodityItem &i, QStringView category)
{
    return i.category && *i.category == category;
}

bool isCash(const CommodityItem &i)
{
    return isCategory(i, u"CURRENCY_CASH");
}

double amountCredit(const CommodityItem &i)
{
    if (isCash(i))
        return std::min(credit(i.cashAmount), credit(i.cashCurrency, u"currency"));
    return std::min(credit(i.quantity), credit(i.unit, u"unit"));
}

using HeaderCredit = double (*)(const Seizure &);
using ItemApplies = bool (*)(const CommodityItem &);
using ItemCredit = double (*)(const CommodityItem &);

struct Rule
{
    const char16_t *path; // header path, or item-relative path
    HeaderCredit header;  // set for header rules
    ItemApplies applies;  // item rules: which categories the field makes sense for (null: all)
    ItemCredit item;      // set for item rules
};

bool always(const CommodityItem &)
{
    return true;
}
bool notCash(const CommodityItem &i)
{
    return !isCash(i);
}
bool branded(const CommodityItem &i)
{
    return isCategory(i, u"TOBACCO") || isCategory(i, u"ALCOHOL") || isCategory(i, u"IPR_COUNTERFEIT");
}
bool ipr(const CommodityItem &i)
{
    return isCategory(i, u"IPR_COUNTERFEIT");
}
bool cites(const CommodityItem &i)
{
    return isCategory(i, u"CITES_WILDLIFE");
}
bool weapon(const CommodityItem &i)
{
    return isCategory(i, u"WEAPONS_AMMO");
}

// The full field set (docs/data-model.md, "Completeness"). Header fields first, then item fields.
double conveyanceCredit(const Seizure &s)
{
    double best = kNone;
    for (const Conveyance &c : s.conveyances)
        best = std::max(best, credit(c.type, u"conveyance_type"));
    return best;
}

double photoCredit(const Seizure &s)
{
    const bool photo = std::any_of(s.attachments.cbegin(), s.attachments.cend(),
                                   [](const AttachmentInfo &a) { return a.isPhoto(); });
    return photo ? kFull : kNone;
}

constexpr Rule headerRule(const char16_t *path, HeaderCredit credit)
{
    return Rule{path, credit, nullptr, nullptr};
}
constexpr Rule itemRule(const char16_t *path, ItemApplies applies, ItemCredit credit)
{
    return Rule{path, nullptr, applies, credit};
}

// clang-format off
const std::array kRules{
    headerRule(u"reportingCountry",  [](const Seizure &s) { return credit(s.reportingCountry, u"country"); }),
    headerRule(u"occurredAt",        [](const Seizure &s) { return credit(s.occurredAt); }),
    headerRule(u"placeName",         [](const Seizure &s) { return std::max(credit(s.placeName),
                                                                                credit(s.customsOffice)); }),
    headerRule(u"unLocode",          [](const Seizure &s) { return credit(s.unLocode); }),
    headerRule(u"locationType",      [](const Seizure &s) { return credit(s.locationType, u"location_type"); }),
    headerRule(u"gps",               gpsCredit),
    headerRule(u"direction",         [](const Seizure &s) { return credit(s.direction, u"direction"); }),
    headerRule(u"transportMode",     [](const Seizure &s) { return credit(s.transportMode, u"transport_mode"); }),
    headerRule(u"detectionMethod",   [](const Seizure &s) { return credit(s.detectionMethod, u"detection_method"); }),
    headerRule(u"customsProcedure",  [](const Seizure &s) { return credit(s.customsProcedure, u"customs_procedure"); }),
    headerRule(u"offenceType",       [](const Seizure &s) { return credit(s.offenceType, u"offence_type"); }),
    headerRule(u"concealmentMethod", [](const Seizure &s) { return credit(s.concealmentMethod, u"concealment"); }),
    headerRule(u"route.departureCountry",
                                     [](const Seizure &s) { return credit(s.route.departureCountry, u"country"); }),
    headerRule(u"route.destinationCountry",
                                     [](const Seizure &s) { return credit(s.route.destinationCountry, u"country"); }),
    headerRule(u"narrative",         [](const Seizure &s) { return credit(s.narrative); }),
    headerRule(u"officerId",         [](const Seizure &s) { return credit(s.officerId); }),
    headerRule(u"unitId",            [](const Seizure &s) { return credit(s.unitId); }),
    headerRule(u"conveyances",       conveyanceCredit),
    headerRule(u"attachments",       photoCredit),

    itemRule(u"category",       always,  [](const CommodityItem &i) { return credit(i.category,
                                                                                      u"commodity_category"); }),
    itemRule(u"subtype",        always,  [](const CommodityItem &i) { return credit(i.subtype, u"commodity_subtype"); }),
    itemRule(u"quantity",       always,  amountCredit),
    itemRule(u"description",    always,  [](const CommodityItem &i) { return credit(i.description); }),
    itemRule(u"hsCode",         notCash, [](const CommodityItem &i) { return credit(i.hsCode); }),
    itemRule(u"packagesCount",  always,  [](const CommodityItem &i) { return credit(i.packagesCount); }),
    itemRule(u"estimatedValue", notCash, [](const CommodityItem &i) { return std::min(credit(i.estimatedValue),
                                                                                      credit(i.currency, u"currency")); }),
    itemRule(u"originCountry",  always,  [](const CommodityItem &i) { return credit(i.originCountry, u"country"); }),
    itemRule(u"brand",          branded, [](const CommodityItem &i) { return credit(i.brand); }),
    itemRule(u"rightHolder",    ipr,     [](const CommodityItem &i) { return credit(i.rightHolder); }),
    itemRule(u"citesSpecies",   cites,   [](const CommodityItem &i) { return credit(i.citesSpecies); }),
    itemRule(u"citesAppendix",  cites,   [](const CommodityItem &i) { return credit(i.citesAppendix, u"cites_appendix"); }),
    itemRule(u"weaponMake",     weapon,  [](const CommodityItem &i) { return credit(i.weaponMake); }),
    itemRule(u"weaponModel",    weapon,  [](const CommodityItem &i) { return credit(i.weaponModel); }),
    itemRule(u"weaponCalibre",  weapon,  [](const CommodityItem &i) { return credit(i.weaponCalibre); }),
    itemRule(u"weaponSerial",   weapon,  [](const CommodityItem &i) { return credit(i.weaponSerial); }),
};
// clang-format on

} // namespace

QList<FieldCredit> completenessDetail(const Seizure &seizure)
{
    QList<FieldCredit> out;
    for (const Rule &r : kRules) {
        if (r.header)
            out.append({QString::fromUtf16(r.path), r.header(seizure)});
    }
    const QList<CommodityItem> items =
        seizure.items.isEmpty() ? QList<CommodityItem>{CommodityItem{}} : seizure.items;
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QString prefix = QStringLiteral("items[") + QString::number(n) + QStringLiteral("].");
        for (const Rule &r : kRules) {
            if (r.item && r.applies(items[n]))
                out.append({prefix + QString::fromUtf16(r.path),
                            seizure.items.isEmpty() ? kNone : r.item(items[n])});
        }
    }
    return out;
}

double completeness(const Seizure &seizure)
{
    const QList<FieldCredit> detail = completenessDetail(seizure);
    double sum = 0;
    for (const FieldCredit &f : detail)
        sum += f.credit;
    return detail.isEmpty() ? 0.0 : sum / double(detail.size());
}

} // namespace saisie::model
