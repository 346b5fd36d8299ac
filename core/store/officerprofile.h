#pragma once
// The officer behind a vault: name, service number and unit. Personal data, so it lives only in
// the encrypted database (one row of the `officer` table); before unlock the picker shows the
// alias alone. New records take their officer and unit identifiers from here.
#include "common/expected.h"
#include "store/auditlog.h"
#include "vault/database.h"

#include <QString>

namespace saisie::store {

struct OfficerDetails
{
    QString name;          // 1..200 characters
    QString serviceNumber; // 1..40 of A-Z a-z 0-9 - /
    QString unit;          // 1..100 characters

    bool isEmpty() const { return name.isEmpty() && serviceNumber.isEmpty() && unit.isEmpty(); }
    bool operator==(const OfficerDetails &other) const = default;
};

/// What is wrong with one field (the app words these in the officer's language).
enum class OfficerProblem {
    None,
    Missing,
    TooLong,
    BadCharacters, // control characters; for the service number, anything outside A-Z a-z 0-9 - /
};

struct OfficerCheck
{
    OfficerProblem name = OfficerProblem::None;
    OfficerProblem serviceNumber = OfficerProblem::None;
    OfficerProblem unit = OfficerProblem::None;
    bool ok() const
    {
        return name == OfficerProblem::None && serviceNumber == OfficerProblem::None &&
               unit == OfficerProblem::None;
    }
};

class OfficerProfile
{
public:
    static constexpr int kMaxName = 200;
    static constexpr int kMaxServiceNumber = 40;
    static constexpr int kMaxUnit = 100;

    /// `audit` may be null (no event is then written; tests of the table alone).
    OfficerProfile(vault::Database &db, AuditLog *audit);

    /// Leading and trailing spaces removed, inner runs of spaces collapsed.
    static OfficerDetails normalized(const OfficerDetails &details);
    /// Checks already normalized details.
    static OfficerCheck check(const OfficerDetails &details);
    /// An English sentence naming the first problem (CLI, core errors); empty when none.
    static QString describe(const OfficerCheck &check);

    /// The stored details; all empty when none were ever set (profiles made before this table).
    Expected<OfficerDetails> get();
    /// Normalizes, checks ("officer_invalid" with a sentence), and replaces the row together with
    /// an audit event naming the changed fields (never their values).
    Status set(const OfficerDetails &details);

private:
    vault::Database &m_db;
    AuditLog *m_audit;
};

} // namespace saisie::store
