#include "enginerun.h"

#include "store/outbox.h"
#include "sync/attachmentuploader.h"
#include "sync/enrolmentclient.h"
#include "sync/enrolmentqr.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <optional>

namespace saisie::bench::sync {

namespace {
Error fail(const QString &message) { return makeError(QStringLiteral("bench"), message); }
} // namespace

Status enrolDevice(const QString &deviceDir, const QByteArray &qrPayload, const QString &caPem)
{
    QFile pemFile(caPem);
    if (!pemFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(caPem));
    auto cas = saisie::sync::parseNationalCas(pemFile.readAll());
    if (!cas)
        return cas.error();
    auto qr = saisie::sync::parseEnrolmentQr(qrPayload.trimmed(), *cas);
    if (!qr)
        return qr.error();
    QList<QByteArray> pems;
    for (const QSslCertificate &c : std::as_const(*cas))
        pems << c.toPem();
    saisie::sync::EnrolmentClient client(deviceDir, pems);
    QEventLoop loop;
    std::optional<Expected<QString>> result;
    client.enrol(*qr, saisie::sync::ClientInfo::current(QStringLiteral("bench")), [&](Expected<QString> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return fail(QStringLiteral("no answer to the enrolment within 60 s"));
    if (!result->ok())
        return result->error();
    return success();
}

Expected<EngineRun> runEngine(const QString &deviceDir, store::Session &session, int records, int timeoutMs)
{
    store::Outbox outbox(session.database(), session.audit());
    const auto before = outbox.counts();
    if (!before)
        return fail(QStringLiteral("outbox: %1").arg(before.error().message));

    saisie::sync::SyncEngine engine(deviceDir, session);
    // A remote wipe would shred every vault under the data root: point it at an empty directory.
    const QString dataRoot = deviceDir + QStringLiteral("/no-profiles");
    QDir().mkpath(dataRoot);
    engine.setDataRoot(dataRoot);
    engine.setAppVersion(QStringLiteral("bench"));

    EngineRun run;
    QElapsedTimer t;
    QEventLoop loop;
    QString failure;
    QObject::connect(&engine, &saisie::sync::SyncEngine::recordStateChanged, &loop,
                     [&](const QUuid &, int, saisie::sync::DeliveryState state) {
                         if (state == saisie::sync::DeliveryState::Delivered)
                             run.ackMs.append(double(t.nsecsElapsed()) / 1e6);
                     });
    QObject::connect(&engine, &saisie::sync::SyncEngine::wiped, &loop, [&] {
        failure = QStringLiteral("the server ordered a wipe");
        loop.quit();
    });
    // The engine retries failures with backoff; here the first failure ends the run, so a
    // figure never silently includes retries.
    QObject::connect(&engine, &saisie::sync::SyncEngine::cycleFinished, &loop, [&] {
        auto c = outbox.counts();
        if (!c) {
            failure = c.error().message;
        } else if (c->pending == 0 && c->parked == 0) {
            run.wallMs = double(t.nsecsElapsed()) / 1e6;
        } else if (c->parked > 0) {
            failure = QStringLiteral("%1 record(s) parked: %2").arg(c->parked).arg(engine.lastError());
        } else if (!engine.lastError().isEmpty()) {
            failure = QStringLiteral("%1 record(s) still pending: %2").arg(c->pending).arg(engine.lastError());
        } else {
            return; // nothing failed, more is due: keep going
        }
        loop.quit();
    });
    bool timedOut = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    t.start();
    engine.start();
    engine.syncNow();
    loop.exec();

    if (timedOut)
        return fail(QStringLiteral("the engine had not delivered every record after %1 s (%2 delivered)")
                        .arg(timeoutMs / 1000)
                        .arg(run.ackMs.size()));
    if (!failure.isEmpty())
        return fail(failure);
    const auto after = outbox.counts();
    if (!after)
        return fail(QStringLiteral("outbox: %1").arg(after.error().message));
    run.delivered = after->delivered - before->delivered;
    if (run.delivered != records)
        return fail(QStringLiteral("the engine delivered %1 records, %2 expected").arg(run.delivered).arg(records));
    return run;
}

qint64 engineChunkBytes() { return saisie::sync::AttachmentUploader::kDefaultChunk; }

} // namespace saisie::bench::sync
