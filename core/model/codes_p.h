#pragma once
// Private: the model's only door to the code lists, so rules and JSON share one notion of
// "valid code" and "unknown", and a change in the code-list API touches one file.
#include <QString>
#include <QStringView>
#include <optional>

namespace saisie::model::codes {

/// True when code is an entry of the named list (bundled code lists, or the model's own small
/// lists "position_source", "sex" and "cites_appendix").
bool contains(QStringView list, QStringView code);
/// The list's entry for "explicitly unknown" ("UNKNOWN", "ZZ" for countries...).
QString unknownCode(QStringView list);
bool isUnknown(QStringView list, QStringView code);
/// Parent category code of a commodity_subtype entry.
std::optional<QString> subtypeParent(QStringView subtype);
/// ISO 4217 minor units of a currency entry (JPY 0, EUR 2, KWD 3); nullopt when the list does
/// not say (UNKNOWN, XXX...).
std::optional<int> minorUnits(QStringView currency);

} // namespace saisie::model::codes
