// saisie-server init: a new server directory with its signing key and server.json.
#include "admin/adminsupport.h"
#include "common/durablefile.h"
#include "protocol/encoding.h"
#include "store/blobdirectory.h"

#include <QDir>
#include <QFileInfo>

namespace saisie::server::admin {

namespace {
const QString kCommand = QStringLiteral("init");

QString absolute(const QString &path) { return QFileInfo(path).absoluteFilePath(); }
} // namespace

int runInit(const ParsedArgs &args, QTextStream &out, QTextStream &err)
{
    for (const char *required : {"url", "tls-cert", "tls-key", "ca-certs"}) {
        if (!args.has(QLatin1String(required)))
            return fail(err, kCommand, QStringLiteral("--%1 is required").arg(QLatin1String(required)), kUsage);
    }
    const QStringList backupPins = args.options.value(QStringLiteral("backup-pin"));
    if (backupPins.isEmpty())
        return fail(err, kCommand,
                    QStringLiteral("at least one --backup-pin is required (the pin of the next TLS key, so "
                                   "tablets survive a key change)"),
                    kUsage);

    ServerConfig config;
    config.directory = absolute(args.value(QStringLiteral("data")));
    config.publicUrl = args.value(QStringLiteral("url"));
    config.tlsCert = absolute(args.value(QStringLiteral("tls-cert")));
    config.tlsKey = absolute(args.value(QStringLiteral("tls-key")));
    config.caCerts = absolute(args.value(QStringLiteral("ca-certs")));
    config.blobs = config.directory + QStringLiteral("/blobs");
    config.signingKeyFile = config.directory + QStringLiteral("/signing.key");
    config.store = args.has(QStringLiteral("store")) ? args.value(QStringLiteral("store"))
                                                     : QStringLiteral("sqlcipher:") + config.directory
                                                           + QStringLiteral("/store");
    if (config.store.startsWith(QLatin1String("sqlcipher:")))
        config.store = QStringLiteral("sqlcipher:") + absolute(config.store.mid(10));
    if (args.has(QStringLiteral("listen"))) {
        const QString listen = args.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = listen.mid(colon + 1).toUInt(&ok);
        if (colon <= 0 || !ok || port == 0 || port > 65535)
            return fail(err, kCommand, QStringLiteral("--listen must be HOST:PORT"), kUsage);
        config.listenHost = listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        config.listenPort = quint16(port);
    }

    // Everything is checked before anything is created, so a refusal leaves no half-made server.
    if (QFileInfo::exists(config.directory + QStringLiteral("/server.json")))
        return fail(err, kCommand,
                    QStringLiteral("%1/server.json already exists; refusing to overwrite a configured server.")
                        .arg(config.directory),
                    kFailed);
    if (!QFileInfo(config.tlsKey).isReadable())
        return fail(err, kCommand, QStringLiteral("the TLS key %1 cannot be read.").arg(config.tlsKey), kFailed);
    auto pin = spkiPinOfCertificate(config.tlsCert);
    if (!pin)
        return fail(err, kCommand, pin.error().message, kFailed);
    if (auto ca = caFingerprints(config.caCerts); !ca)
        return fail(err, kCommand, ca.error().message, kFailed);
    config.pins = QStringList{*pin} + backupPins;
    for (const QString &backup : backupPins) {
        const auto raw = protocol::decodeBase64Strict(backup.toLatin1());
        if (!raw || raw->size() != 32)
            return fail(err, kCommand, QStringLiteral("--backup-pin must be base64 of a SHA-256 SPKI hash"), kUsage);
    }
    if (config.pins.removeDuplicates() > 0)
        return fail(err, kCommand, QStringLiteral("a backup pin repeats another pin"), kUsage);
    if (config.pins.size() > 8)
        return fail(err, kCommand, QStringLiteral("at most 7 backup pins (8 pins in all)"), kUsage);
    if (Status valid = config.validate(); !valid)
        return fail(err, kCommand, valid.error().message, kUsage);

    if (Status made = durable::makePrivateDirectory(config.directory); !made)
        return fail(err, kCommand, made.error().message, kFailed);
    if (Status blobs = BlobDirectory(config.blobs).ensure(); !blobs)
        return fail(err, kCommand, blobs.error().message, kFailed);
    auto store = openServerStore(config.store);
    if (!store)
        return fail(err, kCommand, QStringLiteral("the store cannot be opened: %1").arg(store.error().message), kFailed);
    auto key = createSigningKey(config.signingKeyFile);
    if (!key)
        return fail(err, kCommand, key.error().message, kFailed);
    if (Status saved = config.save(); !saved)
        return fail(err, kCommand, saved.error().message, kFailed);

    out << "Initialised " << config.directory << '\n'
        << "  public URL:      " << config.publicUrl << '\n'
        << "  listen:          " << config.listenHost << ':' << config.listenPort << '\n'
        << "  store:           " << (config.store.startsWith(QLatin1String("sqlcipher:")) ? config.store
                                                                                         : QStringLiteral("PostgreSQL"))
        << '\n'
        << "  server key id:   " << key->keyId << '\n'
        << "  pins:            " << config.pins.join(QStringLiteral(", ")) << '\n'
        << "Keep " << config.signingKeyFile << " secret and backed up: it signs receipts and wipe orders.\n";
    return kOk;
}

} // namespace saisie::server::admin
