#include "wiresetup.h"

#include "model/canonicaljson.h"
#include "protocol/encoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saisie::bench::sync {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("bench"), message); }

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject wireEvent(const store::AuditEvent &e)
{
    return {{QStringLiteral("seq"), double(e.seq)},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("detail"), QString::fromUtf8(model::canonicalJson(e.detail))},
            {QStringLiteral("prevHash"), QString::fromLatin1(e.prevHash.toHex())},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())},
            {QStringLiteral("signature"), protocol::toBase64(e.signature)}};
}
} // namespace

WireSetup::WireSetup(const Signer &signer, QString origin, QString caPem, QString workDir)
    : m_signer(signer), m_origin(std::move(origin)), m_caPem(std::move(caPem)), m_work(std::move(workDir))
{
    QDir().mkpath(m_work + QStringLiteral("/bodies"));
}

Expected<WireRequest> WireSetup::jsonRequest(const QByteArray &method, const QByteArray &target,
                                             const QByteArray &body, const QString &file) const
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
        return fail(QStringLiteral("cannot write %1").arg(file));
    WireRequest r;
    r.method = method;
    r.target = target;
    r.contentType = "application/json";
    r.bodySha256 = protocol::sha256(body);
    r.bodyFile = file;
    return r;
}

Expected<WireSetup::Sent> WireSetup::send(QList<WireRequest> requests, const QString &what,
                                          const QList<int> &accepted) const
{
    Sent sent;
    for (qsizetype from = 0; from < requests.size(); from += kPerProcess) {
        CurlBatch batch(m_origin, m_caPem);
        for (qsizetype i = from; i < std::min<qsizetype>(from + kPerProcess, requests.size()); ++i) {
            m_signer.sign(requests[i]);
            batch.add(requests[i]);
        }
        double ms = 0;
        auto outcomes = batch.run(path(QStringLiteral("curl-%1-%2.conf").arg(what).arg(sent.processes)), &ms);
        if (!outcomes)
            return outcomes.error();
        sent.outcomes += *outcomes;
        sent.wallMs += ms;
        ++sent.processes;
    }
    if (const QString problem = checkStatuses(sent.outcomes, accepted, what); !problem.isEmpty())
        return fail(problem);
    return sent;
}

Status WireSetup::uploadAuditChain(store::AuditLog &audit)
{
    const QByteArray base = "/v1/vault-keys/" + m_signer.vaultKeyId().toLatin1() + "/audit";
    WireRequest headRequest;
    headRequest.method = "GET";
    headRequest.target = base + "/head";
    const QString headFile = path(QStringLiteral("a2-head.json"));
    headRequest.output = headFile;
    auto answered = send({headRequest}, QStringLiteral("A2"), {200, 404});
    if (!answered)
        return answered.error();
    if (answered->outcomes.first().status == 404) {
        m_auditServed = false; // this server iteration keeps no audit chain (R1 ignores auditRef)
        return success();
    }
    QFile f(headFile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(headFile));
    const qint64 serverHead =
        qint64(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("head")).toObject().value(QLatin1String("seq")).toDouble(-1));
    if (serverHead < 0)
        return fail(QStringLiteral("A2 answered without head.seq"));

    auto events = audit.events(serverHead + 1);
    if (!events)
        return fail(QStringLiteral("audit events: %1").arg(events.error().message));
    QList<WireRequest> a1;
    constexpr int kSegment = 1000; // protocol §2.4 maximum
    for (qsizetype from = 0; from < events->size(); from += kSegment) {
        QJsonArray segment;
        for (qsizetype i = from; i < std::min<qsizetype>(from + kSegment, events->size()); ++i)
            segment.append(wireEvent(events->at(i)));
        const QJsonObject body{{QStringLiteral("fromSeq"), double(events->at(from).seq)},
                               {QStringLiteral("events"), segment}};
        auto request = jsonRequest("POST", base, compact(body),
                                   path(QStringLiteral("bodies/a1-%1.json").arg(from / kSegment)));
        if (!request)
            return request.error();
        a1.append(*request);
    }
    if (a1.isEmpty())
        return success();
    if (auto ok = send(a1, QStringLiteral("A1"), {200}); !ok)
        return ok.error();
    return success();
}

Expected<WireRequest> WireSetup::recordRequest(const SignedRecord &record, const QString &tag, int n) const
{
    const store::SignedVersion &v = record.signedVersion;
    QJsonArray attachments;
    for (const AttachmentRef &a : record.attachments)
        attachments.append(QJsonObject{{QStringLiteral("id"), protocol::uuidText(a.id)},
                                       {QStringLiteral("sha256"), a.sha256Hex},
                                       {QStringLiteral("state"), QStringLiteral("pending")}});
    const QJsonObject body{
        {QStringLiteral("payload"), protocol::toBase64(v.payload)},
        {QStringLiteral("contentHash"), v.contentHash},
        {QStringLiteral("signature"), protocol::toBase64(v.signature)},
        {QStringLiteral("vaultKeyId"), m_signer.vaultKeyId()},
        {QStringLiteral("auditRef"), QJsonObject{{QStringLiteral("seq"), double(record.finalizeSeq)},
                                                 {QStringLiteral("hash"), QString::fromLatin1(record.finalizeHash.toHex())}}},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("deviceClockOffsetS"), 0}};
    auto r = jsonRequest("PUT",
                         "/v1/records/" + protocol::uuidText(v.uuid).toLatin1() + "/versions/" + QByteArray::number(v.version),
                         compact(body), path(QStringLiteral("bodies/%1-r1-%2.json").arg(tag).arg(n)));
    return r;
}

Expected<WireRequest> WireSetup::uploadRequest(const SignedRecord &record, const AttachmentRef &a, const QString &tag,
                                               int n) const
{
    const QJsonObject body{{QStringLiteral("recordUuid"), protocol::uuidText(record.signedVersion.uuid)},
                           {QStringLiteral("attachmentId"), protocol::uuidText(a.id)},
                           {QStringLiteral("sha256"), a.sha256Hex},
                           {QStringLiteral("length"), double(a.size)},
                           {QStringLiteral("mimeType"), QStringLiteral("image/jpeg")}};
    auto r = jsonRequest("POST", "/v1/uploads", compact(body), path(QStringLiteral("bodies/%1-u1-%2.json").arg(tag).arg(n)));
    return r;
}

WireRequest WireSetup::chunkRequest(const QByteArray &uploadId, qint64 offset, const QString &chunkFile,
                                    const QByteArray &chunkSha256) const
{
    WireRequest r;
    r.method = "PATCH";
    r.target = "/v1/uploads/" + uploadId;
    r.contentType = "application/offset+octet-stream";
    r.uploadOffset = QByteArray::number(offset);
    r.bodySha256 = chunkSha256;
    r.bodyFile = chunkFile;
    return r;
}

WireRequest WireSetup::receiptRequest(const SignedRecord &record) const
{
    WireRequest r;
    r.method = "GET";
    r.target = "/v1/records/" + protocol::uuidText(record.signedVersion.uuid).toLatin1() + "/versions/"
               + QByteArray::number(record.signedVersion.version) + "/receipt";
    return r;
}

} // namespace saisie::bench::sync
