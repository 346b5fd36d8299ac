#pragma once
// What the administration subcommands share: a strict option parser (unknown options are refused,
// never ignored) and the loading of DIR's configuration, signing key and store.
#include "config/serverconfig.h"
#include "store/serverstore.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace saisie::server::admin {

struct OptionSpec {
    QString name;        // without the leading "--"
    bool takesValue = true;
    bool repeatable = false;
};

struct ParsedArgs {
    QHash<QString, QStringList> options; // flags map to an empty list
    QStringList positional;
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name).value(0); }
};

/// "--name value" or "--name=value"; nullopt with a one-line `error` on anything else.
std::optional<ParsedArgs> parseArgs(const QStringList &args, const QList<OptionSpec> &spec, int maxPositional,
                                    QString *error);

/// Exit codes.
inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

/// Prints "saisie-server COMMAND: message" on `err` and returns `code`.
int fail(QTextStream &err, const QString &command, const QString &message, int code);

struct Loaded {
    ServerConfig config;
    std::unique_ptr<ServerStore> store;
};
/// Reads DIR/server.json and opens its store.
Expected<Loaded> loadServer(const QString &directory);

/// RFC 3339 UTC with milliseconds, `seconds` from now.
QString utcTextIn(qint64 seconds);

int runInit(const ParsedArgs &args, QTextStream &out, QTextStream &err);
int runEnrol(const ParsedArgs &args, QTextStream &out, QTextStream &err);
int runDevices(const ParsedArgs &args, QTextStream &out, QTextStream &err);
int runRevoke(const ParsedArgs &args, QTextStream &out, QTextStream &err);
int runShowRecord(const ParsedArgs &args, QTextStream &out, QTextStream &err);

} // namespace saisie::server::admin
