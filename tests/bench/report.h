#pragma once
// The benchmark's output: rows of metric | ours | baseline | ratio | target, printed as an
// aligned table and as Markdown, plus free-form notes. Ratios are "fraction of raw speed":
// ours/raw for rates, raw/ours for durations, so 1.00 means as fast as the baseline either way.
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

namespace saisie::bench {

struct Row
{
    QString metric;
    QString ours;
    QString baseline;
    QString ratio;
    QString target; // what is asked, plus "ok" / "MISS" when it can be judged
};

class Report
{
public:
    void add(Row row) { m_rows.append(std::move(row)); }
    void note(const QString &line);
    /// A functional failure (not a slow figure): the run exits non-zero.
    void fail(const QString &what);
    bool failed() const { return !m_failures.isEmpty(); }
    const QStringList &failures() const { return m_failures; }

    void printTable() const;
    void printMarkdown() const;
    void printNotes() const;

private:
    QList<Row> m_rows;
    QStringList m_notes;
    QStringList m_failures;
};

/// Progress and phase timings to stderr, so stdout stays the report.
void progress(const QString &line);

// ---- numbers ----------------------------------------------------------------------------------
double median(QList<double> values);
/// Nearest-rank percentile (p in 0..100) of unsorted values.
double percentile(QList<double> values, double p);
inline double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }
/// User + system CPU time of this process so far (getrusage), in ms.
double cpuMs();

QString fmt(double value, int decimals);
QString ratioText(double ratio);
/// "0.93  ok" when ratio >= min, else "0.93  MISS".
QString judgeAtLeast(double value, double min, const QString &target);
QString judgeAtMost(double value, double max, const QString &target);

} // namespace saisie::bench
