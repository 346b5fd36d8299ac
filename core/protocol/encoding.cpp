#include "protocol/encoding.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace saisie::protocol {

std::optional<QByteArray> decodeBase64Strict(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                              c == '/';
        // '=' only in the last two positions, and never followed by a non-pad character.
        const bool pad = c == '=' && i >= text.size() - 2 && (i == text.size() - 1 || text[i + 1] == '=');
        if (!alphabet && !pad)
            return std::nullopt;
    }
    const auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Non-zero pad bits give another spelling of the same bytes: one value, one spelling.
    if (result.decoded.toBase64() != text)
        return std::nullopt;
    return result.decoded;
}

QString toBase64(const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); }

QByteArray sha256(QByteArrayView bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); }

QString sha256Hex(QByteArrayView bytes) { return QString::fromLatin1(sha256(bytes).toHex()); }

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString keyIdOf(const QByteArray &publicKey) { return sha256Hex(publicKey); }

QUuid parseUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    const QUuid uuid = QUuid::fromString(text);
    return uuid;
}

QString uuidText(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }

QString utcNowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace saisie::protocol
