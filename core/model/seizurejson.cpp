#include "model/seizurejson.h"

#include "model/codes_p.h"
#include "model/jsonwriter_p.h"
#include "model/schema_p.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace saisie::model {

using schema::kListLimit;
using schema::kTextLimit;
using schema::Origin;
using schema::Writer;

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString quoted(QStringView text)
{
    // Codes are echoed to help the officer find the typo; a long value is not a code and is cut
    // so an error line stays readable.
    constexpr qsizetype kEcho = 40;
    if (text.size() > kEcho)
        return u'"' + text.left(kEcho).toString() + QStringLiteral("…\"");
    return u'"' + text.toString() + u'"';
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool isCanonicalUuidText(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

bool isSha256Hex(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

struct Context
{
    JsonMode mode;
    QStringList errors;
};

/// Reads one JSON object against its field list, collecting every error with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, Context &context)
        : m_object(object), m_path(std::move(path)), m_ctx(context)
    {
    }

    QString at(QStringView key) const
    {
        return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
    }

    void fail(const QString &sentence) { m_ctx.errors.append(sentence); }

    void typeError(QStringView key, const QString &expected, const QJsonValue &got)
    {
        fail(at(key) + QStringLiteral(" must be ") + expected + QStringLiteral(", got ") + jsonTypeName(got) +
             u'.');
    }

    /// The value of key, or nothing when absent or refused by the mode.
    std::optional<QJsonValue> take(QStringView key, Origin origin = Origin::User)
    {
        const QString k = key.toString();
        m_known.insert(k);
        const auto it = m_object.constFind(k);
        if (it == m_object.constEnd())
            return std::nullopt;
        if (origin == Origin::System && m_ctx.mode == JsonMode::Input) {
            fail(at(key) + QStringLiteral(" is managed by the system and cannot be supplied in an "
                                          "input document."));
            return std::nullopt;
        }
        return it.value();
    }

    /// Reports keys no field claimed: a typo must not silently lose what the officer typed.
    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString &key = it.key();
            if (m_known.contains(key))
                continue;
            QString sentence = at(key) + QStringLiteral(" is not a known field.");
            QString best;
            int bestDistance = 3;
            for (const QString &known : std::as_const(m_known)) {
                const int d = editDistance(key, known);
                if (d < bestDistance || (d == bestDistance && !best.isEmpty() && known < best)) {
                    bestDistance = d;
                    best = known;
                }
            }
            if (!best.isEmpty() && bestDistance < key.size())
                sentence += QStringLiteral(" Did you mean \"") + best + QStringLiteral("\"?");
            fail(sentence);
        }
    }

    bool checkLength(QStringView key, const QString &s, int limit)
    {
        if (s.size() <= limit)
            return true;
        fail(at(key) + QStringLiteral(" is too long: ") + QString::number(s.size()) +
             QStringLiteral(" characters, the limit is ") + QString::number(limit) + u'.');
        return false;
    }

    void text(QStringView key, Field<QString> &f, int limit = kTextLimit, Origin origin = Origin::User)
    {
        const auto v = take(key, origin);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (!v->isString())
            return typeError(key, QStringLiteral("a string"), *v);
        const QString s = v->toString();
        if (checkLength(key, s, limit))
            f.set(s);
    }

    void timestamp(QStringView key, Field<QString> &f, Origin origin = Origin::User)
    {
        const auto v = take(key, origin);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (!v->isString())
            return typeError(key, QStringLiteral("a timestamp string"), *v);
        const QString s = v->toString();
        if (!isIsoTimestamp(s)) {
            return fail(at(key) + QStringLiteral(" must be an ISO 8601 timestamp with a UTC offset, "
                                                 "such as \"2024-05-01T14:30:00+02:00\"."));
        }
        f.set(s);
    }

    void date(QStringView key, Field<QString> &f)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (!v->isString())
            return typeError(key, QStringLiteral("a date string"), *v);
        const QString s = v->toString();
        if (!isIsoDate(s)) {
            return fail(at(key) + QStringLiteral(" must be an ISO 8601 date such as \"1980-04-23\" "
                                                 "(or \"1980-04\", \"1980\" when only partly known)."));
        }
        f.set(s);
    }

    void number(QStringView key, Field<double> &f, double min, double max)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (!v->isDouble())
            return typeError(key, QStringLiteral("a number"), *v);
        const double d = v->toDouble();
        if (!(d >= min && d <= max)) {
            return fail(at(key) + QStringLiteral(" must be between ") + numberText(min) +
                        QStringLiteral(" and ") + numberText(max) + QStringLiteral(", got ") + numberText(d) +
                        u'.');
        }
        f.set(d);
    }

    std::optional<qint64> wholeNumber(QStringView key, const QJsonValue &v, qint64 min, qint64 max)
    {
        if (!v.isDouble()) {
            typeError(key, QStringLiteral("a whole number"), v);
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(at(key) + QStringLiteral(" must be a whole number between ") + QString::number(min) +
                 QStringLiteral(" and ") + QString::number(max) + QStringLiteral(", got ") + numberText(d) +
                 u'.');
            return std::nullopt;
        }
        return qint64(d);
    }

    void integer(QStringView key, Field<qint64> &f, qint64 min, qint64 max)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (const auto n = wholeNumber(key, *v, min, max))
            f.set(*n);
    }

    void requiredInteger(QStringView key, qint64 &out, qint64 min, qint64 max)
    {
        const auto v = take(key);
        if (!v)
            return fail(at(key) + QStringLiteral(" is required."));
        if (const auto n = wholeNumber(key, *v, min, max))
            out = *n;
    }

    void boolean(QStringView key, Field<bool> &f)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (!v->isBool())
            return typeError(key, QStringLiteral("true or false"), *v);
        f.set(v->toBool());
    }

    void decimal(QStringView key, Field<Decimal> &f)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (v->isNull())
            return f.setUnknown();
        if (!v->isString()) {
            // A JSON number would pass through double and could already be rounded.
            return typeError(key, QStringLiteral("a decimal string such as \"1250.50\""), *v);
        }
        const auto d = Decimal::parse(v->toString());
        if (!d) {
            return fail(at(key) + QStringLiteral(" must be a decimal string such as \"1250.50\": "
                                                 "digits, optionally a point and at most 6 "
                                                 "decimals, no sign, no exponent."));
        }
        f.set(*d);
    }

    bool checkCode(const QString &path, const QJsonValue &v, QStringView list)
    {
        const QString expected = QStringLiteral("a code from list \"") + list.toString() + u'"';
        if (v.isNull()) {
            fail(path + QStringLiteral(" must be ") + expected + QStringLiteral(" (use ") +
                 quoted(codes::unknownCode(list)) + QStringLiteral(" when it is not known), got null."));
            return false;
        }
        if (!v.isString()) {
            fail(path + QStringLiteral(" must be ") + expected + QStringLiteral(", got ") + jsonTypeName(v) +
                 u'.');
            return false;
        }
        if (!codes::contains(list, v.toString())) {
            fail(path + QStringLiteral(": ") + quoted(v.toString()) +
                 QStringLiteral(" is not in code list \"") + list.toString() + QStringLiteral("\"."));
            return false;
        }
        return true;
    }

    void code(QStringView key, Code &c, QStringView list)
    {
        const auto v = take(key);
        if (v && checkCode(at(key), *v, list))
            c = v->toString();
    }

    std::optional<QJsonArray> array(QStringView key, const QJsonValue &v)
    {
        if (!v.isArray()) {
            typeError(key, QStringLiteral("an array"), v);
            return std::nullopt;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > kListLimit) {
            fail(at(key) + QStringLiteral(" has ") + QString::number(a.size()) +
                 QStringLiteral(" entries, the limit is ") + QString::number(kListLimit) + u'.');
            return std::nullopt;
        }
        return a;
    }

    QString index(QStringView key, qsizetype i) const { return at(key) + u'[' + QString::number(i) + u']'; }

    void codeArray(QStringView key, QStringList &out, QStringView list)
    {
        const auto v = take(key);
        if (!v)
            return;
        const auto a = array(key, *v);
        if (!a)
            return;
        QStringList codesRead;
        bool ok = true;
        for (qsizetype i = 0; i < a->size(); ++i) {
            ok = checkCode(index(key, i), a->at(i), list) && ok;
            codesRead.append(a->at(i).toString());
        }
        if (ok)
            out = codesRead;
    }

    void textArray(QStringView key, QStringList &out)
    {
        const auto v = take(key);
        if (!v)
            return;
        const auto a = array(key, *v);
        if (!a)
            return;
        QStringList texts;
        bool ok = true;
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QJsonValue e = a->at(i);
            if (!e.isString()) {
                fail(index(key, i) + QStringLiteral(" must be a string, got ") + jsonTypeName(e) + u'.');
                ok = false;
            } else if (e.toString().size() > kTextLimit) {
                fail(index(key, i) + QStringLiteral(" is too long: ") + QString::number(e.toString().size()) +
                     QStringLiteral(" characters, the limit is ") + QString::number(kTextLimit) + u'.');
                ok = false;
            }
            texts.append(e.toString());
        }
        if (ok)
            out = texts;
    }

    void uuid(QStringView key, QUuid &out, bool required)
    {
        const auto v = take(key);
        if (!v) {
            if (required)
                fail(at(key) + QStringLiteral(" is required."));
            return;
        }
        if (!v->isString())
            return typeError(key, QStringLiteral("a UUID string"), *v);
        const QString s = v->toString();
        const QUuid id = isCanonicalUuidText(s) ? QUuid::fromString(s) : QUuid();
        if (id.isNull()) {
            return fail(at(key) + QStringLiteral(" must be a non-nil UUID such as "
                                                 "\"3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b3c\"."));
        }
        out = id;
    }

    void hash(QStringView key, QString &out, bool required, Origin origin = Origin::User)
    {
        const auto v = take(key, origin);
        if (!v) {
            if (required)
                fail(at(key) + QStringLiteral(" is required."));
            return;
        }
        if (!v->isString())
            return typeError(key, QStringLiteral("a SHA-256 hex string"), *v);
        if (!isSha256Hex(v->toString())) {
            return fail(at(key) + QStringLiteral(" must be 64 lower-case hexadecimal digits "
                                                 "(a SHA-256 hash)."));
        }
        out = v->toString();
    }

    void requiredText(QStringView key, QString &out)
    {
        const auto v = take(key);
        if (!v)
            return fail(at(key) + QStringLiteral(" is required."));
        if (!v->isString())
            return typeError(key, QStringLiteral("a string"), *v);
        if (checkLength(key, v->toString(), kTextLimit))
            out = v->toString();
    }

    template <typename T, typename F> void optionalObject(QStringView key, std::optional<T> &out, F visit)
    {
        const auto v = take(key);
        if (!v)
            return;
        if (!v->isObject())
            return typeError(key, QStringLiteral("an object"), *v);
        T value;
        Reader child(v->toObject(), at(key), m_ctx);
        visit(child, value);
        child.finish();
        out = value;
    }

    template <typename T, typename F> void group(QStringView key, T &out, F visit)
    {
        std::optional<T> value;
        optionalObject(key, value, visit);
        if (value)
            out = *value;
    }

    template <typename T, typename F>
    void objects(QStringView key, QList<T> &out, F visit, Origin origin = Origin::User)
    {
        const auto v = take(key, origin);
        if (!v)
            return;
        const auto a = array(key, *v);
        if (!a)
            return;
        QList<T> values;
        values.reserve(a->size());
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QJsonValue e = a->at(i);
            if (!e.isObject()) {
                fail(index(key, i) + QStringLiteral(" must be an object, got ") + jsonTypeName(e) + u'.');
                continue;
            }
            T value;
            Reader child(e.toObject(), index(key, i), m_ctx);
            visit(child, value);
            child.finish();
            values.append(value);
        }
        out = values;
    }

private:
    const QJsonObject m_object; // a copy: children are built from temporaries (implicitly shared, cheap)
    QString m_path;
    Context &m_ctx;
    QSet<QString> m_known;
};

} // namespace

QJsonObject toJson(const Seizure &seizure)
{
    Writer w;
    w.uuid(u"uuid", seizure.uuid, true);
    w.object.insert(QStringLiteral("version"), seizure.version);
    w.object.insert(QStringLiteral("status"), statusName(seizure.status));
    w.hash(u"amends", seizure.amends, false);
    schema::visitSeizureBody(w, seizure);
    return w.object;
}

std::optional<Seizure> seizureFromJson(const QJsonObject &json, JsonMode mode, QStringList *errors)
{
    Context ctx{mode, {}};
    Reader r(json, QString(), ctx);
    Seizure s;

    r.uuid(u"uuid", s.uuid, mode == JsonMode::Stored);
    if (const auto v = r.take(u"version", Origin::System)) {
        if (const auto n = r.wholeNumber(u"version", *v, 1, 1000000))
            s.version = int(*n);
    }
    if (const auto v = r.take(u"status", Origin::System)) {
        const auto status = v->isString() ? statusFromName(v->toString()) : std::nullopt;
        if (!v->isString()) {
            r.typeError(u"status", QStringLiteral("a string"), *v);
        } else if (!status) {
            r.fail(QStringLiteral("status: ") + quoted(v->toString()) +
                   QStringLiteral(" is not a status; use one of draft, finalized, queued, "
                                  "delivered, underReview, returned, accepted, merged."));
        } else {
            s.status = *status;
        }
    }
    r.hash(u"amends", s.amends, false, Origin::System);
    schema::visitSeizureBody(r, s);
    r.finish();

    if (s.version == 1 && !s.amends.isEmpty())
        r.fail(QStringLiteral("amends must be absent for version 1: a first version amends nothing."));
    if (s.version > 1 && s.amends.isEmpty() && json.contains(u"version"))
        r.fail(QStringLiteral("amends is required when version is greater than 1: a correction "
                              "names the version it corrects."));

    QSet<QUuid> ids;
    for (qsizetype i = 0; i < s.attachments.size(); ++i) {
        const QUuid &id = s.attachments[i].id;
        if (id.isNull())
            continue;
        if (ids.contains(id)) {
            r.fail(QStringLiteral("attachments[") + QString::number(i) +
                   QStringLiteral("].id repeats the id of an earlier attachment."));
        }
        ids.insert(id);
    }

    if (errors)
        *errors = ctx.errors;
    if (!ctx.errors.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace saisie::model
