#include "model/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace saisie::model {

namespace {

class CanonicalWriter
{
public:
    QByteArray out;
    QString error;

    bool write(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            out += "null";
            return true;
        case QJsonValue::Bool:
            out += v.toBool() ? "true" : "false";
            return true;
        case QJsonValue::Double:
            return number(v);
        case QJsonValue::String:
            return string(v.toString());
        case QJsonValue::Array:
            return array(v.toArray());
        case QJsonValue::Object:
            return object(v.toObject());
        case QJsonValue::Undefined:
            break;
        }
        return fail(QStringLiteral("An undefined JSON value cannot be serialized."));
    }

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    bool number(const QJsonValue &v)
    {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return fail(QStringLiteral("NaN and infinite numbers have no JSON representation."));
        // Parsed JSON keeps integers as qint64; going through double would round integers above
        // 2^53 and make the signed bytes differ from the document's own digits.
        if (d == std::trunc(d) && std::fabs(d) < 9.2e18) {
            out += QByteArray::number(v.toInteger());
            return true;
        }
        char buffer[400];
        std::to_chars_result r;
        if (d == std::trunc(d)) {
            // Fixed notation of an integral double prints all its digits and no fraction; adding
            // 0.0 turns -0 into +0, which JSON readers cannot tell apart anyway.
            r = std::to_chars(buffer, buffer + sizeof buffer, d + 0.0, std::chars_format::fixed);
        } else {
            r = std::to_chars(buffer, buffer + sizeof buffer, d);
        }
        if (r.ec != std::errc())
            return fail(QStringLiteral("A number could not be formatted."));
        out.append(buffer, r.ptr - buffer);
        return true;
    }

    bool string(const QString &s)
    {
        static const char hex[] = "0123456789abcdef";
        out += '"';
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            if (QChar::isHighSurrogate(c)) {
                if (i + 1 >= s.size() || !QChar::isLowSurrogate(s[i + 1].unicode()))
                    return fail(QStringLiteral("A string contains an unpaired UTF-16 surrogate."));
                appendUtf8(QChar::surrogateToUcs4(c, s[i + 1].unicode()));
                ++i;
                continue;
            }
            if (QChar::isLowSurrogate(c))
                return fail(QStringLiteral("A string contains an unpaired UTF-16 surrogate."));
            switch (c) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xf];
                } else {
                    appendUtf8(c);
                }
            }
        }
        out += '"';
        return true;
    }

    void appendUtf8(char32_t cp)
    {
        // Encoded by hand so that no library default (replacement characters, BOMs) can change
        // the bytes that get signed.
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xc0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += char(0xe0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        } else {
            out += char(0xf0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3f));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        }
    }

    bool array(const QJsonArray &a)
    {
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!write(a.at(i)))
                return false;
        }
        out += ']';
        return true;
    }

    bool object(const QJsonObject &o)
    {
        QStringList keys = o.keys();
        // QString's operator< compares UTF-16 code units, the order RFC 8785 prescribes.
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out += ',';
            first = false;
            if (!string(key))
                return false;
            out += ':';
            if (!write(o.value(key)))
                return false;
        }
        out += '}';
        return true;
    }
};

} // namespace

QByteArray canonicalJson(const QJsonValue &value, QString *error)
{
    CanonicalWriter w;
    if (!w.write(value)) {
        if (error)
            *error = w.error;
        return {};
    }
    if (error)
        error->clear();
    return w.out;
}

} // namespace saisie::model
