#pragma once
// The officer-facing wording of the secret and officer-details rules, translated. The rules
// themselves live in core (vault/secretpolicy.h, store/officerprofile.h); these functions only
// put their answers into sentences.
#include "store/officerprofile.h"
#include "vault/secretpolicy.h"

#include <QString>
#include <QStringList>

namespace saisie::gui::text {

/// Empty for SecretProblem::None.
QString secretProblem(vault::SecretProblem problem);
/// The rule as shown under the input before anything is typed.
QString secretRule(vault::SecretKind kind);
/// One sentence per field (name, service number, unit); empty strings where the field is fine.
QStringList officerProblems(const store::OfficerCheck &check);

} // namespace saisie::gui::text
