#include "model/seizurejson.h"

#include "model/jsonwriter_p.h"

#include <QJsonArray>

namespace saisie::model {

namespace {

QJsonObject withoutKeys(QJsonObject object, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys)
        object.remove(QStringView(key));
    return object;
}

} // namespace

QJsonObject nonNominalJson(const Seizure &seizure)
{
    return withoutKeys(toJson(seizure), {u"persons", u"companies"});
}

QJsonObject nominalJson(const Seizure &seizure)
{
    const QJsonObject full = toJson(seizure);
    QJsonObject nominal;
    for (const char16_t *key : {u"persons", u"companies"}) {
        const QString k = QString::fromUtf16(key);
        if (full.contains(k))
            nominal.insert(k, full.value(k));
    }
    return nominal;
}

std::optional<Seizure> mergeNominal(const QJsonObject &nonNominal, const QJsonObject &nominal,
                                    QStringList *errors)
{
    QStringList problems;
    QJsonObject merged = nonNominal;
    for (const char16_t *key : {u"persons", u"companies"}) {
        const QString k = QString::fromUtf16(key);
        if (nonNominal.contains(k))
            problems.append(k + QStringLiteral(" belongs to the nominal part, not the non-nominal one."));
        if (nominal.contains(k))
            merged.insert(k, nominal.value(k));
    }
    for (auto it = nominal.constBegin(); it != nominal.constEnd(); ++it) {
        if (it.key() != u"persons" && it.key() != u"companies")
            problems.append(it.key() + QStringLiteral(" does not belong to the nominal part."));
    }
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return std::nullopt;
    }
    return seizureFromJson(merged, JsonMode::Stored, errors);
}

QJsonObject cenExtract(const Seizure &seizure)
{
    QJsonObject cen =
        withoutKeys(nonNominalJson(seizure), {u"officerId", u"unitId", u"deviceId", u"nationalCaseNumber",
                                              u"narrative", u"attachments"});
    QJsonArray shared;
    for (const AttachmentInfo &a : seizure.attachments) {
        if (!(a.cenShareable.isSet() && a.cenShareable.value()))
            continue;
        schema::Writer child;
        schema::visitAttachment(child, a);
        shared.append(withoutKeys(child.object, {u"caption"}));
    }
    if (!shared.isEmpty())
        cen.insert(QStringLiteral("attachments"), shared);
    return cen;
}

} // namespace saisie::model
