// SessionController against real vaults and a real store in a temporary data root: create,
// unlock, wrong PIN, lockout countdown, erasure at the limit, lock (also while a check runs),
// the unsafe-process refusal, and the seizure list following lock state.
#include "model/seizure.h"
#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using saisie::gui::PinBuffer;
using saisie::gui::SessionController;
using Kind = SessionController::ErrorKind;

namespace {
constexpr int kMaxAttempts = 5;
constexpr int kWorkTimeoutMs = 30000;

void type(PinBuffer &pin, const char *digits)
{
    pin.clear();
    for (const char *d = digits; *d; ++d)
        pin.appendDigit(*d - '0');
}

saisie::vault::VaultOptions fastOptions()
{
    saisie::vault::VaultOptions options;
    options.kdf = saisie::vault::KdfParams::interactive(); // the floor: keeps tests fast
    options.maxAttempts = kMaxAttempts;
    return options;
}
} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    qint64 m_now = 1'700'000'000'000;

    /// Creates a profile "Alice" with PIN 250913 and waits until it is unlocked.
    void createAlice()
    {
        PinBuffer pin;
        PinBuffer again;
        type(pin, "250913");
        type(again, "250913");
        QSignalSpy unlocked(m_session.get(), &SessionController::unlocked);
        QSignalSpy created(m_session.get(), &SessionController::profileCreated);
        QVERIFY(m_session->createProfile(QStringLiteral("Alice"), &pin, &again));
        QCOMPARE(pin.length(), 0); // the pad is emptied at once
        QCOMPARE(again.length(), 0);
        QVERIFY(m_session->isBusy());
        QVERIFY(unlocked.wait(kWorkTimeoutMs));
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).toString(), m_session->profileId());
    }

    /// Tries a PIN and waits for the answer; returns true when it unlocked.
    bool tryPin(const char *digits)
    {
        PinBuffer pin;
        type(pin, digits);
        QSignalSpy unlocked(m_session.get(), &SessionController::unlocked);
        QSignalSpy failed(m_session.get(), &SessionController::unlockFailed);
        if (!m_session->unlock(&pin))
            return false;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(unlocked.count() + failed.count() == 1, kWorkTimeoutMs); }();
        return unlocked.count() == 1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = std::make_unique<SessionController>(m_dir->path(), fastOptions());
        m_session->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void startsLockedWithoutProfiles()
    {
        QVERIFY(m_session->isLocked());
        QVERIFY(!m_session->isBusy());
        QCOMPARE(m_session->profiles()->count(), 0);
        QCOMPARE(m_session->seizures()->count(), 0);
        QVERIFY(m_session->profileId().isEmpty());
        QVERIFY(m_session->storeSession() == nullptr);
    }

    void createRefusals_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("repeat");
        QTest::addColumn<int>("kind");
        QTest::newRow("too short") << QStringLiteral("A") << QByteArray("12345") << QByteArray("12345") << int(Kind::WeakPin);
        QTest::newRow("consecutive") << QStringLiteral("A") << QByteArray("123456") << QByteArray("123456") << int(Kind::WeakPin);
        QTest::newRow("repeated") << QStringLiteral("A") << QByteArray("777777") << QByteArray("777777") << int(Kind::WeakPin);
        QTest::newRow("mismatch") << QStringLiteral("A") << QByteArray("250913") << QByteArray("250914") << int(Kind::PinMismatch);
        QTest::newRow("blank alias") << QStringLiteral("   ") << QByteArray("250913") << QByteArray("250913") << int(Kind::AliasInvalid);
        QTest::newRow("long alias") << QString(41, QLatin1Char('x')) << QByteArray("250913") << QByteArray("250913") << int(Kind::AliasInvalid);
    }
    void createRefusals()
    {
        QFETCH(QString, alias);
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, repeat);
        QFETCH(int, kind);
        PinBuffer first;
        PinBuffer second;
        type(first, pin.constData());
        type(second, repeat.constData());
        QSignalSpy error(m_session.get(), &SessionController::errorChanged);
        QVERIFY(!m_session->createProfile(alias, &first, &second));
        QCOMPARE(int(m_session->error()), kind);
        QVERIFY(!m_session->errorString().isEmpty());
        QCOMPARE(error.count(), 1);
        QVERIFY(!m_session->isBusy());
        QCOMPARE(first.length(), 0); // refused or not, the digits do not linger
        QCOMPARE(m_session->profiles()->count(), 0);
    }

    void pinProblemWording()
    {
        PinBuffer pin;
        type(pin, "123");
        QVERIFY(m_session->pinProblem(&pin).contains(QLatin1Char('6')));
        type(pin, "111111");
        QVERIFY(!m_session->pinProblem(&pin).isEmpty());
        type(pin, "250913");
        QVERIFY(m_session->pinProblem(&pin).isEmpty());
        QCOMPARE(pin.length(), 6); // checking does not consume
    }

    void createUnlocksAndLockCloses()
    {
        QSignalSpy locked(m_session.get(), &SessionController::lockedChanged);
        QSignalSpy busy(m_session.get(), &SessionController::busyChanged);
        createAlice();
        QVERIFY(!m_session->isLocked());
        QVERIFY(!m_session->isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(locked.count(), 1);
        QCOMPARE(m_session->profiles()->count(), 1);
        QCOMPARE(m_session->profileAlias(), QStringLiteral("Alice"));
        QCOMPARE(m_session->attemptsLeft(), kMaxAttempts);
        QCOMPARE(m_session->maxAttempts(), kMaxAttempts);
        QVERIFY(m_session->storeSession() != nullptr);

        m_session->lock();
        QVERIFY(m_session->isLocked());
        QCOMPARE(locked.count(), 2);
        QVERIFY(m_session->storeSession() == nullptr);
        QCOMPARE(m_session->profileAlias(), QStringLiteral("Alice")); // still chosen for the PIN page
        m_session->lock(); // idempotent
        QCOMPARE(locked.count(), 2);
    }

    void duplicateAliasRefused()
    {
        createAlice();
        m_session->lock();
        PinBuffer pin;
        PinBuffer again;
        type(pin, "480271");
        type(again, "480271");
        QSignalSpy failed(m_session.get(), &SessionController::unlockFailed);
        QVERIFY(m_session->createProfile(QStringLiteral("alice"), &pin, &again));
        QVERIFY(failed.wait(kWorkTimeoutMs));
        QCOMPARE(m_session->error(), Kind::AliasTaken);
        QCOMPARE(m_session->profiles()->count(), 1);
    }

    void wrongThenRightPin()
    {
        createAlice();
        m_session->lock();
        QVERIFY(!tryPin("999999"));
        QCOMPARE(m_session->error(), Kind::WrongPin);
        QCOMPARE(m_session->attemptsLeft(), kMaxAttempts - 1);
        QVERIFY(m_session->isLocked());
        QVERIFY(tryPin("250913"));
        QVERIFY(!m_session->isLocked());
        QCOMPARE(m_session->error(), Kind::None);
        QCOMPARE(m_session->attemptsLeft(), kMaxAttempts); // success resets the counter
    }

    void lockoutCountdown()
    {
        createAlice();
        m_session->lock();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!tryPin("999999"));
        QVERIFY(m_session->secondsToWait() > 0);
        const int wait = m_session->secondsToWait();

        // Refused before any work starts while the countdown runs.
        PinBuffer pin;
        type(pin, "250913");
        QVERIFY(!m_session->unlock(&pin));
        QCOMPARE(m_session->error(), Kind::MustWait);
        QCOMPARE(pin.length(), 0);

        // The countdown follows the clock and clears the "must wait" error at zero.
        QSignalSpy attempts(m_session.get(), &SessionController::attemptsChanged);
        m_now += 1000 * (wait - 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->secondsToWait(), 1, 3000);
        m_now += 1000;
        QTRY_COMPARE_WITH_TIMEOUT(m_session->secondsToWait(), 0, 3000);
        QCOMPARE(m_session->error(), Kind::None);
        QVERIFY(attempts.count() >= 2);
        QVERIFY(tryPin("250913"));
    }

    void erasedAtTheLimit()
    {
        createAlice();
        m_session->lock();
        QSignalSpy erased(m_session.get(), &SessionController::profileErased);
        for (int i = 0; i < kMaxAttempts; ++i) {
            m_now += 4 * 3600 * 1000; // past any lockout
            m_session->refreshProfiles();
            QVERIFY2(!tryPin("999999"), qPrintable(QString::number(i)));
        }
        QCOMPARE(erased.count(), 1);
        QCOMPARE(m_session->error(), Kind::Erased);
        QCOMPARE(m_session->profiles()->count(), 0);
        QVERIFY(m_session->profileId().isEmpty());
    }

    void lockWhileCheckingDiscardsTheResult()
    {
        createAlice();
        m_session->lock();
        PinBuffer pin;
        type(pin, "250913");
        QSignalSpy unlocked(m_session.get(), &SessionController::unlocked);
        QSignalSpy busy(m_session.get(), &SessionController::busyChanged);
        QVERIFY(m_session->unlock(&pin));
        QVERIFY(!m_session->unlock(&pin)); // one check at a time
        m_session->lock();                 // e.g. the app went to the background
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kWorkTimeoutMs);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(m_session->isLocked());
        QVERIFY(m_session->storeSession() == nullptr);
    }

    void unsafeProcessRefused()
    {
        createAlice();
        m_session->lock();
        m_session->setPreflight([] { return QStringLiteral("/usr/lib/libsqlite3.so.0"); });
        PinBuffer pin;
        type(pin, "250913");
        QVERIFY(!m_session->unlock(&pin));
        QCOMPARE(m_session->error(), Kind::Unsafe);
        QVERIFY(m_session->isLocked());
        QCOMPARE(m_session->attemptsLeft(), kMaxAttempts); // nothing was tried
    }

    void selectProfile()
    {
        createAlice();
        const QString alice = m_session->profileId();
        QVERIFY(!m_session->selectProfile(QStringLiteral("nope")));
        QCOMPARE(m_session->error(), Kind::NoProfile);
        QCOMPARE(m_session->profileId(), alice);
        QVERIFY(m_session->selectProfile(alice));
        QCOMPARE(m_session->error(), Kind::None);
        QVERIFY(!m_session->isLocked()); // re-selecting the open profile keeps it open

        // A second controller (another app start) sees the profile and starts locked.
        SessionController other(m_dir->path(), fastOptions());
        QCOMPARE(other.profiles()->count(), 1);
        QVERIFY(other.isLocked());
        QVERIFY(other.selectProfile(alice));
        QCOMPARE(other.profileAlias(), QStringLiteral("Alice"));
    }

    void seizureListFollowsLockState()
    {
        createAlice();
        saisie::model::Seizure seizure;
        seizure.uuid = QUuid::createUuid();
        seizure.placeName = QStringLiteral("Le Havre");
        auto saved = m_session->storeSession()->seizures().saveDraft(seizure);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        m_session->refreshSeizures();
        QCOMPARE(m_session->seizures()->count(), 1);
        m_session->lock();
        QCOMPARE(m_session->seizures()->count(), 0); // nothing of the record survives locking
        QVERIFY(tryPin("250913"));
        QCOMPARE(m_session->seizures()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
