#include "sync/syncengine.h"

#include "protocol/encoding.h"
#include "sync/deviceidentity.h"
#include "sync/recorduploader.h"
#include "sync/remotewipe.h"
#include "sync/retrypolicy.h"
#include "sync/syncjob.h"
#include "sync/synclog.h"
#include "sync/syncmessages.h"
#include "sync/transport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QSet>
#include <QSysInfo>
#include <QTimer>
#include <optional>

namespace saisie::sync {

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued: return store::outboxstate::Queued;
    case DeliveryState::UploadingRecord: return store::outboxstate::UploadingRecord;
    case DeliveryState::UploadingAttachments: return store::outboxstate::UploadingAttachments;
    case DeliveryState::Delivered: return store::outboxstate::Delivered;
    case DeliveryState::Parked: return store::outboxstate::Parked;
    }
    return store::outboxstate::Queued;
}

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
constexpr int kSuspendedWaitMs = 15 * 60 * 1000;
} // namespace

class SyncEngine::Private
{
public:
    Private(SyncEngine *engine, QString dir, store::Session &s)
        : q(engine), deviceDir(std::move(dir)), session(s), outbox(s.database(), s.audit())
    {
        dataRoot = QFileInfo(deviceDir).absolutePath();
    }

    SyncEngine *q;
    QString deviceDir;
    QString dataRoot;
    QString appVersion = QStringLiteral("0.1.0");
    store::Session &session;
    store::Outbox outbox;
    std::optional<DeviceIdentity> identity;
    State state = State::NotEnrolled;
    QString lastError;
    SyncProgress progress;
    int pending = 0;
    bool holdPhotos = false;
    int idleMs = 5 * 60 * 1000;
    QTimer timer;
    qint64 nextRunAt = 0;
    qint64 backoffUntil = 0;    // after a failure; "Sync now" and reachability may shorten it
    qint64 serverHoldUntil = 0; // Retry-After: never shortened
    bool forced = false;
    bool wiping = false;
    QSet<QPair<QUuid, int>> held; // photos held on a metered network until the cycle ends
    UniformRandom random = systemRandom();
    QNetworkInformation *network = nullptr;
    // Declared before the transport so the transport (and its callbacks) goes first on destruction.
    std::unique_ptr<RecordUploader> job;
    std::unique_ptr<Transport> transport;

    bool loadIdentity();
    void setState(State s);
    void setLastError(const QString &text);
    void refreshCounts();
    void schedule(qint64 delayMs);
    void cycle();
    void runJob(const store::OutboxEntry &entry);
    void onJobDone(const store::OutboxEntry &entry, const JobOutcome &outcome);
    void failed(const store::OutboxEntry &entry, const JobOutcome &outcome);
    void handleRevoked(const store::OutboxEntry &entry, const JobOutcome &outcome);
    bool metered() const { return network && network->isMetered(); }
};

bool SyncEngine::Private::loadIdentity()
{
    if (identity)
        return true;
    auto loaded = DeviceIdentity::load(deviceDir);
    if (!loaded) {
        if (loaded.error().code != QLatin1String("not_enrolled"))
            setLastError(loaded.error().message);
        return false;
    }
    identity.emplace(std::move(*loaded));
    TransportConfig config;
    config.origin = identity->origin;
    config.caCertificates = identity->nationalCas();
    config.pins = identity->pins;
    config.deviceId = identity->deviceId;
    config.deviceSecret = SecureBuffer::copyOf(identity->deviceSecret.data(), identity->deviceSecret.size());
    config.userAgent = QStringLiteral("Saisie/%1 (%2)").arg(appVersion, QSysInfo::prettyProductName().left(60));
    transport = std::make_unique<Transport>(std::move(config));
    QObject::connect(transport.get(), &Transport::securityEvent, q, [](const QString &code) {
        qCWarning(lcSync) << "security event:" << code;
    });
    return true;
}

void SyncEngine::Private::setState(State s)
{
    if (state == s)
        return;
    state = s;
    emit q->stateChanged();
}

void SyncEngine::Private::setLastError(const QString &text)
{
    if (lastError == text)
        return;
    lastError = text;
    emit q->lastErrorChanged();
}

void SyncEngine::Private::refreshCounts()
{
    if (wiping)
        return;
    auto counts = outbox.counts();
    const int n = counts ? counts->pending + counts->parked : pending;
    if (n != pending) {
        pending = n;
        emit q->pendingCountChanged();
    }
}

void SyncEngine::Private::schedule(qint64 delayMs)
{
    delayMs = qBound<qint64>(0, delayMs, qint64(24) * 3600 * 1000);
    nextRunAt = nowMs() + delayMs;
    timer.start(int(delayMs));
}

void SyncEngine::Private::cycle()
{
    if (job || wiping)
        return;
    if (!loadIdentity()) {
        setState(State::NotEnrolled);
        schedule(idleMs);
        emit q->cycleFinished();
        return;
    }
    refreshCounts();
    auto entries = outbox.pending(true);
    if (!entries) {
        setLastError(entries.error().message);
        schedule(idleMs);
        emit q->cycleFinished();
        return;
    }
    const qint64 t = nowMs();
    qint64 due = t + idleMs;
    bool waiting = false;
    QSet<QUuid> seen;
    for (const store::OutboxEntry &e : std::as_const(*entries)) {
        // Only the oldest undelivered version of a record may go: the server needs n-1 first.
        if (seen.contains(e.uuid))
            continue;
        seen.insert(e.uuid);
        if (e.state == store::outboxstate::Parked || held.contains({e.uuid, e.version}))
            continue;
        qint64 notBefore = qMax(e.holdUntil, serverHoldUntil);
        if (!forced)
            notBefore = qMax(notBefore, qMax(e.nextAttemptAt, backoffUntil));
        if (notBefore > t) {
            waiting = true;
            due = qMin(due, notBefore);
            continue;
        }
        return runJob(e);
    }
    forced = false;
    held.clear();
    progress = SyncProgress{};
    emit q->progressChanged();
    if (state != State::Offline || !waiting)
        setState(waiting ? State::Waiting : State::Idle);
    schedule(due - t);
    emit q->cycleFinished();
}

void SyncEngine::Private::runJob(const store::OutboxEntry &entry)
{
    setState(State::Syncing);
    JobContext context{*transport, session, outbox, identity->deviceId, protocol::keyIdOf(session.signingPublicKey()),
                       identity->currentServerKeys(), holdPhotos && metered(),
                       [this](const SyncProgress &p) {
                           progress = p;
                           emit q->progressChanged();
                       }};
    job = std::make_unique<RecordUploader>(std::move(context), entry);
    emit q->recordStateChanged(entry.uuid, entry.version, DeliveryState::UploadingRecord);
    // Completion is always delivered from the event loop, never inside the job's own call stack.
    job->start([this, entry](JobOutcome outcome) {
        QMetaObject::invokeMethod(q, [this, entry, outcome] { onJobDone(entry, outcome); }, Qt::QueuedConnection);
    });
}

void SyncEngine::Private::onJobDone(const store::OutboxEntry &entry, const JobOutcome &outcome)
{
    job.reset();
    if (wiping || outcome.result.error == NetError::Cancelled)
        return;
    switch (outcome.kind) {
    case JobOutcome::Delivered:
        qCInfo(lcSync) << "delivered" << entry.uuid << entry.version;
        backoffUntil = 0;
        setLastError({});
        emit q->recordStateChanged(entry.uuid, entry.version, DeliveryState::Delivered);
        break;
    case JobOutcome::Park:
        qCWarning(lcSync) << "parked" << entry.uuid << entry.version << outcome.code;
        (void)outbox.park(entry.uuid, entry.version, outcome.code);
        setLastError(messageFor(outcome.code));
        emit q->recordStateChanged(entry.uuid, entry.version, DeliveryState::Parked);
        break;
    case JobOutcome::Held:
        held.insert({entry.uuid, entry.version});
        emit q->recordStateChanged(entry.uuid, entry.version, DeliveryState::Queued);
        break;
    case JobOutcome::Revoked:
        return handleRevoked(entry, outcome);
    default:
        failed(entry, outcome);
        break;
    }
    refreshCounts();
    schedule(0);
}

void SyncEngine::Private::failed(const store::OutboxEntry &entry, const JobOutcome &outcome)
{
    // §13.4: a receipt that fails again on the next cycle goes to a person.
    if (outcome.receiptRejected && entry.lastError == outcome.code) {
        JobOutcome park = outcome;
        park.kind = JobOutcome::Park;
        (void)outbox.park(entry.uuid, entry.version, outcome.code);
        setLastError(messageFor(outcome.code));
        emit q->recordStateChanged(entry.uuid, entry.version, DeliveryState::Parked);
        return;
    }
    const qint64 t = nowMs();
    qint64 delay = retryDelayMs(entry.attempts, outcome.result, random);
    if (outcome.kind == JobOutcome::Security)
        delay = idleMs; // certificate or pin failure: the next cycle, not a fast retry (§18.1)
    else if (outcome.kind == JobOutcome::Suspended)
        delay = kSuspendedWaitMs;
    qint64 hold = 0;
    if (outcome.result.retryAfterSeconds) {
        hold = t + *outcome.result.retryAfterSeconds * 1000;
        serverHoldUntil = qMax(serverHoldUntil, hold);
    }
    (void)outbox.recordFailure(entry.uuid, entry.version, outcome.code, t + delay, hold);
    backoffUntil = t + delay;
    forced = false;
    qCInfo(lcSync) << "attempt failed" << entry.uuid << entry.version << outcome.code << "next in" << delay << "ms";
    setLastError(messageFor(outcome.code));
    const bool offline = outcome.result.error == NetError::Network || outcome.result.error == NetError::Timeout;
    setState(offline ? State::Offline : State::Waiting);
    emit q->recordStateChanged(entry.uuid, entry.version, DeliveryState::Queued);
}

void SyncEngine::Private::handleRevoked(const store::OutboxEntry &entry, const JobOutcome &outcome)
{
    auto instruction = verifyWipeInstruction(outcome.result.errorObject, *identity);
    if (!instruction) {
        // §16.2: a 403 we cannot verify destroys nothing; it is a transient failure.
        qCWarning(lcSync) << "security: unverifiable revocation answer ignored";
        JobOutcome transient = outcome;
        transient.kind = JobOutcome::Retry;
        transient.code = instruction.error().code;
        failed(entry, transient);
        refreshCounts();
        schedule(0);
        return;
    }
    wiping = true;
    timer.stop();
    setState(State::Revoked);
    const int shredded = shredAllVaults(dataRoot);
    const QJsonObject ack{{QStringLiteral("wipeId"), instruction->wipeId},
                          {QStringLiteral("completedAt"), QDateTime::currentDateTime().toOffsetFromUtc(
                               QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODateWithMs)},
                          {QStringLiteral("vaultsShredded"), shredded}};
    SyncRequest w1 = jsonRequest("POST", "/v1/device/wipe-ack", QJsonDocument(ack).toJson(QJsonDocument::Compact));
    transport->send(w1, [this](SyncResult r) {
        qCInfo(lcSync) << "wipe acknowledgement" << (r.success() ? "accepted" : "not delivered");
        (void)DeviceIdentity::shred(deviceDir);
        QMetaObject::invokeMethod(q, [this] {
            identity.reset();
            transport.reset();
            setLastError(messageFor(QStringLiteral("device_revoked")));
            emit q->wiped();
        }, Qt::QueuedConnection);
    });
}

SyncEngine::SyncEngine(QString deviceDir, store::Session &session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(deviceDir), session))
{
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->cycle(); });
}

SyncEngine::~SyncEngine() = default;

SyncEngine::State SyncEngine::state() const { return d->state; }
QString SyncEngine::lastError() const { return d->lastError; }
int SyncEngine::pendingCount() const { return d->pending; }
SyncProgress SyncEngine::progress() const { return d->progress; }

int SyncEngine::secondsUntilNextAttempt() const
{
    if (d->job || !d->timer.isActive())
        return 0;
    return int(qMax<qint64>(0, d->nextRunAt - nowMs()) / 1000);
}

void SyncEngine::start()
{
    if (!d->network && (QNetworkInformation::instance() ||
                        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))) {
        d->network = QNetworkInformation::instance();
        // A hint only (often no backend): coming online shortens the wait, never forces past Retry-After.
        connect(d->network, &QNetworkInformation::reachabilityChanged, this, [this](auto reachability) {
            if (reachability == QNetworkInformation::Reachability::Online) {
                d->backoffUntil = 0;
                if (!d->job && !d->wiping)
                    d->schedule(0);
            }
        });
        connect(d->network, &QNetworkInformation::isMeteredChanged, this, [this] { d->held.clear(); });
    }
    d->refreshCounts();
    d->schedule(0);
}

void SyncEngine::syncNow()
{
    if (d->wiping)
        return;
    d->forced = true;
    d->held.clear();
    if (!d->job)
        d->schedule(0);
}

void SyncEngine::setHoldPhotosOnMetered(bool hold) { d->holdPhotos = hold; }
void SyncEngine::setDataRoot(const QString &dataRoot) { d->dataRoot = dataRoot; }
void SyncEngine::setAppVersion(const QString &version) { d->appVersion = version; }
void SyncEngine::setIdleIntervalMs(int ms) { d->idleMs = qMax(1000, ms); }

} // namespace saisie::sync
