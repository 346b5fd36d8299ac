#include "admin/adminsupport.h"

#include <QDateTime>
#include <algorithm>

namespace saisie::server::admin {

std::optional<ParsedArgs> parseArgs(const QStringList &args, const QList<OptionSpec> &spec, int maxPositional,
                                    QString *error)
{
    ParsedArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (parsed.positional.size() >= maxPositional) {
                *error = QStringLiteral("unexpected argument \"%1\"").arg(arg);
                return std::nullopt;
            }
            parsed.positional.append(arg);
            continue;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const auto it = std::find_if(spec.begin(), spec.end(), [&](const OptionSpec &o) { return o.name == name; });
        if (it == spec.end()) {
            *error = QStringLiteral("unknown option --%1").arg(name);
            return std::nullopt;
        }
        if (parsed.has(name) && !it->repeatable) {
            *error = QStringLiteral("--%1 given twice").arg(name);
            return std::nullopt;
        }
        if (!it->takesValue) {
            if (eq >= 0) {
                *error = QStringLiteral("--%1 takes no value").arg(name);
                return std::nullopt;
            }
            parsed.options.insert(name, {});
            continue;
        }
        QString value;
        if (eq >= 0) {
            value = arg.mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            *error = QStringLiteral("--%1 needs a value").arg(name);
            return std::nullopt;
        }
        if (value.isEmpty()) {
            *error = QStringLiteral("--%1 needs a non-empty value").arg(name);
            return std::nullopt;
        }
        parsed.options[name].append(value);
    }
    return parsed;
}

int fail(QTextStream &err, const QString &command, const QString &message, int code)
{
    err << "saisie-server " << command << ": " << message << '\n';
    err.flush();
    return code;
}

Expected<Loaded> loadServer(const QString &directory)
{
    auto config = ServerConfig::load(directory);
    if (!config)
        return config.error();
    auto store = openServerStore(config->store);
    if (!store)
        return store.error();
    return Loaded{std::move(*config), std::move(*store)};
}

QString utcTextIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

} // namespace saisie::server::admin
