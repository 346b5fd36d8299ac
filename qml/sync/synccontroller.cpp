#include "synccontroller.h"

#include "synctext.h"
#include "unlock/sessioncontroller.h"

#include "store/outbox.h"
#include "store/session.h"
#include "sync/enrolmentclient.h"
#include "sync/syncengine.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QRegularExpression>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSyncUi, "saisie.gui.sync", QtInfoMsg)

namespace saisie::gui {

namespace {
const QString kHoldPhotosKey = QStringLiteral("sync/holdPhotosOnMetered");

QString rowState(const QString &outboxState)
{
    if (outboxState == store::outboxstate::UploadingRecord || outboxState == store::outboxstate::UploadingAttachments)
        return QStringLiteral("sending");
    return outboxState; // queued, delivered, parked keep their names
}

QString rowState(sync::DeliveryState state)
{
    switch (state) {
    case sync::DeliveryState::Queued:
        return QStringLiteral("queued");
    case sync::DeliveryState::UploadingRecord:
    case sync::DeliveryState::UploadingAttachments:
        return QStringLiteral("sending");
    case sync::DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case sync::DeliveryState::Parked:
        return QStringLiteral("parked");
    }
    return {};
}
} // namespace

SyncController::SyncController(QString deviceDir, SessionController *session, QObject *parent)
    : QObject(parent)
    , m_deviceDir(std::move(deviceDir))
    , m_session(session)
{
    m_holdPhotos = QSettings().value(kHoldPhotosKey, false).toBool();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SyncController::tick);
    if (m_session) {
        // Before the store closes: the engine holds the session by reference.
        connect(m_session, &SessionController::aboutToLock, this, &SyncController::stopEngine);
        connect(m_session, &SessionController::lockedChanged, this, &SyncController::updateEngine);
    }
    reloadIdentity();
    updateEngine();
}

SyncController::~SyncController()
{
    stopEngine();
}

void SyncController::setNationalCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_nationalCa = certificates;
}

SyncController::State SyncController::state() const
{
    if (!m_enrolled)
        return State::NotEnrolled;
    if (!m_engine)
        return State::Idle;
    // The engine reports NotEnrolled until its first cycle has read the device file, which this
    // controller already found: the tablet is enrolled and simply has not tried yet.
    if (m_engine->state() == sync::SyncEngine::State::NotEnrolled)
        return State::Idle;
    return static_cast<State>(m_engine->state()); // same order, checked below
}
static_assert(int(SyncController::State::Revoked) == int(sync::SyncEngine::State::Revoked));
static_assert(int(SyncController::State::Offline) == int(sync::SyncEngine::State::Offline));

QString SyncController::stateName() const
{
    switch (state()) {
    case State::NotEnrolled:
        return QStringLiteral("notEnrolled");
    case State::Idle:
        return QStringLiteral("idle");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

int SyncController::pendingCount() const
{
    return m_engine ? m_engine->pendingCount() : 0;
}

QString SyncController::lastError() const
{
    if (!m_engine)
        return {};
    // The engine's sentence is English and ends with its code, "(pin_mismatch)": the code is what
    // we translate; a sentence without one is shown as it is.
    const QString error = m_engine->lastError();
    static const QRegularExpression trailingCode(QStringLiteral(R"(\(([a-z0-9_]+)\)\s*$)"));
    if (const auto match = trailingCode.match(error); match.hasMatch())
        return syncErrorSentence(match.captured(1));
    return error;
}

QString SyncController::progressText() const
{
    if (!m_engine || m_engine->state() != sync::SyncEngine::State::Syncing)
        return {};
    const sync::SyncProgress progress = m_engine->progress();
    if (progress.record.isNull())
        return {};
    return syncProgressSentence(qMax(1, m_cycleIndex), m_cycleTotal, progress.attachmentIndex,
                                progress.attachmentCount);
}

double SyncController::progressFraction() const
{
    if (!m_engine || m_cycleTotal <= 0)
        return 0;
    const sync::SyncProgress progress = m_engine->progress();
    double current = 0;
    if (progress.bytesTotal > 0)
        current = double(progress.bytesSent) / double(progress.bytesTotal);
    else if (progress.attachmentCount > 0)
        current = double(qMax(0, progress.attachmentIndex - 1)) / progress.attachmentCount;
    const int total = qMax(m_cycleTotal, m_cycleIndex);
    return qBound(0.0, (qMax(0, m_cycleIndex - 1) + current) / total, 1.0);
}

int SyncController::secondsUntilNextAttempt() const
{
    return m_engine ? m_engine->secondsUntilNextAttempt() : 0;
}

bool SyncController::cameraAvailable() const
{
    if (!m_devices) {
        auto *self = const_cast<SyncController *>(this);
        self->m_devices = std::make_unique<QMediaDevices>();
        connect(self->m_devices.get(), &QMediaDevices::videoInputsChanged, self,
                &SyncController::cameraAvailableChanged);
    }
    return !QMediaDevices::videoInputs().isEmpty();
}

void SyncController::setHoldPhotosOnMetered(bool hold)
{
    if (hold == m_holdPhotos)
        return;
    m_holdPhotos = hold;
    if (m_persistent)
        QSettings().setValue(kHoldPhotosKey, hold);
    if (m_engine)
        m_engine->setHoldPhotosOnMetered(hold);
    Q_EMIT holdPhotosOnMeteredChanged();
}

void SyncController::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

QString SyncController::deliveryState(const QString &uuid) const
{
    return m_deliveries.value(QUuid::fromString(uuid)).state;
}

QString SyncController::deliveryError(const QString &uuid) const
{
    const Delivery delivery = m_deliveries.value(QUuid::fromString(uuid));
    return delivery.state == u"parked" ? syncErrorSentence(delivery.errorCode) : QString();
}

void SyncController::updateEngine()
{
    const bool wanted = m_enrolled && m_session && !m_session->isLocked() && m_session->storeSession();
    if (wanted && !m_engine)
        startEngine();
    else if (!wanted && m_engine)
        stopEngine();
}

void SyncController::startEngine()
{
    m_engine = std::make_unique<sync::SyncEngine>(m_deviceDir, *m_session->storeSession());
    m_engine->setAppVersion(QCoreApplication::applicationVersion());
    m_engine->setHoldPhotosOnMetered(m_holdPhotos);
    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this, &SyncController::onEngineStateChanged);
    connect(m_engine.get(), &sync::SyncEngine::progressChanged, this, &SyncController::onProgress);
    connect(m_engine.get(), &sync::SyncEngine::pendingCountChanged, this, &SyncController::pendingCountChanged);
    connect(m_engine.get(), &sync::SyncEngine::lastErrorChanged, this, &SyncController::lastErrorChanged);
    connect(m_engine.get(), &sync::SyncEngine::recordStateChanged, this, &SyncController::onRecordState);
    // Queued: the engine must not be destroyed inside its own signal.
    connect(m_engine.get(), &sync::SyncEngine::wiped, this, &SyncController::onWiped, Qt::QueuedConnection);
    loadDeliveries();
    m_ticker.start();
    m_engine->start();
    qCInfo(lcSyncUi) << "sync engine started";
    Q_EMIT stateChanged();
    Q_EMIT pendingCountChanged();
    Q_EMIT lastErrorChanged();
    Q_EMIT progressChanged();
}

void SyncController::stopEngine()
{
    if (!m_engine)
        return;
    m_ticker.stop();
    m_engine.reset();
    m_deliveries.clear();
    m_cycleTotal = m_cycleIndex = 0;
    m_cycleRecord = {};
    m_lastSeconds = 0;
    ++m_revision;
    qCInfo(lcSyncUi) << "sync engine stopped";
    Q_EMIT revisionChanged();
    Q_EMIT stateChanged();
    Q_EMIT pendingCountChanged();
    Q_EMIT lastErrorChanged();
    Q_EMIT progressChanged();
    Q_EMIT secondsUntilNextAttemptChanged();
}

void SyncController::loadDeliveries()
{
    m_deliveries.clear();
    store::Session *session = m_session ? m_session->storeSession() : nullptr;
    if (!session)
        return;
    store::Outbox outbox(session->database(), session->audit());
    auto entries = outbox.pending(true);
    if (!entries) {
        qCWarning(lcSyncUi) << "reading the outbox failed:" << entries.error().code;
        return;
    }
    for (const store::OutboxEntry &entry : std::as_const(*entries)) {
        Delivery &delivery = m_deliveries[entry.uuid];
        if (entry.version < delivery.version)
            continue;
        delivery = {entry.version, rowState(entry.state),
                    entry.state == store::outboxstate::Parked ? entry.lastError : QString()};
    }
    ++m_revision;
    Q_EMIT revisionChanged();
}

void SyncController::onRecordState(const QUuid &uuid, int version, sync::DeliveryState state)
{
    Delivery &delivery = m_deliveries[uuid];
    if (version < delivery.version)
        return; // an older version's news does not describe the row
    delivery.version = version;
    delivery.state = rowState(state);
    delivery.errorCode.clear();
    if (state == sync::DeliveryState::Parked && m_session && m_session->storeSession()) {
        store::Outbox outbox(m_session->storeSession()->database(), m_session->storeSession()->audit());
        if (auto entry = outbox.entry(uuid, version))
            delivery.errorCode = entry->lastError;
    }
    ++m_revision;
    Q_EMIT revisionChanged();
    // The store marked the row delivered with the receipt: the list shows the new status.
    if (state == sync::DeliveryState::Delivered && m_session)
        m_session->refreshSeizures();
}

void SyncController::onEngineStateChanged()
{
    if (m_engine && m_engine->state() == sync::SyncEngine::State::Syncing && m_cycleTotal == 0) {
        m_cycleTotal = m_engine->pendingCount();
        m_cycleIndex = 0;
        m_cycleRecord = {};
    } else if (m_engine && m_engine->state() != sync::SyncEngine::State::Syncing) {
        m_cycleTotal = m_cycleIndex = 0;
        m_cycleRecord = {};
    }
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();
    tick();
}

void SyncController::onProgress()
{
    const sync::SyncProgress progress = m_engine->progress();
    if (!progress.record.isNull() && progress.record != m_cycleRecord) {
        m_cycleRecord = progress.record;
        ++m_cycleIndex;
    }
    Q_EMIT progressChanged();
}

void SyncController::tick()
{
    const int seconds = secondsUntilNextAttempt();
    if (seconds == m_lastSeconds)
        return;
    m_lastSeconds = seconds;
    Q_EMIT secondsUntilNextAttemptChanged();
}

void SyncController::onWiped()
{
    qCWarning(lcSyncUi) << "remote wipe carried out; back to enrolment";
    stopEngine();
    reloadIdentity();
    if (m_session) {
        m_session->lock();
        m_session->refreshProfiles();
    }
    Q_EMIT wiped();
}

void SyncController::setEnrolling(bool enrolling)
{
    if (enrolling == m_enrolling)
        return;
    m_enrolling = enrolling;
    Q_EMIT enrollingChanged();
}

void SyncController::setEnrolmentError(const QString &error)
{
    if (error == m_enrolmentError)
        return;
    m_enrolmentError = error;
    Q_EMIT enrolmentErrorChanged();
}

} // namespace saisie::gui
