#pragma once
// The tablet's sync engine (issue 4, docs/protocol.md): drains the unlocked vault's outbox to the
// national server, one record at a time, and stores verified receipts. QObject on the GUI thread
// (QNetworkAccessManager is asynchronous); the QML layer (qml/sync) only reads its properties and
// calls syncNow().
#include "common/expected.h"

#include <QObject>
#include <QString>
#include <QUuid>
#include <memory>

namespace saisie::store {
class Session;
}

namespace saisie::sync {

class DeviceIdentity;

/// Per-record delivery state (outbox.state in the vault database).
enum class DeliveryState { Queued, UploadingRecord, UploadingAttachments, Delivered, Parked };
QString deliveryStateName(DeliveryState state); // "queued", "uploading_record", ...

struct SyncProgress {
    QUuid record;             // null when idle
    int recordVersion = 0;
    qint64 bytesSent = 0;     // of the current record's attachments
    qint64 bytesTotal = 0;
    int attachmentIndex = 0;  // 1-based, 0 while the record itself is being sent
    int attachmentCount = 0;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { NotEnrolled, Idle, Syncing, Waiting, Offline, Revoked };
    Q_ENUM(State)

    /// `deviceDir` holds the device identity (enrolment), shared by all officer vaults on the
    /// tablet. `session` is the unlocked vault whose outbox is drained; it must outlive the engine.
    SyncEngine(QString deviceDir, store::Session &session, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const;
    /// The last failure as one translatable English sentence (empty after a success).
    QString lastError() const;
    /// Records waiting (queued, uploading or parked).
    int pendingCount() const;
    SyncProgress progress() const;
    /// Seconds until the next attempt (0 while syncing or idle with nothing due).
    int secondsUntilNextAttempt() const;

    /// Starts the timer loop (runs until destruction).
    void start();
    /// Shortens the wait: an attempt starts now unless one runs or a Retry-After is unexpired.
    void syncNow();
    /// Holds photos back on metered networks (setting).
    void setHoldPhotosOnMetered(bool hold);

    /// Where the officer vaults live (<dataRoot>/profiles), for a remote wipe. Default: the
    /// parent of deviceDir (the app keeps the device directory at <dataRoot>/device).
    void setDataRoot(const QString &dataRoot);
    /// "1.0.0": sent in User-Agent.
    void setAppVersion(const QString &version);
    /// Cycle length when idle (default 5 minutes).
    void setIdleIntervalMs(int ms);

signals:
    void stateChanged();
    void progressChanged();
    void pendingCountChanged();
    void lastErrorChanged();
    /// A record's delivery state changed (list rows refresh).
    void recordStateChanged(const QUuid &uuid, int version, saisie::sync::DeliveryState state);
    /// The server ordered a wipe and every vault on the tablet has been crypto-shredded.
    void wiped();
    /// Nothing more can be done now: the outbox is empty, or every entry waits (backoff,
    /// Retry-After, parked, held). The timer loop carries on.
    void cycleFinished();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace saisie::sync
