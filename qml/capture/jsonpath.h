#pragma once
// Reading and writing a JSON document by the model's paths ("items[0].quantity",
// "route.transitCountries[2]"): the same spelling the finalize issues and completeness use.
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace saisie::gui::jsonpath {

/// One step of a path: an object key or a list index.
using Step = std::variant<QString, int>;

/// The steps of a path, or nullopt when it is malformed ("items[x]", "a..b", "[0]", "").
std::optional<QList<Step>> parse(const QString &path);

/// The value at the path; undefined when any step is missing.
QJsonValue get(const QJsonObject &root, const QList<Step> &steps);

/// Sets (or, with an undefined value, removes) the value at the path, creating objects and
/// growing lists with empty objects as needed. False when a step meets a value of the wrong kind
/// (an index into an object, a key into a list or a scalar).
bool set(QJsonObject &root, const QList<Step> &steps, const QJsonValue &value);

/// Removes entry `index` of the list at the path; false when there is no such entry.
bool removeAt(QJsonObject &root, const QList<Step> &listSteps, int index);

} // namespace saisie::gui::jsonpath
