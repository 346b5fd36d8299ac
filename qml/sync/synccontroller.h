#pragma once
// What the UI knows about sync (issue 4): whether this tablet is enrolled, the engine's state,
// progress and last error as sentences, each record's delivery state for the list, and the three
// ways to enrol (QR text from the camera, a photo of the QR code, a typed code). Built by main.cpp
// and reached from QML as the `Sync` singleton (syncsingleton.h). It runs a sync::SyncEngine only
// while a vault is unlocked and the tablet is enrolled, and destroys it before the vault closes.
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <memory>

class QMediaDevices;

namespace saisie::sync {
class SyncEngine;
class EnrolmentClient;
enum class DeliveryState;
} // namespace saisie::sync

namespace saisie::gui {

class SessionController;

/// What a typed code is completed with (the national build configuration, docs/protocol.md §7.2):
/// the QR payload's members except `code` and `exp`.
struct EnrolmentTemplate {
    QString url;
    QString serverKeyId;
    QStringList pins;
    QStringList caFingerprints;
    bool isValid() const { return !url.isEmpty() && !serverKeyId.isEmpty() && !pins.isEmpty(); }
};

class SyncController : public QObject
{
    Q_OBJECT
    // Registered only through its singleton adapter (syncsingleton.h).
    /// The tablet has a device identity from the national server.
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY enrolledChanged)
    /// The engine's state; NotEnrolled also while locked and not enrolled.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// The state as a name for QML components that take plain strings ("notEnrolled", "idle",
    /// "syncing", "waiting", "offline", "revoked").
    Q_PROPERTY(QString stateName READ stateName NOTIFY stateChanged)
    /// An engine runs (a vault is unlocked and the tablet is enrolled).
    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    /// Records waiting (queued, sending or parked); 0 while locked.
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    /// The last sync failure as a sentence that says what to do; empty after a success.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// "Sending record 3 of 12 – photo 2 of 4"; empty when nothing is being sent.
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// Share of this sync cycle done, 0..1.
    Q_PROPERTY(double progressFraction READ progressFraction NOTIFY progressChanged)
    /// Seconds before the next automatic attempt; 0 when none is planned or one runs.
    Q_PROPERTY(int secondsUntilNextAttempt READ secondsUntilNextAttempt NOTIFY secondsUntilNextAttemptChanged)
    /// Bumped whenever a row's delivery state changes: bindings that call deliveryState() read it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    /// An enrolment request is in flight.
    Q_PROPERTY(bool enrolling READ isEnrolling NOTIFY enrollingChanged)
    /// Why the last enrolment attempt failed, as a sentence; empty otherwise.
    Q_PROPERTY(QString enrolmentError READ enrolmentError NOTIFY enrolmentErrorChanged)
    /// First 16 hex digits of the device key id, for the administrator to compare; empty when not enrolled.
    Q_PROPERTY(QString deviceIdShort READ deviceIdShort NOTIFY enrolledChanged)
    /// The enrolled server origin ("https://sync.douane.example"); empty when not enrolled.
    Q_PROPERTY(QString serverOrigin READ serverOrigin NOTIFY enrolledChanged)
    /// A code can be typed (the build knows the national server); otherwise only the QR code works.
    Q_PROPERTY(bool manualEntryAvailable READ manualEntryAvailable CONSTANT)
    /// A camera can scan the QR code.
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraAvailableChanged)
    /// Hold photos back on metered networks (records themselves are always sent).
    Q_PROPERTY(bool holdPhotosOnMetered READ holdPhotosOnMetered WRITE setHoldPhotosOnMetered NOTIFY
                   holdPhotosOnMeteredChanged)

public:
    enum class State { NotEnrolled, Idle, Syncing, Waiting, Offline, Revoked };
    Q_ENUM(State)

    /// `deviceDir` holds the device identity, shared by every profile on the tablet.
    SyncController(QString deviceDir, SessionController *session, QObject *parent = nullptr);
    ~SyncController() override;

    /// The national CA set the server's chain must end in (docs/protocol.md §3.2).
    void setNationalCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> nationalCaCertificates() const { return m_nationalCa; }
    /// Completes typed codes; without it manualEntryAvailable is false. Set before QML loads.
    void setEnrolmentTemplate(const EnrolmentTemplate &value) { m_template = value; }
    /// Whether settings are saved (tooling and tests never write them).
    void setPersistent(bool persistent) { m_persistent = persistent; }

    bool isEnrolled() const { return m_enrolled; }
    State state() const;
    QString stateName() const;
    bool isRunning() const { return m_engine != nullptr; }
    int pendingCount() const;
    QString lastError() const;
    QString progressText() const;
    double progressFraction() const;
    int secondsUntilNextAttempt() const;
    int revision() const { return m_revision; }
    bool isEnrolling() const { return m_enrolling; }
    QString enrolmentError() const { return m_enrolmentError; }
    QString deviceIdShort() const { return m_deviceIdShort; }
    QString serverOrigin() const { return m_serverOrigin; }
    bool manualEntryAvailable() const { return m_template.isValid(); }
    bool cameraAvailable() const;
    bool holdPhotosOnMetered() const { return m_holdPhotos; }
    void setHoldPhotosOnMetered(bool hold);
    /// The running engine (tests), else nullptr.
    sync::SyncEngine *engine() const { return m_engine.get(); }
    QString deviceDir() const { return m_deviceDir; }

    /// Starts an attempt now unless one runs or the server asked to wait.
    Q_INVOKABLE void syncNow();
    /// Enrols with the text of an enrolment QR code. False, with enrolmentError set, when the
    /// text is refused before anything is sent; otherwise the result arrives later.
    Q_INVOKABLE bool enrolFromQrText(const QString &text);
    /// Decodes the QR code in an image file (a photo or screenshot), then enrols with it.
    Q_INVOKABLE bool enrolFromImage(const QUrl &url);
    /// Enrols with a typed code completed by the national template (manualEntryAvailable).
    Q_INVOKABLE bool enrolWithCode(const QString &code);
    Q_INVOKABLE void clearEnrolmentError() { setEnrolmentError({}); }
    /// A row's delivery state: "" (not in the outbox), "queued", "sending", "delivered", "parked".
    Q_INVOKABLE QString deliveryState(const QString &uuid) const;
    /// Why a parked row stopped, as a sentence; empty otherwise.
    Q_INVOKABLE QString deliveryError(const QString &uuid) const;

    /// Re-reads the device identity on disk (after enrolment, a wipe, or at start).
    void reloadIdentity();

Q_SIGNALS:
    void enrolledChanged();
    void stateChanged();
    void pendingCountChanged();
    void lastErrorChanged();
    void progressChanged();
    void secondsUntilNextAttemptChanged();
    void revisionChanged();
    void enrollingChanged();
    void enrolmentErrorChanged();
    void cameraAvailableChanged();
    void holdPhotosOnMeteredChanged();
    /// Enrolment finished and the tablet is enrolled.
    void enrolmentSucceeded();
    /// The server ordered a wipe: every vault is gone and the tablet is no longer enrolled.
    void wiped();

private:
    struct Delivery {
        int version = 0;
        QString state; // deliveryState() names
        QString errorCode;
    };

    void updateEngine();
    void startEngine();
    void stopEngine();
    void loadDeliveries();
    void onRecordState(const QUuid &uuid, int version, sync::DeliveryState state);
    void onEngineStateChanged();
    void onProgress();
    void onWiped();
    void tick();
    void setEnrolling(bool enrolling);
    void setEnrolmentError(const QString &error);
    bool startEnrolment(const QByteArray &payload, const QString &typedCode);
    void finishEnrolment(bool ok, const QString &error);

    QString m_deviceDir;
    SessionController *m_session;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::EnrolmentClient> m_enrolment;
    std::unique_ptr<QMediaDevices> m_devices;
    QList<QSslCertificate> m_nationalCa;
    EnrolmentTemplate m_template;
    bool m_persistent = true;
    bool m_enrolled = false;
    bool m_enrolling = false;
    bool m_holdPhotos = false;
    QString m_enrolmentError;
    QString m_deviceIdShort;
    QString m_serverOrigin;
    QHash<QUuid, Delivery> m_deliveries;
    int m_revision = 0;
    // This cycle's records for "record i of n": the count when it started and the records seen.
    int m_cycleTotal = 0;
    int m_cycleIndex = 0;
    QUuid m_cycleRecord;
    int m_lastSeconds = 0;
    QTimer m_ticker; // secondsUntilNextAttempt has no change signal in the engine
};

} // namespace saisie::gui
