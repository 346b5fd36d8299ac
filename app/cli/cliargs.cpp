#include "cliargs.h"

namespace saisie::cli {

Expected<Args> Args::parse(const QStringList &arguments, const OptionSpec &spec)
{
    Args args;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositionals || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            args.m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (spec.flags.contains(name) && !hasInline) {
            args.m_flags.insert(name);
        } else if (spec.valued.contains(name)) {
            if (!hasInline && i + 1 >= arguments.size())
                return makeError(QStringLiteral("usage"), QStringLiteral("Option --%1 needs a value.").arg(name));
            if (args.m_values.contains(name) && !spec.repeated.contains(name))
                return makeError(QStringLiteral("usage"), QStringLiteral("Option --%1 was given twice.").arg(name));
            args.m_values[name] << (hasInline ? inlineValue : arguments.at(++i));
        } else {
            return makeError(QStringLiteral("usage"), QStringLiteral("Unknown option --%1 for this command.").arg(name));
        }
    }
    return args;
}

} // namespace saisie::cli
