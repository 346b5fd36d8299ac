#include "curlbatch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace saisie::bench::sync {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("bench"), message); }

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

QByteArray option(const char *name, const QByteArray &value) { return QByteArray(name) + " = " + quoted(value) + '\n'; }
} // namespace

CurlBatch::CurlBatch(QString origin, QString caPem) : m_origin(std::move(origin)), m_caPem(std::move(caPem))
{
}

void CurlBatch::add(const WireRequest &request)
{
    QByteArray &c = m_config;
    if (m_count > 0)
        c += "next\n";
    c += option("url", m_origin.toUtf8() + request.target);
    c += option("request", request.method);
    c += option("cacert", QFile::encodeName(m_caPem));
    c += "http1.1\nsilent\nshow-error\n";
    if (!request.bodyFile.isEmpty())
        c += option("upload-file", QFile::encodeName(request.bodyFile));
    // curl would otherwise wait for "100 Continue" before each body of 1 MiB or more.
    c += option("header", "Expect:");
    for (const auto &[name, value] : request.headers)
        c += option("header", name + ": " + value);
    c += option("output", request.output.isEmpty() ? QByteArrayLiteral("/dev/null") : QFile::encodeName(request.output));
    c += option("write-out", "%{http_code} %{num_connects} %{time_pretransfer} %{time_total} %header{location}\\n");
    ++m_count;
}

Expected<QList<CurlOutcome>> CurlBatch::run(const QString &configPath, double *wallMs)
{
    {
        QFile f(configPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(m_config) != m_config.size())
            return fail(QStringLiteral("cannot write %1").arg(configPath));
    }
    QProcess curl;
    QElapsedTimer t;
    t.start();
    // -q: no ~/.curlrc, so the figures do not depend on whoever runs the benchmark.
    curl.start(QStringLiteral("curl"), {QStringLiteral("-q"), QStringLiteral("-K"), configPath});
    if (!curl.waitForStarted(10000))
        return fail(QStringLiteral("cannot start curl: %1 (install Debian's curl package)").arg(curl.errorString()));
    QByteArray out;
    while (!curl.waitForFinished(1000)) {
        out += curl.readAllStandardOutput();
        if (curl.state() == QProcess::NotRunning)
            break;
    }
    out += curl.readAllStandardOutput();
    if (wallMs)
        *wallMs = double(t.nsecsElapsed()) / 1e6;
    const QByteArray err = curl.readAllStandardError();
    QList<CurlOutcome> outcomes;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(' ');
        CurlOutcome o;
        o.status = f.value(0).toInt();
        o.newConnections = f.value(1).toInt();
        o.serverMs = (f.value(3).toDouble() - f.value(2).toDouble()) * 1000.0;
        o.location = f.value(4).trimmed();
        outcomes.append(o);
    }
    if (curl.exitStatus() != QProcess::NormalExit || outcomes.size() != m_count)
        return fail(QStringLiteral("curl (exit %1) answered %2 of %3 requests: %4")
                        .arg(curl.exitCode())
                        .arg(outcomes.size())
                        .arg(m_count)
                        .arg(QString::fromLocal8Bit(err.left(2000).trimmed())));
    return outcomes;
}

QString CurlBatch::curlVersion()
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--version")});
    if (!curl.waitForFinished(10000))
        return {};
    return QString::fromLocal8Bit(curl.readAllStandardOutput().split('\n').value(0));
}

QString checkStatuses(const QList<CurlOutcome> &outcomes, const QList<int> &accepted, const QString &what)
{
    int bad = 0;
    QString first;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (accepted.contains(outcomes[i].status))
            continue;
        if (bad++ == 0)
            first = QStringLiteral("request %1 answered %2").arg(i + 1).arg(outcomes[i].status);
    }
    if (bad == 0)
        return {};
    return QStringLiteral("%1: %2 of %3 requests were not accepted (first: %4; see the server log)")
        .arg(what)
        .arg(bad)
        .arg(outcomes.size())
        .arg(first);
}

} // namespace saisie::bench::sync
