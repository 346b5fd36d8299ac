#include "jsonpath.h"

#include <QJsonArray>

namespace saisie::gui::jsonpath {

namespace {
constexpr int kMaxIndex = 500; // the model's list limit: a path cannot make a list longer

bool setIn(QJsonValue &node, const QList<Step> &steps, qsizetype at, const QJsonValue &value)
{
    if (at == steps.size()) {
        node = value;
        return true;
    }
    const Step &step = steps.at(at);
    if (const QString *key = std::get_if<QString>(&step)) {
        if (!node.isObject() && !node.isUndefined() && !node.isNull())
            return false;
        QJsonObject object = node.toObject();
        QJsonValue child = object.value(*key);
        if (!setIn(child, steps, at + 1, value))
            return false;
        if (child.isUndefined())
            object.remove(*key);
        else
            object.insert(*key, child);
        node = object;
        return true;
    }
    const int index = std::get<int>(step);
    if (!node.isArray() && !node.isUndefined() && !node.isNull())
        return false;
    QJsonArray array = node.toArray();
    if (value.isUndefined() && at + 1 == steps.size()) {
        if (index < array.size())
            array.removeAt(index); // a list has no holes: clearing an entry removes it
        node = array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
        return true;
    }
    // A scalar list (transit countries, seals) grows with empty strings, a list of records with
    // empty objects.
    const QJsonValue filler = (at + 1 == steps.size()) ? QJsonValue(QString()) : QJsonValue(QJsonObject());
    while (array.size() <= index)
        array.append(filler);
    QJsonValue child = array.at(index);
    if (!setIn(child, steps, at + 1, value))
        return false;
    array[index] = child;
    node = array;
    return true;
}
} // namespace

std::optional<QList<Step>> parse(const QString &path)
{
    QList<Step> steps;
    qsizetype i = 0;
    const qsizetype n = path.size();
    while (i < n) {
        if (path.at(i) == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0 || steps.isEmpty())
                return std::nullopt;
            bool ok = false;
            const int index = path.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || index < 0 || index >= kMaxIndex)
                return std::nullopt;
            steps.append(index);
            i = close + 1;
            if (i < n && path.at(i) == u'.')
                ++i;
            if (i == n && path.endsWith(u'.'))
                return std::nullopt;
            continue;
        }
        qsizetype end = i;
        while (end < n && path.at(end) != u'.' && path.at(end) != u'[')
            ++end;
        if (end == i)
            return std::nullopt;
        for (qsizetype c = i; c < end; ++c)
            if (!path.at(c).isLetterOrNumber())
                return std::nullopt;
        steps.append(path.mid(i, end - i));
        i = end;
        if (i < n && path.at(i) == u'.') {
            ++i;
            if (i == n)
                return std::nullopt;
        }
    }
    if (steps.isEmpty())
        return std::nullopt;
    return steps;
}

QJsonValue get(const QJsonObject &root, const QList<Step> &steps)
{
    QJsonValue node = root;
    for (const Step &step : steps) {
        if (const QString *key = std::get_if<QString>(&step)) {
            if (!node.isObject())
                return QJsonValue(QJsonValue::Undefined);
            node = node.toObject().value(*key);
        } else {
            const int index = std::get<int>(step);
            if (!node.isArray() || index >= node.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            node = node.toArray().at(index);
        }
    }
    return node;
}

bool set(QJsonObject &root, const QList<Step> &steps, const QJsonValue &value)
{
    QJsonValue node = root;
    if (!setIn(node, steps, 0, value))
        return false;
    root = node.toObject();
    return true;
}

bool removeAt(QJsonObject &root, const QList<Step> &listSteps, int index)
{
    const QJsonValue list = get(root, listSteps);
    if (!list.isArray() || index < 0 || index >= list.toArray().size())
        return false;
    QJsonArray array = list.toArray();
    array.removeAt(index);
    return set(root, listSteps, array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array));
}

} // namespace saisie::gui::jsonpath
