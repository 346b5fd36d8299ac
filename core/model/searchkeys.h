#pragma once
// Normalized identifiers of a record, for the store's search index.
#include "model/seizure.h"

#include <QList>
#include <QString>

namespace saisie::model {

/// One indexed identifier. kind is one of "container", "wagon", "plate", "vin", "imo", "awb",
/// "s10", "document"; value is normalized with normalizeSearchValue(kind, ...).
struct SearchKey
{
    QString kind;
    QString value;
    friend bool operator==(const SearchKey &, const SearchKey &) = default;
};

/// The same normalization for indexing and for a search box, so "csqu 305438-3" finds
/// "CSQU3054383": upper case; spaces, hyphens, dots, slashes and MRZ fillers (<) removed; for wagons, IMO
/// numbers and air waybills only digits are kept (an "IMO " prefix or "176-" separators are typed
/// inconsistently). Returns an empty string when nothing is left.
QString normalizeSearchValue(QStringView kind, QStringView raw);

/// Keys from conveyances (container, wagon, plate, VIN, IMO, air waybill, S10 postal item id)
/// and persons (identity document numbers), in record order, without duplicates. Keys carry no
/// validity judgement: a number that fails its check digit is still what is painted on the box.
QList<SearchKey> searchKeys(const Seizure &seizure);

} // namespace saisie::model
