#include "config/serverconfig.h"

#include "common/durablefile.h"
#include "protocol/encoding.h"
#include "protocol/strictjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace saisie::server {

namespace {
const QString kFormat = QStringLiteral("saisie-server-config/1");

Error bad(const QString &member, const QString &problem)
{
    return makeError(QStringLiteral("config"), QStringLiteral("server.json: \"%1\" %2.").arg(member, problem));
}

QString resolve(const QString &directory, const QString &path)
{
    return QDir::isAbsolutePath(path) ? QDir::cleanPath(path) : QDir::cleanPath(directory + QLatin1Char('/') + path);
}

// Reads a whole-number member within [low, high]; absent keeps the default.
Status readInt(const QJsonObject &o, const QString &member, qint64 low, qint64 high, qint64 &out)
{
    if (!o.contains(member))
        return success();
    const QJsonValue v = o.value(member);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(low) || d > double(high))
        return bad(member, QStringLiteral("must be a whole number from %1 to %2").arg(low).arg(high));
    out = qint64(d);
    return success();
}

Expected<QString> readString(const QJsonObject &o, const QString &member, bool required)
{
    if (!o.contains(member)) {
        if (required)
            return bad(member, QStringLiteral("is missing"));
        return QString();
    }
    if (!o.value(member).isString() || o.value(member).toString().isEmpty())
        return bad(member, QStringLiteral("must be a non-empty string"));
    return o.value(member).toString();
}

Status checkPublicUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || !url.userInfo().isEmpty()
        || !url.path().isEmpty() || url.hasQuery() || url.hasFragment())
        return bad(QStringLiteral("publicUrl"), QStringLiteral("must be https://HOST[:PORT] with no path"));
    return success();
}

Status parseListen(const QString &text, QString &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString h = colon > 0 ? text.left(colon) : QString();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (!ok || p == 0 || p > 65535 || h.isEmpty())
        return bad(QStringLiteral("listen"), QStringLiteral("must be HOST:PORT"));
    host = h;
    port = quint16(p);
    return success();
}

Status checkPins(const QStringList &pins)
{
    if (pins.size() < 2 || pins.size() > 8)
        return bad(QStringLiteral("pins"), QStringLiteral("must list 2 to 8 pins (the current key and a backup)"));
    for (const QString &pin : pins) {
        const auto raw = protocol::decodeBase64Strict(pin.toLatin1());
        if (!raw || raw->size() != 32)
            return bad(QStringLiteral("pins"), QStringLiteral("must hold base64 SHA-256 values"));
    }
    if (QSet<QString>(pins.begin(), pins.end()).size() != pins.size())
        return bad(QStringLiteral("pins"), QStringLiteral("must not repeat a pin"));
    return success();
}
} // namespace

Expected<ServerConfig> ServerConfig::load(const QString &directory)
{
    ServerConfig c;
    c.directory = QDir(directory).absolutePath();
    QFile file(c.directory + QStringLiteral("/server.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("config_missing"),
                         QStringLiteral("%1 cannot be read; run `saisie-server init` first.").arg(file.fileName()));
    auto parsed = protocol::parseStrictObject(file.readAll());
    if (!parsed)
        return makeError(QStringLiteral("config"), QStringLiteral("server.json is not valid JSON: %1")
                                                       .arg(parsed.error().message));
    const QJsonObject o = *parsed;
    static const QStringList known = {
        QStringLiteral("format"),   QStringLiteral("publicUrl"), QStringLiteral("listen"),       QStringLiteral("store"),
        QStringLiteral("blobs"),    QStringLiteral("tlsCert"),   QStringLiteral("tlsKey"),       QStringLiteral("caCerts"),
        QStringLiteral("pins"),     QStringLiteral("signingKey"), QStringLiteral("configSerial"),
        QStringLiteral("maxChunk"), QStringLiteral("workers")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return bad(it.key(), QStringLiteral("is not a known member"));
    }
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return bad(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(kFormat));

    QString *strings[] = {&c.publicUrl, &c.store, &c.blobs, &c.tlsCert, &c.tlsKey, &c.caCerts, &c.signingKeyFile};
    const QString names[] = {QStringLiteral("publicUrl"), QStringLiteral("store"),   QStringLiteral("blobs"),
                             QStringLiteral("tlsCert"),   QStringLiteral("tlsKey"),  QStringLiteral("caCerts"),
                             QStringLiteral("signingKey")};
    for (int i = 0; i < 7; ++i) {
        auto value = readString(o, names[i], true);
        if (!value)
            return value.error();
        *strings[i] = i >= 2 ? resolve(c.directory, *value) : *value;
    }
    if (Status s = checkPublicUrl(c.publicUrl); !s)
        return s.error();
    static const QString sqlcipher = QStringLiteral("sqlcipher:");
    if (c.store.startsWith(sqlcipher))
        c.store = sqlcipher + resolve(c.directory, c.store.mid(sqlcipher.size()));
    auto listen = readString(o, QStringLiteral("listen"), false);
    if (!listen)
        return listen.error();
    if (!listen->isEmpty()) {
        if (Status s = parseListen(*listen, c.listenHost, c.listenPort); !s)
            return s.error();
    }
    const QJsonValue pins = o.value(QStringLiteral("pins"));
    if (!pins.isArray())
        return bad(QStringLiteral("pins"), QStringLiteral("must be an array of strings"));
    for (const QJsonValue &pin : pins.toArray()) {
        if (!pin.isString())
            return bad(QStringLiteral("pins"), QStringLiteral("must be an array of strings"));
        c.pins.append(pin.toString());
    }
    if (Status s = checkPins(c.pins); !s)
        return s.error();
    qint64 serial = c.configSerial, workers = c.workers;
    if (Status s = readInt(o, QStringLiteral("configSerial"), 1, 1LL << 40, serial); !s)
        return s.error();
    if (Status s = readInt(o, QStringLiteral("maxChunk"), 64 * 1024, 64 * 1024 * 1024, c.maxChunk); !s)
        return s.error();
    if (Status s = readInt(o, QStringLiteral("workers"), 1, 1024, workers); !s)
        return s.error();
    c.configSerial = int(serial);
    c.workers = int(workers);
    return c;
}

Status ServerConfig::validate() const
{
    if (Status s = checkPublicUrl(publicUrl); !s)
        return s;
    if (store.isEmpty())
        return bad(QStringLiteral("store"), QStringLiteral("is missing"));
    return checkPins(pins);
}

Status ServerConfig::save() const
{
    if (Status s = validate(); !s)
        return s;
    const QString host = listenHost.contains(QLatin1Char(':')) ? QLatin1Char('[') + listenHost + QLatin1Char(']')
                                                                 : listenHost;
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("publicUrl"), publicUrl},
                        {QStringLiteral("listen"), host + QLatin1Char(':') + QString::number(listenPort)},
                        {QStringLiteral("store"), store},
                        {QStringLiteral("blobs"), blobs},
                        {QStringLiteral("tlsCert"), tlsCert},
                        {QStringLiteral("tlsKey"), tlsKey},
                        {QStringLiteral("caCerts"), caCerts},
                        {QStringLiteral("pins"), QJsonArray::fromStringList(pins)},
                        {QStringLiteral("signingKey"), signingKeyFile},
                        {QStringLiteral("configSerial"), configSerial},
                        {QStringLiteral("maxChunk"), double(maxChunk)},
                        {QStringLiteral("workers"), workers}};
    return durable::writeFileAtomically(QDir(directory).absolutePath() + QStringLiteral("/server.json"),
                                        QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace saisie::server
