#include "sessioncontroller.h"

#include "sessiontext.h"
#include "sessionwork.h"
#include "store/session.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSession, "saisie.gui.session", QtInfoMsg)

namespace saisie::gui {

SessionController::SessionController(QString dataRoot, vault::VaultOptions options, QObject *parent)
    : QObject(parent), m_directory(std::move(dataRoot)), m_options(std::move(options)),
      m_profiles(new ProfilesModel(this)), m_seizures(new SeizureListModel(this))
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

QString SessionController::profileAlias() const
{
    return m_profiles->aliasOf(m_profileId);
}

bool SessionController::profileUsesPassphrase() const
{
    return m_profiles->usesPassphrase(m_profileId);
}

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
        setError(ErrorKind::NoProfile,
                 tr("This profile no longer exists on this device. Choose another one."));
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
    return secretProblem(pin, false);
}

QString SessionController::secretProblem(PinBuffer *secret, bool passphrase) const
{
    if (!secret)
        return passphrase ? tr("Enter a passphrase.") : tr("Enter a PIN.");
    const auto kind = passphrase ? vault::SecretKind::Passphrase : vault::SecretKind::Pin;
    return text::secretProblem(vault::checkSecret(secret->copy(), kind));
}

QString SessionController::secretRule(bool passphrase) const
{
    return text::secretRule(passphrase ? vault::SecretKind::Passphrase : vault::SecretKind::Pin);
}

bool SessionController::createProfile(const QString &alias, const QString &name, const QString &serviceNumber,
                                      const QString &unit, PinBuffer *secret, PinBuffer *confirmation,
                                      bool passphrase)
{
    if (m_busy || !secret || !confirmation)
        return false;
    SecureBuffer chosen = secret->take();
    const SecureBuffer repeated = confirmation->take();
    const QString trimmed = alias.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40) {
        setError(ErrorKind::AliasInvalid, tr("The profile name must have 1 to 40 characters."));
        return false;
    }
    const store::OfficerDetails officer = store::OfficerProfile::normalized({name, serviceNumber, unit});
    if (const auto check = store::OfficerProfile::check(officer); !check.ok()) {
        const QStringList problems = text::officerProblems(check);
        for (const QString &problem : problems)
            if (!problem.isEmpty()) {
                setError(ErrorKind::OfficerInvalid, problem);
                break;
            }
        return false;
    }
    if (!chosen.equals(repeated)) {
        setError(ErrorKind::PinMismatch,
                 passphrase ? tr("The two passphrases differ. Enter the new passphrase again.")
                            : tr("The two PINs differ. Enter the new PIN again."));
        return false;
    }
    const auto kind = passphrase ? vault::SecretKind::Passphrase : vault::SecretKind::Pin;
    if (const auto problem = vault::checkSecret(chosen, kind); problem != vault::SecretProblem::None) {
        setError(ErrorKind::WeakPin, text::secretProblem(problem));
        return false;
    }
    if (refuseIfUnsafe())
        return false;
    if (!isLocked())
        lock();

    auto options = m_options;
    options.secretKind = kind;
    auto work = [directory = m_directory, options, trimmed, officer,
                 buffer = std::make_shared<SecureBuffer>(std::move(chosen))] {
        return createProfileWork(directory, options, trimmed, officer, *buffer);
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
        setError(ErrorKind::MustWait,
                 tr("Too many wrong PINs. Wait until the countdown ends, then try again."));
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
                 buffer = std::make_shared<SecureBuffer>(std::move(digits))] {
        return unlockWork(*v, *buffer);
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
    m_seizures->setRepository(&m_session->seizures());
    setOfficer(outcome->officer);
    Q_EMIT lockedChanged();
    if (creating)
        Q_EMIT profileCreated(m_profileId);
    Q_EMIT unlocked();
}

void SessionController::lock()
{
    ++m_generation;
    m_seizures->setRepository(nullptr); // no record stays on screen
    if (!m_session) {
        setOfficer({});
        return;
    }
    Q_EMIT aboutToLock(); // open editors save while the store (and the officer's details) are still there
    m_session.reset();    // closes the database and zeroes the keys
    setOfficer({});
    qCInfo(lcSession) << "profile locked" << m_profileId;
    refreshProfiles();
    Q_EMIT lockedChanged();
}

void SessionController::refreshSeizures()
{
    m_seizures->refresh(); // without a session the list is empty already
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
        setError(ErrorKind::WrongPin, profileUsesPassphrase() ? tr("Wrong passphrase.") : tr("Wrong PIN."));
    else if (code == QLatin1String("wait"))
        setError(ErrorKind::MustWait,
                 tr("Too many wrong PINs. Wait until the countdown ends, then try again."));
    else if (code == QLatin1String("shredded"))
        setError(ErrorKind::Erased,
                 tr("Too many wrong PINs: this profile has been erased. Ask your supervisor "
                    "about recovering undelivered seizures."));
    else if (code == QLatin1String("weak_pin"))
        setError(ErrorKind::WeakPin, tr("This PIN is too easy to guess. Choose another one."));
    else if (code == QLatin1String("alias"))
        setError(ErrorKind::AliasInvalid, tr("The profile name must have 1 to 40 characters."));
    else if (code == QLatin1String("alias_taken"))
        setError(ErrorKind::AliasTaken, tr("A profile with this name already exists on this device. Choose "
                                           "another name."));
    else if (code == QLatin1String("no_profile"))
        setError(ErrorKind::NoProfile,
                 tr("This profile no longer exists on this device. Choose another one."));
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
    setError(ErrorKind::Unsafe,
             tr("Saisie cannot open evidence data safely in this process (%1). Restart the "
                "app; if this persists, report it.")
                 .arg(reason));
    return true;
}

} // namespace saisie::gui
