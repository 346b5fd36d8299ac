#include "vault/secretpolicy.h"

#include <QChar>
#include <algorithm>
#include <array>
#include <cstring>

namespace saisie::vault {

namespace {
// Six-digit PINs that top every published leak analysis and that the structural checks below do
// not already catch (keypad lines and crosses, mirrored halves, counting by tens). Short on
// purpose: the structural rules do most of the work, this only removes the famous ones.
constexpr std::array<const char *, 22> kCommonPins = {
    "112233", "123321", "123654", "321654", "159753", "159357", "951753", "147258",
    "258369", "147369", "147852", "741852", "963852", "789456", "147963", "102030",
    "112358", "520520", "121314", "101112", "159951", "100200",
};

bool isPinDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/// True when some block of at most half the length repeats to the end (111111, 121212, 1231231).
bool isPeriodic(const unsigned char *p, std::size_t n)
{
    for (std::size_t period = 1; period <= n / 2; ++period) {
        bool repeats = true;
        for (std::size_t i = period; i < n && repeats; ++i)
            repeats = p[i] == p[i - period];
        if (repeats)
            return true;
    }
    return false;
}

/// Each digit one more (or one less) than the previous, wrapping 9 -> 0 as people type it.
bool isStraightRun(const unsigned char *p, std::size_t n)
{
    bool up = true;
    bool down = true;
    for (std::size_t i = 1; i < n; ++i) {
        const int step = (p[i] - p[i - 1] + 10) % 10;
        up &= step == 1;
        down &= step == 9;
    }
    return up || down;
}

/// Decodes the next UTF-8 code point in place; malformed bytes count as one character each.
char32_t nextCodePoint(const unsigned char *p, std::size_t n, std::size_t &i)
{
    const unsigned char lead = p[i++];
    int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? (lead & 0x07) : extra == 2 ? (lead & 0x0F) : extra == 1 ? (lead & 0x1F) : lead;
    while (extra-- > 0 && i < n && (p[i] & 0xC0) == 0x80)
        cp = (cp << 6) | (p[i++] & 0x3F);
    return cp;
}
} // namespace

QString secretKindName(SecretKind kind)
{
    return kind == SecretKind::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("pin");
}

std::optional<SecretKind> secretKindFromName(QStringView name)
{
    if (name == u"pin")
        return SecretKind::Pin;
    if (name == u"passphrase")
        return SecretKind::Passphrase;
    return std::nullopt;
}

SecretKind inferSecretKind(const SecureBuffer &secret)
{
    const bool digits =
        !secret.isEmpty() && std::all_of(secret.data(), secret.data() + secret.size(), isPinDigit);
    return digits ? SecretKind::Pin : SecretKind::Passphrase;
}

SecretProblem checkPin(const SecureBuffer &pin)
{
    const unsigned char *p = pin.data();
    const std::size_t n = pin.size();
    if (!std::all_of(p, p + n, isPinDigit))
        return SecretProblem::PinNotDigits;
    if (n < std::size_t(SecretRules::kMinPinDigits))
        return SecretProblem::PinTooShort;
    if (n > std::size_t(SecretRules::kMaxPinDigits))
        return SecretProblem::TooLong;
    if (isPeriodic(p, n))
        return SecretProblem::PinRepeated;
    if (isStraightRun(p, n))
        return SecretProblem::PinSequence;
    for (const char *common : kCommonPins)
        if (std::strlen(common) == n && std::memcmp(common, p, n) == 0)
            return SecretProblem::PinCommon;
    return SecretProblem::None;
}

SecretProblem checkPassphrase(const SecureBuffer &passphrase)
{
    const unsigned char *p = passphrase.data();
    const std::size_t n = passphrase.size();
    if (n > std::size_t(SecretRules::kMaxSecretBytes))
        return SecretProblem::TooLong;
    int characters = 0;
    int words = 0;
    int wordLength = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (std::size_t i = 0; i < n;) {
        const char32_t c = nextCodePoint(p, n, i);
        ++characters;
        if (QChar::isSpace(c)) {
            words += wordLength >= 2 ? 1 : 0;
            wordLength = 0;
            continue;
        }
        ++wordLength;
        if (QChar::isDigit(c))
            digit = true;
        else if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isLetter(c))
            lower = true; // caseless scripts count with lower case
        else
            other = true;
    }
    words += wordLength >= 2 ? 1 : 0;
    if (characters < SecretRules::kMinPassphraseChars)
        return SecretProblem::PassphraseTooShort;
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (words < SecretRules::kMinWords && classes < SecretRules::kMinClasses)
        return SecretProblem::PassphraseTooSimple;
    return SecretProblem::None;
}

SecretProblem checkSecret(const SecureBuffer &secret, SecretKind kind)
{
    return kind == SecretKind::Pin ? checkPin(secret) : checkPassphrase(secret);
}

QString describeSecretProblem(SecretProblem problem)
{
    switch (problem) {
    case SecretProblem::None:
        return {};
    case SecretProblem::PinNotDigits:
        return QStringLiteral("A PIN has digits only.");
    case SecretProblem::PinTooShort:
        return QStringLiteral("The PIN must have at least %1 digits.").arg(SecretRules::kMinPinDigits);
    case SecretProblem::PinRepeated:
        return QStringLiteral("The PIN repeats a digit or a short pattern; choose another.");
    case SecretProblem::PinSequence:
        return QStringLiteral("The PIN is a run of consecutive digits; choose another.");
    case SecretProblem::PinCommon:
        return QStringLiteral("The PIN is one of the most used PINs; choose another.");
    case SecretProblem::PassphraseTooShort:
        return QStringLiteral("The passphrase must have at least %1 characters.")
            .arg(SecretRules::kMinPassphraseChars);
    case SecretProblem::PassphraseTooSimple:
        return QStringLiteral(
                   "The passphrase needs at least %1 words, or %2 kinds of characters (lower case, "
                   "upper case, digits, symbols).")
            .arg(SecretRules::kMinWords)
            .arg(SecretRules::kMinClasses);
    case SecretProblem::TooLong:
        return QStringLiteral("The secret is too long.");
    }
    return {};
}

} // namespace saisie::vault
