// saisiectl profile create|list|pin|recover, unlock, keygen-recovery.
#include "context.h"
#include "secretinput.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <sodium.h>
#include <unistd.h>

namespace saisie::cli {

namespace {
Expected<QByteArray> readKeyFile(const QString &path, int expectedBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("Cannot read the key file %1.").arg(path));
    auto decoded = QByteArray::fromBase64Encoding(file.read(4096).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes)
        return makeError(QStringLiteral("usage"),
                         QStringLiteral("The key file %1 must hold %2 bytes in base64.").arg(path).arg(expectedBytes));
    return decoded.decoded;
}

/// A new PIN: typed twice on a terminal, one line when scripted.
Expected<SecureBuffer> readNewPin()
{
    auto pin = readSecretLine(QStringLiteral("New PIN"));
    if (!pin || !::isatty(STDIN_FILENO))
        return pin;
    auto again = readSecretLine(QStringLiteral("Repeat the new PIN"));
    if (!again)
        return again;
    if (!pin->equals(*again))
        return makeError(QStringLiteral("usage"), QStringLiteral("The two PINs differ; nothing was changed."));
    return pin;
}

int create(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("alias"), QStringLiteral("kdf"), QStringLiteral("max-attempts"),
                                         QStringLiteral("escrow-key")},
                                        {},
                                        {}});
    if (!args)
        return Context::fail(args.error());
    if (!args->has(QStringLiteral("alias")))
        return Context::usage(QStringLiteral("profile create needs --alias NAME (initials or a short label, not "
                                             "your full name: it is visible before unlock)."));
    vault::VaultOptions options;
    if (args->has(QStringLiteral("kdf"))) {
        auto kdf = vault::KdfParams::named(args->value(QStringLiteral("kdf")));
        if (!kdf)
            return Context::usage(QStringLiteral("--kdf must be interactive, moderate or sensitive."));
        options.kdf = *kdf;
    }
    if (args->has(QStringLiteral("max-attempts"))) {
        bool ok = false;
        options.maxAttempts = args->value(QStringLiteral("max-attempts")).toInt(&ok);
        if (!ok || options.maxAttempts < 1 || options.maxAttempts > 100)
            return Context::usage(QStringLiteral("--max-attempts must be a number from 1 to 100."));
    }
    if (args->has(QStringLiteral("escrow-key"))) {
        auto key = readKeyFile(args->value(QStringLiteral("escrow-key")), crypto_box_PUBLICKEYBYTES);
        if (!key)
            return Context::fail(key.error());
        options.escrowPublicKey = *key;
    }
    auto pin = readNewPin();
    if (!pin)
        return Context::fail(pin.error());
    auto created = context.profiles().create(args->value(QStringLiteral("alias")), *pin, options);
    if (!created)
        return Context::fail(created.error());
    auto vault = context.profiles().open(created->first);
    if (!vault)
        return Context::fail(vault.error());
    // Create the database now, so a new profile is complete and ready before the first capture.
    auto session = store::Session::open(*vault, std::move(created->second));
    if (!session)
        return Context::fail(session.error());
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("vaultId"), created->first},
                                             {QStringLiteral("alias"), vault->keyFile().alias},
                                             {QStringLiteral("kdf"), options.kdf.describe()},
                                             {QStringLiteral("maxAttempts"), options.maxAttempts},
                                             {QStringLiteral("escrow"), !options.escrowPublicKey.isEmpty()}}));
    return Ok;
}

int list(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {});
    if (!args)
        return Context::fail(args.error());
    QStringList problems;
    QJsonArray rows;
    for (const vault::ProfileSummary &p : context.profiles().list(&problems))
        rows.append(QJsonObject{{QStringLiteral("vaultId"), p.vaultId},
                                {QStringLiteral("alias"), p.alias},
                                {QStringLiteral("attemptsLeft"), p.attemptsLeft},
                                {QStringLiteral("secondsToWait"), double(p.secondsToWait)}});
    for (const QString &problem : problems)
        std::fprintf(stderr, "saisiectl: unreadable profile %s\n", problem.toLocal8Bit().constData());
    Context::print(QJsonDocument(rows));
    return problems.isEmpty() ? Ok : Damaged;
}

int changePin(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("profile")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    auto vault = context.selectProfile(*args);
    if (!vault)
        return Context::fail(vault.error());
    auto oldPin = readSecretLine(QStringLiteral("Current PIN"));
    if (!oldPin)
        return Context::fail(oldPin.error());
    auto newPin = readNewPin();
    if (!newPin)
        return Context::fail(newPin.error());
    if (Status s = vault->changePin(*oldPin, *newPin); !s)
        return Context::fail(s.error());
    // Record the change in the audit chain; the new PIN opens the vault from now on.
    auto keys = vault->unlock(*newPin);
    if (keys) {
        auto session = store::Session::open(*vault, std::move(*keys));
        if (session) {
            vault::Transaction tx((*session)->database());
            if ((*session)->audit().append(store::audit::PinChange, QStringLiteral("vault"), 0))
                (void)tx.commit();
        }
    }
    std::fprintf(stderr, "saisiectl: PIN changed.\n");
    return Ok;
}

int recover(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("profile"), QStringLiteral("recovery-key"),
                                         QStringLiteral("recovery-public-key")},
                                        {},
                                        {}});
    if (!args)
        return Context::fail(args.error());
    if (!args->has(QStringLiteral("recovery-key")) || !args->has(QStringLiteral("recovery-public-key")))
        return Context::usage(QStringLiteral("profile recover needs --recovery-key FILE and --recovery-public-key FILE."));
    auto vault = context.selectProfile(*args);
    if (!vault)
        return Context::fail(vault.error());
    auto secret = readKeyFile(args->value(QStringLiteral("recovery-key")), crypto_box_SECRETKEYBYTES);
    auto publicKey = readKeyFile(args->value(QStringLiteral("recovery-public-key")), crypto_box_PUBLICKEYBYTES);
    if (!secret)
        return Context::fail(secret.error());
    if (!publicKey)
        return Context::fail(publicKey.error());
    SecureBuffer secretKey = SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(secret->constData()),
                                                  size_t(secret->size()));
    secret->fill('\0');
    auto newPin = readNewPin();
    if (!newPin)
        return Context::fail(newPin.error());
    if (Status s = vault->recoverWithEscrow(secretKey, *publicKey, *newPin); !s)
        return Context::fail(s.error());
    std::fprintf(stderr, "saisiectl: vault recovered; the new PIN is set.\n");
    return Ok;
}
} // namespace

int profileCommand(Context &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("create"))
        return create(context, rest);
    if (sub == QLatin1String("list"))
        return list(context, rest);
    if (sub == QLatin1String("pin"))
        return changePin(context, rest);
    if (sub == QLatin1String("recover"))
        return recover(context, rest);
    return Context::usage(QStringLiteral("Use 'profile create', 'profile list', 'profile pin' or 'profile recover'."));
}

int unlockCommand(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("profile")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    const auto &settings = (*session)->database().settings();
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("unlocked"), true},
                                             {QStringLiteral("vaultId"), (*session)->vaultId()},
                                             {QStringLiteral("cipherVersion"), settings.cipherVersion},
                                             {QStringLiteral("problems"), QJsonArray::fromStringList((*session)->openProblems())}}));
    return Ok;
}

int keygenCommand(Context &, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("out-dir")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    if (!args->has(QStringLiteral("out-dir")))
        return Context::usage(QStringLiteral("keygen-recovery needs --out-dir DIR."));
    const QString dir = args->value(QStringLiteral("out-dir"));
    const QString pubPath = dir + QStringLiteral("/recovery.pub");
    const QString secPath = dir + QStringLiteral("/recovery.key");
    if (QFile::exists(pubPath) || QFile::exists(secPath))
        return Context::fail(makeError(QStringLiteral("exists"),
                                       QStringLiteral("%1 already holds a recovery key pair; not overwriting it.").arg(dir)));
    ensureSodium();
    QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBuffer sk(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk.data());
    QDir().mkpath(dir);
    QFile pub(pubPath);
    QFile sec(secPath);
    if (!pub.open(QIODevice::WriteOnly) || !sec.open(QIODevice::WriteOnly))
        return Context::fail(makeError(QStringLiteral("io"), QStringLiteral("Cannot write into %1.").arg(dir)));
    sec.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    pub.write(pk.toBase64() + '\n');
    sec.write(QByteArray(reinterpret_cast<const char *>(sk.data()), int(sk.size())).toBase64() + '\n');
    std::fprintf(stderr, "saisiectl: wrote %s and %s. Keep the .key file offline, with the national recovery service.\n",
                 pubPath.toLocal8Bit().constData(), secPath.toLocal8Bit().constData());
    return Ok;
}

} // namespace saisie::cli
