#pragma once
// Many requests through one curl process (Debian's curl CLI): a -K config file with one block
// per request separated by `next`, so curl keeps one TLS connection alive across all of them.
// Every block repeats its per-transfer options (curl resets them at `next`). For each request,
// curl's --write-out line gives the status, whether a new connection was opened and the
// Location header; bodies go to a file or /dev/null.
#include "common/expected.h"
#include "signer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saisie::bench::sync {

struct CurlOutcome
{
    int status = 0;        // 0: no HTTP answer (transport error)
    int newConnections = 0;
    QByteArray location;   // Location header, empty when absent
    double serverMs = 0;   // request start (connection ready) to the end of the answer
};

class CurlBatch
{
public:
    /// `origin` https://127.0.0.1:PORT.
    CurlBatch(QString origin, QString caPem);

    void add(const WireRequest &request);
    int size() const { return m_count; }

    /// Writes the config to `configPath` (0600: it holds signatures, never keys) and runs curl
    /// once. `wallMs` gets the time from process start to exit. Errors: curl missing, curl
    /// failing as a whole, or fewer result lines than requests.
    Expected<QList<CurlOutcome>> run(const QString &configPath, double *wallMs = nullptr);

    static QString curlVersion(); // first line of curl --version, empty when curl is missing

private:
    QString m_origin;
    QString m_caPem;
    QByteArray m_config;
    int m_count = 0;
};

/// "N of M requests answered 2xx" style summary: empty when every status is in `accepted`,
/// else a sentence naming the first offending request and its status.
QString checkStatuses(const QList<CurlOutcome> &outcomes, const QList<int> &accepted, const QString &what);

} // namespace saisie::bench::sync
