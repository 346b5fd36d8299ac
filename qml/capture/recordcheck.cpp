#include "recordcheck.h"

#include "model/completeness.h"
#include "model/finalize.h"
#include "model/seizurejson.h"

namespace saisie::gui {

namespace {
QVariantMap issueMap(const model::Issue &issue, bool blocking)
{
    return {{QStringLiteral("path"), issue.path},
            {QStringLiteral("code"), issue.code},
            {QStringLiteral("message"), issue.message},
            {QStringLiteral("overridable"), issue.overridable},
            {QStringLiteral("overridden"), issue.overridden},
            {QStringLiteral("blocking"), blocking}};
}
} // namespace

RecordCheck checkRecord(const QJsonObject &document, const QHash<QString, QString> &overrides)
{
    RecordCheck result;
    if (document.isEmpty())
        return result;
    auto seizure = model::seizureFromJson(document, model::JsonMode::Stored, nullptr);
    if (!seizure)
        return result;
    result.completeness = model::completeness(*seizure);
    if (seizure->status != model::Status::Draft)
        return result; // a signed record has nothing left to fix
    const model::FinalizeCheck check = model::checkFinalize(*seizure, overrides);
    for (const model::Issue &issue : check.blocking)
        result.issues.append(issueMap(issue, true));
    for (const model::Issue &issue : check.warnings)
        result.issues.append(issueMap(issue, false));
    result.canFinalize = check.canFinalize;
    return result;
}

} // namespace saisie::gui
