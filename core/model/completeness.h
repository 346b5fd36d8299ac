#pragma once
// How much of a record is filled in (WCO Charter on CEN data quality: monitor complete entry).
#include "model/seizure.h"

#include <QList>
#include <QString>

namespace saisie::model {

/// Credit earned by one field of the completeness set.
struct FieldCredit
{
    QString path;  // JSON path, e.g. "occurredAt", "items[0].subtype"
    double credit; // 1 filled, 0.5 explicitly unknown, 0 not filled
};

/// The completeness set applied to this record, field by field, in table order. Header fields
/// come first, then each commodity item's fields (the fields that apply to its category). A
/// record without items lists the base item fields once under "items[0]", unfilled. Persons and
/// companies are not part of the set: many seizures legitimately have none.
QList<FieldCredit> completenessDetail(const Seizure &seizure);

/// Mean credit over completenessDetail(), between 0 and 1. An explicitly unknown value (a coded
/// field's UNKNOWN entry, or null for other fields) earns half credit: the officer looked and
/// could not tell, which is better than not looking, but the fact is still missing.
double completeness(const Seizure &seizure);

} // namespace saisie::model
