#include "recordedits.h"

#include "jsonpath.h"
#include "model/seizurejson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace saisie::gui::recordedits {

namespace {
/// Keys the system manages (docs/data-model.md "S"), plus the number only the server assigns.
bool isSystemManaged(const QList<jsonpath::Step> &steps)
{
    static const QStringList keys = {
        QStringLiteral("uuid"),     QStringLiteral("version"),     QStringLiteral("status"),
        QStringLiteral("amends"),   QStringLiteral("createdAt"),   QStringLiteral("updatedAt"),
        QStringLiteral("deviceId"), QStringLiteral("attachments"), QStringLiteral("nationalCaseNumber")};
    const QString *first = std::get_if<QString>(&steps.first());
    return first && keys.contains(*first);
}

QString notSettable(const QString &path)
{
    return QCoreApplication::translate("saisie::gui::SeizureEditor",
                                       "Internal error: \"%1\" is not a field the officer can set.")
        .arg(path);
}

/// The model's own reader is the judge: a value it would refuse never reaches the draft.
Outcome judged(const QJsonObject &before, QJsonObject candidate)
{
    QStringList errors;
    if (!model::seizureFromJson(candidate, model::JsonMode::Stored, &errors))
        return {before, errors.value(0), false};
    return {candidate, {}, true};
}
} // namespace

QJsonValue valueAt(const QJsonObject &document, const QString &path)
{
    const auto steps = jsonpath::parse(path);
    return steps ? jsonpath::get(document, *steps) : QJsonValue(QJsonValue::Undefined);
}

Outcome setAt(const QJsonObject &document, const QString &path, const QJsonValue &value)
{
    const auto steps = jsonpath::parse(path);
    if (!steps || isSystemManaged(*steps))
        return {document, notSettable(path), false};
    if (jsonpath::get(document, *steps) == value)
        return {document, {}, false};
    QJsonObject candidate = document;
    if (!jsonpath::set(candidate, *steps, value))
        return {document, notSettable(path), false};
    return judged(document, candidate);
}

Outcome appendTo(const QJsonObject &document, const QString &listPath, int *index)
{
    const auto steps = jsonpath::parse(listPath);
    if (!steps || isSystemManaged(*steps))
        return {document, notSettable(listPath), false};
    *index = int(jsonpath::get(document, *steps).toArray().size());
    QList<jsonpath::Step> entry = *steps;
    entry.append(*index);
    // Scalar lists (transit countries, seals) grow when a value is set: the model has no empty
    // code, so only lists of records get an empty entry here.
    QJsonObject candidate = document;
    if (!jsonpath::set(candidate, entry, QJsonObject()))
        return {document, notSettable(listPath), false};
    return judged(document, candidate);
}

Outcome removeFrom(const QJsonObject &document, const QString &listPath, int index)
{
    const auto steps = jsonpath::parse(listPath);
    if (!steps || isSystemManaged(*steps))
        return {document, notSettable(listPath), false};
    QJsonObject candidate = document;
    if (!jsonpath::removeAt(candidate, *steps, index))
        return {document, notSettable(QStringLiteral("%1[%2]").arg(listPath).arg(index)), false};
    return judged(document, candidate);
}

} // namespace saisie::gui::recordedits
