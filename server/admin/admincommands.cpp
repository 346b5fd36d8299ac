#include "admin/admincommands.h"

#include "admin/adminsupport.h"

namespace saisie::server {

namespace {
struct Command {
    const char *name;
    QList<admin::OptionSpec> options;
    int maxPositional;
    int (*run)(const admin::ParsedArgs &, QTextStream &, QTextStream &);
};

const QList<Command> &commands()
{
    using admin::OptionSpec;
    static const QList<Command> list = {
        {"init",
         {{QStringLiteral("data")}, {QStringLiteral("url")}, {QStringLiteral("tls-cert")}, {QStringLiteral("tls-key")},
          {QStringLiteral("ca-certs")}, {QStringLiteral("backup-pin"), true, true}, {QStringLiteral("store")},
          {QStringLiteral("listen")}},
         0, admin::runInit},
        {"enrol",
         {{QStringLiteral("data")}, {QStringLiteral("unit")}, {QStringLiteral("expires")}, {QStringLiteral("device")},
          {QStringLiteral("json"), false}},
         0, admin::runEnrol},
        {"devices", {{QStringLiteral("data")}, {QStringLiteral("json"), false}}, 0, admin::runDevices},
        {"revoke",
         {{QStringLiteral("data")}, {QStringLiteral("suspend"), false}, {QStringLiteral("reactivate"), false},
          {QStringLiteral("by")}},
         1, admin::runRevoke},
        {"show-record", {{QStringLiteral("data")}, {QStringLiteral("version")}}, 1, admin::runShowRecord},
    };
    return list;
}
} // namespace

bool isAdminCommand(const QString &command)
{
    for (const Command &c : commands()) {
        if (command == QLatin1String(c.name))
            return true;
    }
    return false;
}

int runAdminCommand(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    for (const Command &c : commands()) {
        if (command != QLatin1String(c.name))
            continue;
        QString error;
        const auto parsed = admin::parseArgs(args, c.options, c.maxPositional, &error);
        if (!parsed)
            return admin::fail(err, command, error, admin::kUsage);
        if (!parsed->has(QStringLiteral("data")))
            return admin::fail(err, command, QStringLiteral("--data DIR is required"), admin::kUsage);
        const int code = c.run(*parsed, out, err);
        out.flush();
        err.flush();
        return code;
    }
    return admin::fail(err, command, QStringLiteral("unknown command"), admin::kUsage);
}

} // namespace saisie::server
