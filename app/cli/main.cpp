// saisiectl: headless access to officer vaults for administrators, scripts and tests.
#include "context.h"

#include "vault/database.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

using namespace saisie::cli;

namespace {
struct Entry {
    const char *name;
    Command run;
    const char *help;
};

const Entry kCommands[] = {
    {"profile", profileCommand, "profile create --alias A [--kdf moderate] [--max-attempts 10] [--escrow-key PUB]\n"
                                "            profile list | profile pin | profile recover --recovery-key K --recovery-public-key P"},
    {"unlock", unlockCommand, "unlock                         check the PIN and open the vault"},
    {"add", addCommand, "add FILE|-                     save a new draft from a JSON document"},
    {"update", updateCommand, "update UUID FILE|-             replace the current draft"},
    {"attach", attachCommand, "attach UUID FILE --kind KIND [--caption C]"},
    {"finalize", finalizeCommand, "finalize UUID [--override PATH=REASON]...   sign the record"},
    {"amend", amendCommand, "amend UUID                     start a correcting version"},
    {"discard", discardCommand, "discard UUID --yes             delete an unsigned draft"},
    {"list", listCommand, "list [--search T] [--status S] [--from D] [--to D] [--limit N] [--offset N]"},
    {"show", showCommand, "show UUID [--version N]        the record as JSON, with its issues"},
    {"export", exportCommand, "export [--format json|csv] [--cen] [--uuid U]... [--out FILE]"},
    {"audit", auditCommand, "audit verify|list              check or print the hash-chained audit log"},
    {"check", checkCommand, "check                          page HMACs, quick_check, attachments, audit chain"},
    {"validate", validateCommand, "validate KIND VALUE            check an identifier (no vault needed)"},
    {"device", deviceCommand, "device enrol --qr FILE|- --national-ca PEMFILE [--code CODE] | device show"},
    {"sync", syncCommand, "sync [--until-idle] [--timeout S] | sync status | sync retry UUID [--version N]"},
    {"keygen-recovery", keygenCommand, "keygen-recovery --out-dir DIR  make a national recovery key pair"},
};

void printHelp(FILE *to)
{
    std::fprintf(to, "Usage: saisiectl [--data-dir DIR] COMMAND [options]\n"
                     "The PIN is read from the first line of standard input (never from arguments).\n"
                     "Select a profile with --profile ID|ALIAS when the device has more than one.\n\nCommands:\n");
    for (const Entry &e : kCommands)
        std::fprintf(to, "  %s\n", e.help);
    std::fprintf(to, "\nExit codes: 0 ok, 1 failure, 2 usage or bad input, 3 access denied, 4 invalid identifier, "
                     "5 damage found.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Saisie"));
    QCoreApplication::setApplicationName(QStringLiteral("saisie"));
    QStringList args = QCoreApplication::arguments().mid(1);

    QString dataRoot = qEnvironmentVariable("SAISIE_DATA_DIR");
    if (args.value(0) == QLatin1String("--data-dir")) {
        if (args.size() < 2)
            return Context::usage(QStringLiteral("--data-dir needs a directory."));
        dataRoot = args.at(1);
        args = args.mid(2);
    }
    if (dataRoot.isEmpty())
        dataRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    const QString command = args.value(0);
    if (command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help")) {
        printHelp(command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? Usage : Ok;
    }
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        std::printf("saisiectl %s, SQLCipher %s on SQLite %s\n", SAISIE_VERSION,
                    saisie::vault::Database::linkedCipherVersion().toLocal8Bit().constData(),
                    saisie::vault::Database::linkedSqliteVersion().toLocal8Bit().constData());
        return Ok;
    }
    for (const Entry &e : kCommands) {
        if (command == QLatin1String(e.name)) {
            Context context(dataRoot);
            return e.run(context, args.mid(1));
        }
    }
    return Context::usage(QStringLiteral("Unknown command \"%1\"; run 'saisiectl help'.").arg(command.left(40)));
}
