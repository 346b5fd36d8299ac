// libFuzzer target: the protocol parsers every endpoint and every receipt check runs first (strict
// JSON, strict base64, signed-object shape) must survive arbitrary bytes, and what they accept must
// keep the invariants the server relies on: strict JSON parses to the same object Qt reads, and
// a base64 value has exactly one spelling.
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace saisie::protocol;
    if (size > 65536)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto parsed = parseStrictObject(bytes);
    if (parsed.ok()) {
        if (QJsonDocument::fromJson(bytes).object() != *parsed)
            std::abort();
        // A signed object read from accepted JSON must be re-serialisable to the same shape.
        if (const auto object = SignedObject::fromJson(*parsed); object.ok())
            if (SignedObject::fromJson(object->toJson())->payload != object->payload)
                std::abort();
    } else if (parsed.error().message.isEmpty()) {
        std::abort();
    }

    if (const auto decoded = decodeBase64Strict(bytes); decoded && decoded->toBase64() != bytes)
        std::abort();

    if (const auto code = normaliseEnrolmentCode(QString::fromUtf8(bytes)); code && code->size() != 20)
        std::abort();
    return 0;
}
