// libFuzzer target: every identifier check and the MRZ parser must survive arbitrary bytes without crashing,
// hanging or tripping a sanitizer, and keep the Result invariants the UI relies on.
#include "validation/identifiers.h"
#include "validation/mrz.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace saisie::validation;
    if (size > 4096)
        return -1; // inputs are capped far below this; longer ones only slow the search down

    // Both decodings matter: UTF-8 is what a paste or a scanner gives, Latin-1 reaches every QChar below 256.
    const QString utf8 = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString latin1 = QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &input : {utf8, latin1}) {
        for (const IdentifierKind kind : allKinds()) {
            const Result r = validate(kind, input);
            if (r.code.isEmpty() || r.message.isEmpty())
                std::abort();
            if (r.verdict != Verdict::Invalid && r.normalized.isEmpty())
                std::abort();
            if (r.verdict == Verdict::Valid && r.overrideRequired)
                std::abort();
        }
        if (const auto fields = parseMrz(input)) {
            // A parse only succeeds on a recognised layout, and validateMrz must then agree it is not a
            // format error.
            if (validateMrz(input).code == QLatin1String("format"))
                std::abort();
            if (fields->birthDate.size() != 6 || fields->expiryDate.size() != 6)
                std::abort();
        }
    }
    return 0;
}
