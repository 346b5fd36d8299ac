#pragma once
// A small, strict argument parser for saisiectl: "--name value", "--flag", positionals.
// Unknown options are errors, so a typo never silently changes what a command does.
#include "common/expected.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace saisie::cli {

struct OptionSpec {
    QSet<QString> valued;   // options that take a value, e.g. "profile"
    QSet<QString> flags;    // options without a value, e.g. "cen"
    QSet<QString> repeated; // valued options that may appear more than once
};

class Args
{
public:
    static Expected<Args> parse(const QStringList &arguments, const OptionSpec &spec);

    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, {fallback}).last(); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    const QStringList &positionals() const { return m_positionals; }

private:
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positionals;
};

} // namespace saisie::cli
