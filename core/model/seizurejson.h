#pragma once
// JSON form of a seizure record (docs/data-model.md) and its nominal / non-nominal split.
#include "model/seizure.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace saisie::model {

/// Where a document comes from, which decides the fields it may carry.
enum class JsonMode {
    /// Typed by a person or produced by a tool (CLI file, import). System-managed fields
    /// (version, status, amends, createdAt, updatedAt, deviceId, attachments) are refused:
    /// letting a file set them would let it forge the record's history. uuid may be supplied,
    /// it is the client's idempotency key.
    Input,
    /// Written by toJson and read back from our own storage: every field is accepted and uuid
    /// is required.
    Stored,
};

/// The record as a JSON object: camelCase keys, unset fields and empty lists omitted, explicit
/// "unknown" non-coded values as null, amounts as decimal strings. uuid, version and status are
/// always present.
QJsonObject toJson(const Seizure &seizure);

/// Parses a record. Every problem is reported, not only the first, as one English sentence per
/// problem naming its JSON path ("items[1].quantity must be a number, got a string."): wrong
/// types, unknown keys, codes outside their list, oversize strings (4000 characters, narrative
/// 20000) and lists (500 entries), fields the mode does not allow. Messages echo codes but never
/// free-text values, which may be personal data. Returns nullopt when there is any error.
/// A draft may be almost empty; in Input mode a missing uuid is left null for the caller to
/// generate.
std::optional<Seizure> seizureFromJson(const QJsonObject &json, JsonMode mode, QStringList *errors);

/// Everything except persons and companies: the part that may leave the country.
QJsonObject nonNominalJson(const Seizure &seizure);
/// Only {"persons": [...], "companies": [...]} (empty lists omitted): stays national, kept by
/// the store in its own tables.
QJsonObject nominalJson(const Seizure &seizure);
/// Rebuilds a record from the two halves above, read in Stored mode. Fails (with errors) when
/// a half carries keys that belong to the other, so a mix-up cannot silently drop data.
std::optional<Seizure> mergeNominal(const QJsonObject &nonNominal, const QJsonObject &nominal,
                                    QStringList *errors);

/// The non-nominal part as sent to the WCO CEN database. Also removed, because they identify
/// or may name people: officerId, unitId, deviceId, nationalCaseNumber, narrative, and every
/// attachment caption; attachments are kept only when cenShareable is explicitly true.
QJsonObject cenExtract(const Seizure &seizure);

} // namespace saisie::model
