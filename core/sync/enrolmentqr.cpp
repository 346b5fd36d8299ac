#include "sync/enrolmentqr.h"

#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/strictjson.h"

#include <QJsonArray>
#include <QSet>
#include <QSslKey>

namespace saisie::sync {

namespace {
Error invalid(const QString &message) { return makeError(QStringLiteral("qr_invalid"), message); }

Expected<QStringList> stringArray(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (!value.isArray())
        return invalid(QStringLiteral("The enrolment code's \"%1\" member is missing or not a list.").arg(name));
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return invalid(QStringLiteral("The enrolment code's \"%1\" list holds a non-text entry.").arg(name));
        items << item.toString();
    }
    return items;
}

Expected<QString> checkedOrigin(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const Error bad = invalid(QStringLiteral("The enrolment code's server address must be an https:// origin with "
                                             "no path, query or user name."));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        !url.path().isEmpty() || url.hasQuery() || url.hasFragment())
        return bad;
    // One spelling per origin: the scheme and host as QUrl normalises them, the port only when not 443.
    QString origin = QStringLiteral("https://") + url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port(443);
    if (port <= 0 || port > 65535)
        return bad;
    if (port != 443)
        origin += QLatin1Char(':') + QString::number(port);
    return origin;
}
} // namespace

bool isValidPin(const QString &pin)
{
    const auto raw = protocol::decodeBase64Strict(pin.toLatin1());
    return raw && raw->size() == 32;
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return protocol::sha256Hex(certificate.toDer());
}

QString spkiPin(const QSslCertificate &certificate)
{
    return protocol::toBase64(protocol::sha256(certificate.publicKey().toDer()));
}

Expected<QList<QSslCertificate>> parseNationalCas(const QByteArray &pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return makeError(QStringLiteral("ca_invalid"), QStringLiteral("The national CA file holds no PEM certificate."));
    for (const QSslCertificate &c : certs)
        if (c.isNull())
            return makeError(QStringLiteral("ca_invalid"), QStringLiteral("The national CA file holds a damaged certificate."));
    return certs;
}

Expected<EnrolmentQr> parseEnrolmentQr(QByteArrayView json, const QList<QSslCertificate> &nationalCas,
                                       const QString &typedCode, const QDateTime &now)
{
    if (json.size() > 1024)
        return invalid(QStringLiteral("The enrolment code is longer than 1,024 bytes."));
    auto parsed = protocol::parseStrictObject(json, 4);
    if (!parsed)
        return invalid(QStringLiteral("The enrolment code is not a valid JSON object (%1).").arg(parsed.error().code));
    const QJsonObject &o = *parsed;
    static const QSet<QString> known{QStringLiteral("saisie"), QStringLiteral("url"), QStringLiteral("code"),
                                     QStringLiteral("sk"),     QStringLiteral("pins"), QStringLiteral("ca"),
                                     QStringLiteral("exp")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(QStringLiteral("The enrolment code has an unknown member \"%1\".").arg(it.key().left(40)));
    if (o.value(QStringLiteral("saisie")).toString() != QLatin1String("enrol/1"))
        return invalid(QStringLiteral("This QR code is not a Saisie enrolment code (\"saisie\" must be \"enrol/1\")."));

    EnrolmentQr qr;
    if (!o.value(QStringLiteral("url")).isString())
        return invalid(QStringLiteral("The enrolment code has no server address (\"url\")."));
    auto origin = checkedOrigin(o.value(QStringLiteral("url")).toString());
    if (!origin)
        return origin.error();
    qr.origin = *origin;

    qr.serverKeyId = o.value(QStringLiteral("sk")).toString();
    if (!protocol::isSha256Hex(qr.serverKeyId))
        return invalid(QStringLiteral("The enrolment code's server key id (\"sk\") must be 64 lower-case hex digits."));

    auto pins = stringArray(o, QStringLiteral("pins"));
    if (!pins)
        return pins.error();
    if (pins->size() < 2 || pins->size() > 8)
        return invalid(QStringLiteral("The enrolment code must carry 2 to 8 pins (it has %1).").arg(pins->size()));
    for (const QString &pin : *pins)
        if (!isValidPin(pin))
            return invalid(QStringLiteral("An enrolment pin is not base64 of 32 bytes."));
    if (QSet<QString>(pins->begin(), pins->end()).size() != pins->size())
        return invalid(QStringLiteral("The enrolment code repeats a pin."));
    qr.pins = *pins;

    auto cas = stringArray(o, QStringLiteral("ca"));
    if (!cas)
        return cas.error();
    if (cas->isEmpty())
        return invalid(QStringLiteral("The enrolment code names no national CA (\"ca\")."));
    QSet<QString> national;
    for (const QSslCertificate &c : nationalCas)
        national.insert(certificateFingerprint(c));
    for (const QString &fingerprint : *cas) {
        if (!protocol::isSha256Hex(fingerprint))
            return invalid(QStringLiteral("A \"ca\" fingerprint must be 64 lower-case hex digits."));
        if (!national.contains(fingerprint))
            return makeError(QStringLiteral("ca_unknown"),
                             QStringLiteral("The enrolment code names a CA that is not in this build's national CA "
                                            "set; use a code from your national administrator."));
    }
    qr.caFingerprints = *cas;

    const QJsonValue code = o.value(QStringLiteral("code"));
    if (!code.isUndefined() && !code.isString())
        return invalid(QStringLiteral("The enrolment code's \"code\" member must be text."));
    if (code.isString() && !typedCode.isEmpty())
        return makeError(QStringLiteral("code_invalid"),
                         QStringLiteral("The QR code already carries an enrolment code; do not type another one."));
    qr.code = code.isString() ? code.toString() : typedCode;
    if (qr.code.isEmpty())
        return makeError(QStringLiteral("code_invalid"), QStringLiteral("Type the enrolment code given by your administrator."));
    if (qr.code.size() > 64 || !protocol::normaliseEnrolmentCode(qr.code))
        return makeError(QStringLiteral("code_invalid"),
                         QStringLiteral("The enrolment code must be 20 letters and digits (groups of four)."));

    const QJsonValue exp = o.value(QStringLiteral("exp"));
    if (!exp.isUndefined()) {
        const QDateTime at = QDateTime::fromString(exp.toString(), Qt::ISODateWithMs);
        if (!exp.isString() || !at.isValid())
            return invalid(QStringLiteral("The enrolment code's expiry (\"exp\") is not a date and time."));
        if (at < now)
            return makeError(QStringLiteral("code_expired"),
                             QStringLiteral("This enrolment code has expired; ask your administrator for a new one."));
        qr.expires = exp.toString();
    }
    return qr;
}

} // namespace saisie::sync
