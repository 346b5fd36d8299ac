#include "report.h"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace saisie::bench {

namespace {
void out(const QString &text) { std::fputs(text.toUtf8().constData(), stdout); }

QList<QStringList> cells(const QList<Row> &rows)
{
    QList<QStringList> table{{QStringLiteral("metric"), QStringLiteral("ours"), QStringLiteral("baseline"),
                              QStringLiteral("ratio"), QStringLiteral("target")}};
    for (const Row &r : rows)
        table.append({r.metric, r.ours, r.baseline, r.ratio, r.target});
    return table;
}
} // namespace

void Report::note(const QString &line) { m_notes.append(line); }

void Report::fail(const QString &what)
{
    m_failures.append(what);
    std::fprintf(stderr, "saisie-bench: FAILED: %s\n", what.toUtf8().constData());
}

void Report::printTable() const
{
    const QList<QStringList> table = cells(m_rows);
    QList<qsizetype> width(5, 0);
    for (const QStringList &line : table)
        for (int c = 0; c < 5; ++c)
            width[c] = std::max(width[c], line.at(c).size());
    auto rule = [&] {
        QString s;
        for (int c = 0; c < 5; ++c)
            s += QString(width[c] + 2, QLatin1Char('-')) + (c < 4 ? QStringLiteral("+") : QString());
        out(s + QLatin1Char('\n'));
    };
    for (int i = 0; i < table.size(); ++i) {
        QString s;
        for (int c = 0; c < 5; ++c) {
            // Text columns left-aligned, figures right-aligned.
            const QString cell = (c == 0 || c == 4) ? table[i][c].leftJustified(width[c])
                                                    : table[i][c].rightJustified(width[c]);
            s += QLatin1Char(' ') + cell + QLatin1Char(' ') + (c < 4 ? QStringLiteral("|") : QString());
        }
        out(s + QLatin1Char('\n'));
        if (i == 0)
            rule();
    }
}

void Report::printMarkdown() const
{
    const QList<QStringList> table = cells(m_rows);
    for (int i = 0; i < table.size(); ++i) {
        QStringList escaped;
        for (const QString &cell : table[i])
            escaped << QString(cell).replace(QLatin1Char('|'), QStringLiteral("\\|"));
        out(QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n"));
        if (i == 0)
            out(QStringLiteral("|---|---:|---:|---:|---|\n"));
    }
}

void Report::printNotes() const
{
    for (const QString &n : m_notes)
        out(QStringLiteral("  - ") + n + QLatin1Char('\n'));
    for (const QString &f : m_failures)
        out(QStringLiteral("  - FAILED: ") + f + QLatin1Char('\n'));
}

void progress(const QString &line)
{
    std::fprintf(stderr, "saisie-bench: %s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

double cpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    const auto ms = [](const timeval &tv) { return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

double median(QList<double> values) { return percentile(std::move(values), 50); }

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString fmt(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    return QString::number(value, 'f', decimals);
}

QString ratioText(double ratio)
{
    if (std::isnan(ratio))
        return QStringLiteral("n/a");
    // Two significant digits below 0.1, so a ratio of 1/1600 does not print as 0.00.
    return ratio < 0.1 ? QString::number(ratio, 'g', 2) : fmt(ratio, 2);
}

QString judgeAtLeast(double value, double min, const QString &target)
{
    return target + (value >= min ? QStringLiteral("  ok") : QStringLiteral("  MISS"));
}

QString judgeAtMost(double value, double max, const QString &target)
{
    return target + (value <= max ? QStringLiteral("  ok") : QStringLiteral("  MISS"));
}

} // namespace saisie::bench
