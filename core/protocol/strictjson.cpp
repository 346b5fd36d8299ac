#include "protocol/strictjson.h"

#include <QJsonDocument>
#include <cctype>
#include <QSet>
#include <QVector>

namespace saisie::protocol {

namespace {

Error jsonError(const QString &code, const QString &message) { return makeError(code, message); }

// A recursive-descent scan that checks what QJsonDocument does not: duplicate keys, depth,
// unpaired surrogates in escapes. Values are then read by QJsonDocument from the same bytes.
class Scanner
{
public:
    Scanner(QByteArrayView text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    Status run()
    {
        skipSpace();
        if (peek() != '{')
            return jsonError(QStringLiteral("json_invalid"), QStringLiteral("The body is not a JSON object."));
        if (Status s = value(0); !s)
            return s;
        skipSpace();
        if (m_pos != m_text.size())
            return invalid();
        return success();
    }

private:
    Error invalid() const
    {
        return jsonError(QStringLiteral("json_invalid"),
                         QStringLiteral("The body is not valid JSON (byte %1).").arg(m_pos));
    }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    bool literal(const char *word)
    {
        const QByteArrayView w(word);
        if (m_text.sliced(m_pos).startsWith(w)) {
            m_pos += w.size();
            return true;
        }
        return false;
    }

    Status value(int depth)
    {
        skipSpace();
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            QByteArray ignored;
            return string(ignored);
        }
        case 't':
            return literal("true") ? success() : Status(invalid());
        case 'f':
            return literal("false") ? success() : Status(invalid());
        case 'n':
            return literal("null") ? success() : Status(invalid());
        default:
            return number();
        }
    }

    Status tooDeep() const
    {
        return jsonError(QStringLiteral("json_too_deep"),
                         QStringLiteral("The JSON nesting is deeper than %1 levels.").arg(m_maxDepth));
    }

    Status object(int depth)
    {
        if (depth > m_maxDepth)
            return tooDeep();
        ++m_pos; // '{'
        QSet<QByteArray> keys;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return success();
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return invalid();
            QByteArray key;
            if (Status s = string(key); !s)
                return s;
            if (keys.contains(key))
                return jsonError(QStringLiteral("json_duplicate_key"),
                                 QStringLiteral("A JSON object has the same key twice."));
            keys.insert(key);
            skipSpace();
            if (peek() != ':')
                return invalid();
            ++m_pos;
            if (Status s = value(depth); !s)
                return s;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return success();
            }
            return invalid();
        }
    }

    Status array(int depth)
    {
        if (depth > m_maxDepth)
            return tooDeep();
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return success();
        }
        for (;;) {
            if (Status s = value(depth); !s)
                return s;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return success();
            }
            return invalid();
        }
    }

    bool hex4(uint &out)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        bool ok = false;
        out = QByteArray(m_text.sliced(m_pos, 4).data(), 4).toUInt(&ok, 16);
        for (int i = 0; i < 4; ++i)
            if (!std::isxdigit(static_cast<unsigned char>(m_text[m_pos + i])))
                return false;
        m_pos += 4;
        return ok;
    }

    // Keeps the raw bytes of the string as the key identity: two spellings of one key (an escape
    // and a literal) are then also caught below, because QJsonDocument decodes both the same way.
    Status string(QByteArray &decoded)
    {
        ++m_pos; // '"'
        while (m_pos < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return success();
            }
            if (c < 0x20)
                return invalid();
            if (c != '\\') {
                decoded.append(char(c));
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"': decoded.append('"'); break;
            case '\\': decoded.append('\\'); break;
            case '/': decoded.append('/'); break;
            case 'b': decoded.append('\b'); break;
            case 'f': decoded.append('\f'); break;
            case 'n': decoded.append('\n'); break;
            case 'r': decoded.append('\r'); break;
            case 't': decoded.append('\t'); break;
            case 'u': {
                uint unit = 0;
                if (!hex4(unit))
                    return invalid();
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return invalid(); // lone low surrogate
                uint codePoint = unit;
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    uint low = 0;
                    if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return invalid(); // high surrogate without its pair
                    codePoint = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                { const char32_t cp = char32_t(codePoint); decoded.append(QString::fromUcs4(&cp, 1).toUtf8()); }
                break;
            }
            default:
                return invalid();
            }
        }
        return invalid();
    }

    Status number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            return invalid();
        }
        if (peek() == '.') {
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return invalid();
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return invalid();
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        return m_pos > start ? success() : Status(invalid());
    }

    QByteArrayView m_text;
    int m_maxDepth;
    qsizetype m_pos = 0;
};

} // namespace

Expected<QJsonObject> parseStrictObject(QByteArrayView bytes, int maxDepth)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return jsonError(QStringLiteral("json_invalid"), QStringLiteral("The body starts with a byte-order mark."));
    const QByteArray copy = bytes.toByteArray();
    if (QString::fromUtf8(copy).toUtf8() != copy)
        return jsonError(QStringLiteral("json_invalid"), QStringLiteral("The body is not valid UTF-8."));
    if (Status s = Scanner(bytes, maxDepth).run(); !s)
        return s.error();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(copy, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return jsonError(QStringLiteral("json_invalid"), QStringLiteral("The body is not valid JSON."));
    return document.object();
}

} // namespace saisie::protocol
