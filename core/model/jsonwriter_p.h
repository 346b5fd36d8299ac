#pragma once
// Private: writes a record part as JSON by walking its field list (schema_p.h).
#include "model/schema_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace saisie::model::schema {

/// Writes the same field lists; unset values and empty lists are left out.
class Writer
{
public:
    QJsonObject object;

    template <typename T, typename F> void put(QStringView key, const Field<T> &f, F convert)
    {
        if (f.isUnset())
            return;
        object.insert(key.toString(), f.isUnknown() ? QJsonValue(QJsonValue::Null) : convert(f.value()));
    }

    static QJsonValue str(const QString &s) { return s; }

    void text(QStringView key, const Field<QString> &f, int = 0, Origin = Origin::User) { put(key, f, str); }
    void timestamp(QStringView key, const Field<QString> &f, Origin = Origin::User) { put(key, f, str); }
    void date(QStringView key, const Field<QString> &f) { put(key, f, str); }
    void number(QStringView key, const Field<double> &f, double, double)
    {
        put(key, f, [](double d) { return QJsonValue(d); });
    }
    void integer(QStringView key, const Field<qint64> &f, qint64, qint64)
    {
        put(key, f, [](qint64 n) { return QJsonValue(n); });
    }
    void requiredInteger(QStringView key, qint64 n, qint64, qint64) { object.insert(key.toString(), n); }
    void boolean(QStringView key, const Field<bool> &f)
    {
        put(key, f, [](bool b) { return QJsonValue(b); });
    }
    void decimal(QStringView key, const Field<Decimal> &f)
    {
        put(key, f, [](const Decimal &d) { return QJsonValue(d.toString()); });
    }
    void code(QStringView key, const Code &c, QStringView)
    {
        if (c)
            object.insert(key.toString(), *c);
    }
    void codeArray(QStringView key, const QStringList &l, QStringView) { textArray(key, l); }
    void textArray(QStringView key, const QStringList &l)
    {
        if (!l.isEmpty())
            object.insert(key.toString(), QJsonArray::fromStringList(l));
    }
    void uuid(QStringView key, const QUuid &id, bool)
    {
        if (!id.isNull())
            object.insert(key.toString(), id.toString(QUuid::WithoutBraces));
    }
    void hash(QStringView key, const QString &h, bool, Origin = Origin::User)
    {
        if (!h.isEmpty())
            object.insert(key.toString(), h);
    }
    void requiredText(QStringView key, const QString &s) { object.insert(key.toString(), s); }

    template <typename T, typename F>
    void optionalObject(QStringView key, const std::optional<T> &value, F visit)
    {
        if (!value)
            return;
        Writer child;
        visit(child, *value);
        object.insert(key.toString(), child.object);
    }

    template <typename T, typename F> void group(QStringView key, const T &value, F visit)
    {
        Writer child;
        visit(child, value);
        if (!child.object.isEmpty())
            object.insert(key.toString(), child.object);
    }

    template <typename T, typename F>
    void objects(QStringView key, const QList<T> &values, F visit, Origin = Origin::User)
    {
        if (values.isEmpty())
            return;
        QJsonArray array;
        for (const T &value : values) {
            Writer child;
            visit(child, value);
            array.append(child.object);
        }
        object.insert(key.toString(), array);
    }
};

} // namespace saisie::model::schema
