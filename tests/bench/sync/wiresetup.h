#pragma once
// Protocol requests the benchmark prepares itself for curl: the audit chain (A2, A1), record
// uploads (R1), upload creation (U1), chunks (U4) and receipts (R2). Bodies are written to files
// (curl uploads them as they are). Requests are signed only when their curl process starts, and
// one process gets at most kPerProcess of them, so none outlives the server's 300 s window.
#include "common/expected.h"
#include "curlbatch.h"
#include "signer.h"
#include "store/auditlog.h"
#include "vaultfixture.h"

#include <QList>
#include <QString>

namespace saisie::bench::sync {

class WireSetup
{
public:
    /// `workDir` receives request bodies, responses and curl config files.
    WireSetup(const Signer &signer, QString origin, QString caPem, QString workDir);

    static constexpr int kPerProcess = 1000;

    struct Sent
    {
        QList<CurlOutcome> outcomes; // one per request, in order
        double wallMs = 0;           // sum over the curl processes (signing excluded)
        int processes = 0;
    };
    QString path(const QString &name) const { return m_work + QLatin1Char('/') + name; }

    /// A2 for the server's head, then A1 segments (<= 1000 events) up to the local head, so that
    /// R1 of records finalized after the engine's last cycle passes the audit check (§11.2 step 7).
    /// A server that does not serve A2 yet (404) gets no chain; auditServed() then says false.
    Status uploadAuditChain(store::AuditLog &audit);
    bool auditServed() const { return m_auditServed; }

    // The builders below return unsigned requests (send() signs them).
    /// R1 with every attachment declared pending. The body goes to bodies/<tag>-r1-<n>.json.
    Expected<WireRequest> recordRequest(const SignedRecord &record, const QString &tag, int n) const;
    /// U1 for one attachment of a received record.
    Expected<WireRequest> uploadRequest(const SignedRecord &record, const AttachmentRef &attachment,
                                        const QString &tag, int n) const;
    /// U4: one chunk from a file holding exactly that chunk.
    WireRequest chunkRequest(const QByteArray &uploadId, qint64 offset, const QString &chunkFile,
                             const QByteArray &chunkSha256) const;
    /// R2.
    WireRequest receiptRequest(const SignedRecord &record) const;

    /// Signs and sends `requests` through curl, kPerProcess per process; every answer must have
    /// a status in `accepted`. `what` names the step in errors and config file names.
    Expected<Sent> send(QList<WireRequest> requests, const QString &what, const QList<int> &accepted) const;

private:
    Expected<WireRequest> jsonRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                      const QString &file) const;
    const Signer &m_signer;
    QString m_origin;
    QString m_caPem;
    QString m_work;
    bool m_auditServed = true;
};

} // namespace saisie::bench::sync
