#include "protocol/enrolmentcode.h"

#include <cstring>
#include <sodium.h>

namespace saisie::protocol {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr int kSymbols = 20;
} // namespace

QString newEnrolmentCode()
{
    QString code;
    for (int i = 0; i < kSymbols; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

std::optional<QString> normaliseEnrolmentCode(const QString &typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' '))
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::strchr(kAlphabet, char(c.unicode())))
            return std::nullopt;
        out += c;
    }
    if (out.size() != kSymbols)
        return std::nullopt;
    return out;
}

} // namespace saisie::protocol
