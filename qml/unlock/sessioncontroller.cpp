#include "sessioncontroller.h"

#include "store/session.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSession, "saisie.gui.session", QtInfoMsg)

namespace saisie::gui {

/// What a worker hands back to the GUI thread.
struct SessionOutcome {
    std::optional<Error> error;
    QString vaultId;
    std::unique_ptr<store::Session> session;
};

namespace {
// Opens the store for freshly unlocked keys; runs on the worker thread.
void openStore(SessionOutcome &outcome, const vault::Vault &vault, vault::VaultKeys keys)
{
    auto session = store::Session::open(vault, std::move(keys));
    if (!session) {
        outcome.error = session.error();
        return;
    }
    outcome.session = std::move(*session);
}
} // namespace

SessionController::SessionController(QString dataRoot, vault::VaultOptions options, QObject *parent)
    : QObject(parent),
      m_directory(std::move(dataRoot)),
      m_options(std::move(options)),
      m_profiles(new ProfilesModel(this)),
      m_seizures(new SeizureListModel(this))
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SessionController::tickCountdown);
    refreshProfiles();
}

SessionController::~SessionController()
{
    // Work still running keeps its own copies and discards its result when it finds no receiver.
    ++m_generation;
}

QString SessionController::profileAlias() const { return m_profiles->aliasOf(m_profileId); }

void SessionController::setClock(Clock clock)
{
    m_clock = std::move(clock);
    readAttempts();
}

qint64 SessionController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SessionController::refreshProfiles()
{
    QStringList problems;
    m_profiles->setProfiles(m_directory.list(&problems));
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSession) << "unreadable profile:" << problem;
    if (!m_profileId.isEmpty() && m_profiles->indexOf(m_profileId) < 0) {
        m_profileId.clear();
        Q_EMIT profileChanged();
    }
    readAttempts();
}

bool SessionController::selectProfile(const QString &vaultId)
{
    if (m_profiles->indexOf(vaultId) < 0) {
        setError(ErrorKind::NoProfile, tr("This profile no longer exists on this device. Choose another one."));
        return false;
    }
    if (vaultId != m_profileId) {
        if (!isLocked())
            lock();
        m_profileId = vaultId;
        Q_EMIT profileChanged();
    }
    clearError();
    readAttempts();
    return true;
}

QString SessionController::pinProblem(PinBuffer *pin) const
{
    if (!pin)
        return tr("Enter a PIN.");
    return policyProblem(pin->copy());
}

QString SessionController::policyProblem(const SecureBuffer &digits) const
{
    if (vault::pinPolicyProblem(digits).isEmpty())
        return {};
    // The policy decides; these sentences only word its answer for translation.
    if (int(digits.size()) < minimumPinLength())
        return tr("The PIN must have at least %1 digits.").arg(minimumPinLength());
    return tr("This PIN is too easy to guess (repeated or consecutive digits). Choose another one.");
}

bool SessionController::createProfile(const QString &alias, PinBuffer *pin, PinBuffer *confirmation)
{
    if (m_busy || !pin || !confirmation)
        return false;
    SecureBuffer digits = pin->take();
    const SecureBuffer repeated = confirmation->take();
    const QString trimmed = alias.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40) {
        setError(ErrorKind::AliasInvalid, tr("The profile name must have 1 to 40 characters."));
        return false;
    }
    if (!digits.equals(repeated)) {
        setError(ErrorKind::PinMismatch, tr("The two PINs differ. Enter the new PIN again."));
        return false;
    }
    if (const QString problem = policyProblem(digits); !problem.isEmpty()) {
        setError(ErrorKind::WeakPin, problem);
        return false;
    }
    if (refuseIfUnsafe())
        return false;
    if (!isLocked())
        lock();

    auto directory = m_directory;
    auto options = m_options;
    auto work = [directory, options, trimmed, pinDigits = std::make_shared<SecureBuffer>(std::move(digits))] {
        auto outcome = std::make_shared<SessionOutcome>();
        auto created = directory.create(trimmed, *pinDigits, options);
        pinDigits->wipe();
        if (!created) {
            outcome->error = created.error();
            return outcome;
        }
        outcome->vaultId = created->first;
        auto vault = directory.open(created->first);
        if (!vault) {
            outcome->error = vault.error();
            return outcome;
        }
        openStore(*outcome, *vault, std::move(created->second));
        return outcome;
    };
    startWork(std::move(work), true);
    return true;
}

bool SessionController::unlock(PinBuffer *pin)
{
    if (!pin)
        return false;
    SecureBuffer digits = pin->take();
    if (m_busy)
        return false;
    if (m_profileId.isEmpty()) {
        setError(ErrorKind::NoProfile, tr("Choose a profile first."));
        return false;
    }
    readAttempts();
    if (m_secondsToWait > 0) {
        setError(ErrorKind::MustWait, tr("Too many wrong PINs. Wait until the countdown ends, then try again."));
        return false;
    }
    if (refuseIfUnsafe())
        return false;
    auto vault = m_directory.open(m_profileId);
    if (!vault) {
        setErrorFrom(vault.error().code, vault.error().message);
        return false;
    }
    if (m_clock)
        vault->setClock(m_clock);
    auto work = [v = std::make_shared<vault::Vault>(std::move(*vault)),
                 pinDigits = std::make_shared<SecureBuffer>(std::move(digits))] {
        auto outcome = std::make_shared<SessionOutcome>();
        outcome->vaultId = v->keyFile().vaultId;
        auto keys = v->unlock(*pinDigits);
        pinDigits->wipe();
        if (!keys) {
            outcome->error = keys.error();
            return outcome;
        }
        openStore(*outcome, *v, std::move(*keys));
        return outcome;
    };
    startWork(std::move(work), false);
    return true;
}

void SessionController::startWork(std::function<std::shared_ptr<SessionOutcome>()> work, bool creating)
{
    clearError();
    setBusy(true);
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<std::shared_ptr<SessionOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, creating] {
        watcher->deleteLater();
        finishWork(watcher->result(), generation, creating);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void SessionController::finishWork(const std::shared_ptr<SessionOutcome> &outcome, quint64 generation,
                                   bool creating)
{
    setBusy(false);
    if (generation != m_generation) {
        // lock() ran meanwhile: drop the session (and with it the keys) unopened.
        outcome->session.reset();
        refreshProfiles();
        return;
    }
    if (creating && !outcome->vaultId.isEmpty()) {
        m_profileId = outcome->vaultId;
        refreshProfiles();
        Q_EMIT profileChanged();
    }
    if (outcome->error) {
        const bool erased = outcome->error->code == QLatin1String("shredded");
        setErrorFrom(outcome->error->code, outcome->error->message);
        refreshProfiles();
        if (erased)
            Q_EMIT profileErased();
        Q_EMIT unlockFailed();
        return;
    }
    m_session = std::move(outcome->session);
    for (const QString &problem : m_session->openProblems())
        qCWarning(lcSession) << "store opened with a problem:" << problem;
    qCInfo(lcSession) << "profile unlocked" << m_profileId;
    readAttempts();
    refreshSeizures();
    Q_EMIT lockedChanged();
    if (creating)
        Q_EMIT profileCreated(m_profileId);
    Q_EMIT unlocked();
}

void SessionController::lock()
{
    ++m_generation;
    m_seizures->clear();
    if (!m_session)
        return;
    Q_EMIT aboutToLock(); // open editors save while the store is still there
    m_session.reset(); // closes the database and zeroes the keys
    qCInfo(lcSession) << "profile locked" << m_profileId;
    refreshProfiles();
    Q_EMIT lockedChanged();
}

void SessionController::refreshSeizures()
{
    if (!m_session) {
        m_seizures->clear();
        return;
    }
    auto rows = m_session->seizures().list(store::ListQuery{});
    if (!rows) {
        setError(ErrorKind::Storage, tr("The seizure list could not be read. Lock and unlock to try again."));
        qCWarning(lcSession) << "listing seizures failed:" << rows.error().code;
        return;
    }
    m_seizures->setSummaries(*rows);
}

void SessionController::clearError()
{
    if (m_error == ErrorKind::None && m_errorString.isEmpty())
        return;
    m_error = ErrorKind::None;
    m_errorString.clear();
    Q_EMIT errorChanged();
}

void SessionController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionController::setError(ErrorKind kind, const QString &message)
{
    m_error = kind;
    m_errorString = message;
    Q_EMIT errorChanged();
}

void SessionController::setErrorFrom(const QString &code, const QString &coreMessage)
{
    readAttempts();
    if (code == QLatin1String("wrong_pin"))
        setError(ErrorKind::WrongPin,
                 tr("Wrong PIN."));
    else if (code == QLatin1String("wait"))
        setError(ErrorKind::MustWait, tr("Too many wrong PINs. Wait until the countdown ends, then try again."));
    else if (code == QLatin1String("shredded"))
        setError(ErrorKind::Erased, tr("Too many wrong PINs: this profile has been erased. Ask your supervisor "
                                       "about recovering undelivered seizures."));
    else if (code == QLatin1String("weak_pin"))
        setError(ErrorKind::WeakPin, tr("This PIN is too easy to guess. Choose another one."));
    else if (code == QLatin1String("alias"))
        setError(ErrorKind::AliasInvalid, tr("The profile name must have 1 to 40 characters."));
    else if (code == QLatin1String("alias_taken"))
        setError(ErrorKind::AliasTaken, tr("A profile with this name already exists on this device. Choose "
                                           "another name."));
    else if (code == QLatin1String("no_profile"))
        setError(ErrorKind::NoProfile, tr("This profile no longer exists on this device. Choose another one."));
    else {
        // Storage and integrity problems: the core sentence names the file-level cause.
        qCWarning(lcSession) << "session error" << code;
        setError(ErrorKind::Storage, tr("The profile could not be opened: %1").arg(coreMessage));
    }
}

void SessionController::readAttempts()
{
    int attemptsLeft = 0;
    int maxAttempts = 0;
    qint64 wait = 0;
    if (!m_profileId.isEmpty()) {
        if (auto vault = m_directory.open(m_profileId)) {
            const vault::AttemptState state = vault->attempts();
            attemptsLeft = state.attemptsLeft();
            maxAttempts = state.maxAttempts;
            wait = state.secondsToWait(now());
        }
    }
    m_readyAtMs = now() + wait * 1000;
    if (wait > 0 && !m_countdown.isActive())
        m_countdown.start();
    if (attemptsLeft != m_attemptsLeft || maxAttempts != m_maxAttempts || int(wait) != m_secondsToWait) {
        m_attemptsLeft = attemptsLeft;
        m_maxAttempts = maxAttempts;
        m_secondsToWait = int(wait);
        Q_EMIT attemptsChanged();
    }
}

void SessionController::tickCountdown()
{
    const qint64 remainingMs = m_readyAtMs - now();
    const int seconds = remainingMs > 0 ? int((remainingMs + 999) / 1000) : 0;
    if (seconds == 0) {
        m_countdown.stop();
        if (m_error == ErrorKind::MustWait)
            clearError();
    }
    if (seconds != m_secondsToWait) {
        m_secondsToWait = seconds;
        Q_EMIT attemptsChanged();
    }
}

bool SessionController::refuseIfUnsafe()
{
    if (!m_preflight)
        return false;
    const QString reason = m_preflight();
    if (reason.isEmpty())
        return false;
    qCCritical(lcSession) << "refusing to open vault data:" << reason;
    setError(ErrorKind::Unsafe, tr("Saisie cannot open evidence data safely in this process (%1). Restart the "
                                   "app; if this persists, report it.").arg(reason));
    return true;
}

} // namespace saisie::gui
