#pragma once
// What makes a PIN or a passphrase acceptable for a new profile. The vault itself only enforces a
// floor (pinPolicyProblem in vault.h, so old profiles keep working); this stricter rule is what
// the app and the CLI ask for when a secret is chosen. Secrets are read in place from guarded
// memory: nothing here copies them into an ordinary QString or QByteArray.
#include "common/securebuffer.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace saisie::vault {

/// How the officer unlocks: digits on a pad, or free text. Not secret: the profile picker needs it
/// before unlock to show the right input.
enum class SecretKind { Pin, Passphrase };

QString secretKindName(SecretKind kind);
std::optional<SecretKind> secretKindFromName(QStringView name);
/// A secret made only of ASCII digits is a PIN (it can be typed on the pad); anything else is a
/// passphrase.
SecretKind inferSecretKind(const SecureBuffer &secret);

enum class SecretProblem {
    None,
    PinNotDigits,        // a PIN has digits only
    PinTooShort,         // fewer than kMinPinDigits
    PinRepeated,         // one digit or a short block repeated (111111, 121212, 123123)
    PinSequence,         // a straight run up or down (123456, 654321, 890123)
    PinCommon,           // on the short list of the most used PINs
    PassphraseTooShort,  // fewer than kMinPassphraseChars characters
    PassphraseTooSimple, // fewer than kMinWords words and fewer than kMinClasses kinds of character
    TooLong,             // more than kMaxSecretBytes bytes
};

struct SecretRules
{
    static constexpr int kMinPinDigits = 6;
    static constexpr int kMaxPinDigits = 16;
    static constexpr int kMinPassphraseChars = 12;
    static constexpr int kMinWords = 3;   // words of at least 2 characters, separated by spaces
    static constexpr int kMinClasses = 3; // of: lower case, upper case, digits, other symbols
    static constexpr int kMaxSecretBytes = 256;
};

SecretProblem checkPin(const SecureBuffer &pin);
/// `passphrase` is UTF-8; characters are counted as Unicode code points.
SecretProblem checkPassphrase(const SecureBuffer &passphrase);
SecretProblem checkSecret(const SecureBuffer &secret, SecretKind kind);
/// An English sentence for the CLI and core errors (the app words its own, translated).
QString describeSecretProblem(SecretProblem problem);

} // namespace saisie::vault
