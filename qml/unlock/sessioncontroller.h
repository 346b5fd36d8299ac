#pragma once
// The unlock state machine behind the profile, create-profile and unlock pages: choose a profile,
// create one, unlock it with a PIN or passphrase (Argon2id on a worker thread), lock it again.
// While unlocked it owns the store session (the keys live inside it), feeds the seizure list and
// holds the officer's details (name, service number, unit), which exist only inside the vault.
#include "components/pinbuffer.h"
#include "seizures/seizurelistmodel.h"
#include "store/officerprofile.h"
#include "unlock/profilesmodel.h"
#include "vault/profiles.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <optional>

namespace saisie::store {
class Session;
}

namespace saisie::gui {

struct SessionOutcome;

class SessionController : public QObject
{
    Q_OBJECT
    // Registered only through its singleton adapter in services/singletons.h.
    /// True until a profile is unlocked, and again after lock().
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    /// True while a secret is being checked or a profile created (Argon2id takes about a second).
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// What went wrong with the last request, as a category for the UI to react to.
    Q_PROPERTY(ErrorKind error READ error NOTIFY errorChanged)
    /// The last error as a sentence that says what to do; empty when none.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    /// Vault id of the chosen profile; empty when none is chosen.
    Q_PROPERTY(QString profileId READ profileId NOTIFY profileChanged)
    /// Alias of the chosen profile.
    Q_PROPERTY(QString profileAlias READ profileAlias NOTIFY profileChanged)
    /// The chosen profile unlocks with a passphrase (text field) rather than a PIN (pad).
    Q_PROPERTY(bool profileUsesPassphrase READ profileUsesPassphrase NOTIFY profileChanged)
    /// The unlocked officer's name; empty while locked.
    Q_PROPERTY(QString officerName READ officerName NOTIFY officerChanged)
    /// The unlocked officer's service number (the officerId of new records); empty while locked.
    Q_PROPERTY(QString serviceNumber READ serviceNumber NOTIFY officerChanged)
    /// The unlocked officer's unit (the unitId of new records); empty while locked.
    Q_PROPERTY(QString unitName READ unitName NOTIFY officerChanged)
    /// False when unlocked but the details were never filled in (profiles made before they existed).
    Q_PROPERTY(bool hasOfficerDetails READ hasOfficerDetails NOTIFY officerChanged)
    /// Wrong PINs the chosen profile still tolerates before it is erased.
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsChanged)
    /// Wrong PINs the chosen profile tolerates in all.
    Q_PROPERTY(int maxAttempts READ maxAttempts NOTIFY attemptsChanged)
    /// Seconds before the next PIN may be tried; counts down to 0 by itself.
    Q_PROPERTY(int secondsToWait READ secondsToWait NOTIFY attemptsChanged)
    /// The PIN length the policy asks for at least.
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)
    /// The passphrase length (characters) the policy asks for at least.
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    /// The profiles on this device.
    Q_PROPERTY(saisie::gui::ProfilesModel *profiles READ profiles CONSTANT)
    /// The unlocked profile's seizures; empty while locked.
    Q_PROPERTY(saisie::gui::SeizureListModel *seizures READ seizures CONSTANT)

public:
    enum class ErrorKind {
        None,
        WrongPin,    // wrong PIN or passphrase; attemptsLeft tells how many remain
        MustWait,    // secondsToWait counts down
        Erased,      // the attempt limit was reached: the profile no longer exists
        WeakPin,     // the PIN or passphrase breaks the policy
        PinMismatch, // the confirmation differs
        AliasInvalid,
        AliasTaken,
        NoProfile,
        Storage,        // files could not be read or written
        Unsafe,         // the process is not safe for evidence data (a plain SQLite is loaded)
        OfficerInvalid, // name, service number or unit breaks the rules (officerProblems() says which)
    };
    Q_ENUM(ErrorKind)

    using Clock = std::function<qint64()>;      // ms since epoch
    using Preflight = std::function<QString()>; // empty when safe; else why not

    SessionController(QString dataRoot, vault::VaultOptions options, QObject *parent = nullptr);
    ~SessionController() override;

    bool isLocked() const { return !m_session; }
    bool isBusy() const { return m_busy; }
    ErrorKind error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QString profileId() const { return m_profileId; }
    QString profileAlias() const;
    int attemptsLeft() const { return m_attemptsLeft; }
    int secondsToWait() const { return m_secondsToWait; }
    int maxAttempts() const { return m_maxAttempts; }
    int minimumPinLength() const { return vault::SecretRules::kMinPinDigits; }
    int minimumPassphraseLength() const { return vault::SecretRules::kMinPassphraseChars; }
    bool profileUsesPassphrase() const;
    QString officerName() const { return m_officer.name; }
    QString serviceNumber() const { return m_officer.serviceNumber; }
    QString unitName() const { return m_officer.unit; }
    bool hasOfficerDetails() const { return !isLocked() && !m_officer.isEmpty(); }
    ProfilesModel *profiles() const { return m_profiles; }
    SeizureListModel *seizures() const { return m_seizures; }
    QString dataRoot() const { return m_directory.root(); }
    /// The open store session while unlocked, else nullptr (for the capture controllers to come).
    store::Session *storeSession() const { return m_session.get(); }

    /// Re-reads the profiles on disk.
    Q_INVOKABLE void refreshProfiles();
    /// Chooses the profile to unlock; false if it does not exist.
    Q_INVOKABLE bool selectProfile(const QString &vaultId);
    /// The policy's objection to a PIN as a sentence, or an empty string when it is acceptable.
    Q_INVOKABLE QString pinProblem(saisie::gui::PinBuffer *pin) const;
    /// The policy's objection to a PIN (passphrase false) or a passphrase, or an empty string.
    Q_INVOKABLE QString secretProblem(saisie::gui::PinBuffer *secret, bool passphrase) const;
    /// The rule for a new PIN or passphrase, to show before anything is typed.
    Q_INVOKABLE QString secretRule(bool passphrase) const;
    /// One sentence per field (name, service number, unit), empty where the field is fine.
    Q_INVOKABLE QStringList officerProblems(const QString &name, const QString &serviceNumber,
                                            const QString &unit) const;
    /// Starts creating a profile (it is unlocked when done); both buffers are emptied. Returns
    /// false, with error set, when refused before any work starts.
    Q_INVOKABLE bool createProfile(const QString &alias, const QString &name, const QString &serviceNumber,
                                   const QString &unit, saisie::gui::PinBuffer *secret,
                                   saisie::gui::PinBuffer *confirmation, bool passphrase = false);
    /// Replaces the unlocked officer's details (Settings). False, with error set, when refused.
    Q_INVOKABLE bool updateOfficer(const QString &name, const QString &serviceNumber, const QString &unit);
    /// Starts checking the PIN or passphrase of the chosen profile; the buffer is emptied. Returns false,
    /// with error set, when refused before any work starts (busy, waiting, no profile).
    Q_INVOKABLE bool unlock(saisie::gui::PinBuffer *pin);
    /// Closes the store and zeroes the keys; the chosen profile stays chosen.
    Q_INVOKABLE void lock();
    /// Forgets the last error.
    Q_INVOKABLE void clearError();
    /// Reloads the seizure list from the store.
    Q_INVOKABLE void refreshSeizures();

    /// Time source for the attempt countdown and the vault (tests).
    void setClock(Clock clock);
    /// Checked before any vault data is opened; a non-empty answer refuses the unlock.
    void setPreflight(Preflight preflight) { m_preflight = std::move(preflight); }

Q_SIGNALS:
    void lockedChanged();
    /// lock() is about to close the store: last chance to save (emitted only while unlocked).
    void aboutToLock();
    void busyChanged();
    void errorChanged();
    void profileChanged();
    void attemptsChanged();
    void officerChanged();
    /// A profile was unlocked (after unlock() or createProfile()).
    void unlocked();
    /// An unlock attempt failed; error and errorString say why.
    void unlockFailed();
    /// createProfile() finished and the new profile is unlocked.
    void profileCreated(const QString &vaultId);
    /// The chosen profile hit its attempt limit and was erased.
    void profileErased();

private:
    void startWork(std::function<std::shared_ptr<SessionOutcome>()> work, bool creating);
    void finishWork(const std::shared_ptr<SessionOutcome> &outcome, quint64 generation, bool creating);
    void setBusy(bool busy);
    void setError(ErrorKind kind, const QString &message);
    void setErrorFrom(const QString &code, const QString &coreMessage);
    void readAttempts();
    void tickCountdown();
    bool refuseIfUnsafe();
    void setOfficer(const store::OfficerDetails &officer);
    qint64 now() const;

    vault::ProfileDirectory m_directory;
    vault::VaultOptions m_options;
    ProfilesModel *m_profiles;
    SeizureListModel *m_seizures;
    std::unique_ptr<store::Session> m_session;
    store::OfficerDetails m_officer;
    QString m_profileId;
    bool m_busy = false;
    ErrorKind m_error = ErrorKind::None;
    QString m_errorString;
    int m_attemptsLeft = 0;
    int m_secondsToWait = 0;
    int m_maxAttempts = 0;
    qint64 m_readyAtMs = 0;
    QTimer m_countdown;
    quint64 m_generation = 0; // bumped by lock(): results of older work are discarded
    Clock m_clock;
    Preflight m_preflight;
};

} // namespace saisie::gui
