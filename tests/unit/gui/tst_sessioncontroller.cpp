// SessionController against real vaults and a real store in a temporary data root: create (with
// the officer's details), unlock, wrong PIN, lockout countdown, erasure at the limit, lock (also
// while a check runs), the unsafe-process refusal, the seizure list following lock state, the
// PIN/passphrase strength rule, passphrase profiles, and editing the officer's details.
#include "model/seizure.h"
#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

void typeText(PinBuffer &buffer, const QString &text)
{
    buffer.setMaxLength(PinBuffer::kCapacity);
    QVERIFY(buffer.assign(text));
}

const QString kName = QStringLiteral("Alice Durand");
const QString kServiceNumber = QStringLiteral("FR-0042/A");
const QString kUnit = QStringLiteral("BSI Le Havre");

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
        QVERIFY(
            m_session->createProfile(QStringLiteral("Alice"), kName, kServiceNumber, kUnit, &pin, &again));
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
        QTest::addColumn<QString>("serviceNumber");
        QTest::newRow("too short") << QStringLiteral("A") << QByteArray("12345") << QByteArray("12345")
                                   << int(Kind::WeakPin) << kServiceNumber;
        QTest::newRow("consecutive") << QStringLiteral("A") << QByteArray("123456") << QByteArray("123456")
                                     << int(Kind::WeakPin) << kServiceNumber;
        QTest::newRow("repeated") << QStringLiteral("A") << QByteArray("777777") << QByteArray("777777")
                                  << int(Kind::WeakPin) << kServiceNumber;
        QTest::newRow("mismatch") << QStringLiteral("A") << QByteArray("250913") << QByteArray("250914")
                                  << int(Kind::PinMismatch) << kServiceNumber;
        QTest::newRow("blank alias") << QStringLiteral("   ") << QByteArray("250913") << QByteArray("250913")
                                     << int(Kind::AliasInvalid) << kServiceNumber;
        QTest::newRow("common PIN") << QStringLiteral("A") << QByteArray("112233") << QByteArray("112233")
                                    << int(Kind::WeakPin) << kServiceNumber;
        QTest::newRow("pattern PIN") << QStringLiteral("A") << QByteArray("121212") << QByteArray("121212")
                                     << int(Kind::WeakPin) << kServiceNumber;
        QTest::newRow("bad service number")
            << QStringLiteral("A") << QByteArray("250913") << QByteArray("250913")
            << int(Kind::OfficerInvalid) << QStringLiteral("FR 42");
        QTest::newRow("no service number") << QStringLiteral("A") << QByteArray("250913")
                                           << QByteArray("250913") << int(Kind::OfficerInvalid) << QString();
        QTest::newRow("long alias") << QString(41, QLatin1Char('x')) << QByteArray("250913")
                                    << QByteArray("250913") << int(Kind::AliasInvalid) << kServiceNumber;
    }
    void createRefusals()
    {
        QFETCH(QString, alias);
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, repeat);
        QFETCH(int, kind);
        QFETCH(QString, serviceNumber);
        PinBuffer first;
        PinBuffer second;
        type(first, pin.constData());
        type(second, repeat.constData());
        QSignalSpy error(m_session.get(), &SessionController::errorChanged);
        QVERIFY(!m_session->createProfile(alias, kName, serviceNumber, kUnit, &first, &second));
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
        m_session->lock();                                            // idempotent
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
        QVERIFY(
            m_session->createProfile(QStringLiteral("alice"), kName, kServiceNumber, kUnit, &pin, &again));
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

    void strengthRule_data()
    {
        QTest::addColumn<bool>("passphrase");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("problem");
        using P = saisie::vault::SecretProblem;
        auto pin = [](const char *name, const char *value, P p) {
            QTest::newRow(name) << false << QString::fromUtf8(value) << int(p);
        };
        auto phrase = [](const char *name, const char *value, P p) {
            QTest::newRow(name) << true << QString::fromUtf8(value) << int(p);
        };
        pin("pin ok", "250913", P::None);
        pin("pin ok long", "25091384", P::None);
        pin("pin 5 digits", "25091", P::PinTooShort);
        pin("pin letter", "25091a", P::PinNotDigits);
        pin("pin all equal", "000000", P::PinRepeated);
        pin("pin pairs", "121212", P::PinRepeated);
        pin("pin triples", "123123", P::PinRepeated);
        pin("pin up", "123456", P::PinSequence);
        pin("pin down", "654321", P::PinSequence);
        pin("pin up wrapping", "890123", P::PinSequence);
        pin("pin up 8", "23456789", P::PinSequence);
        pin("pin common 112233", "112233", P::PinCommon);
        pin("pin common 159753", "159753", P::PinCommon);
        pin("pin common 123321", "123321", P::PinCommon);
        pin("pin almost run", "123457", P::None);
        pin("pin 17 digits", "25091384250913842", P::TooLong);
        phrase("three words", "correct horse battery", P::None);
        phrase("three classes", "Tr0mbone-Violet", P::None);
        phrase("accented words", "\xc3\xa9t\xc3\xa9 \xc3\xa0 la plage", P::None);
        phrase("11 characters", "ab cd ef gh", P::PassphraseTooShort);
        phrase("12 chars 1 word 2 classes", "trombone2024", P::PassphraseTooSimple);
        phrase("12 chars one-letter words", "a b c d e f g", P::PassphraseTooSimple);
        phrase("two words lower", "violet trombone", P::PassphraseTooSimple);
        phrase("all same", "aaaaaaaaaaaaaaa", P::PassphraseTooSimple);
        phrase("emoji count as symbols", "Violet\xF0\x9F\x94\x91trombone", P::None);
        phrase("9 characters, 18 bytes", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9",
               P::PassphraseTooShort);
        phrase("accents count once",
               "\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9",
               P::None);
    }
    void strengthRule()
    {
        QFETCH(bool, passphrase);
        QFETCH(QString, secret);
        QFETCH(int, problem);
        PinBuffer buffer;
        typeText(buffer, secret);
        const QString sentence = m_session->secretProblem(&buffer, passphrase);
        QCOMPARE(sentence.isEmpty(), problem == int(saisie::vault::SecretProblem::None));
        // The same rule, straight from core, names the exact problem.
        QCOMPARE(
            int(saisie::vault::checkSecret(buffer.copy(), passphrase ? saisie::vault::SecretKind::Passphrase
                                                                     : saisie::vault::SecretKind::Pin)),
            problem);
        if (!sentence.isEmpty())
            QVERIFY(sentence.endsWith(QLatin1Char('.')));
        QCOMPARE(buffer.length() > 0, !secret.isEmpty()); // checking does not consume
        QVERIFY(!m_session->secretRule(passphrase).isEmpty());
    }

    void officerDetailsFollowLockState()
    {
        QSignalSpy officer(m_session.get(), &SessionController::officerChanged);
        createAlice();
        QCOMPARE(m_session->officerName(), kName);
        QCOMPARE(m_session->serviceNumber(), kServiceNumber);
        QCOMPARE(m_session->unitName(), kUnit);
        QVERIFY(m_session->hasOfficerDetails());
        QCOMPARE(officer.count(), 1);
        m_session->lock();
        QVERIFY(m_session->officerName().isEmpty()); // nothing personal survives locking
        QVERIFY(m_session->serviceNumber().isEmpty());
        QVERIFY(m_session->unitName().isEmpty());
        QVERIFY(!m_session->hasOfficerDetails());
        QVERIFY(tryPin("250913"));
        QCOMPARE(m_session->serviceNumber(), kServiceNumber); // read back from the vault
        // Nothing personal in the key file either (it is readable before unlock).
        const auto dirs =
            QDir(m_dir->path() + QStringLiteral("/profiles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(dirs.size(), 1);
        QFile json(m_dir->path() + QStringLiteral("/profiles/") + dirs.first() +
                   QStringLiteral("/vault.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QVERIFY(!bytes.contains("Durand"));
        QVERIFY(!bytes.contains("0042"));
    }

    void updateOfficer()
    {
        createAlice();
        QVERIFY(
            m_session->updateOfficer(QStringLiteral(" Alice  Martin "), QStringLiteral("FR-0043"), kUnit));
        QCOMPARE(m_session->officerName(), QStringLiteral("Alice Martin"));
        QCOMPARE(m_session->serviceNumber(), QStringLiteral("FR-0043"));
        QCOMPARE(m_session->error(), Kind::None);

        QVERIFY(!m_session->updateOfficer(kName, QStringLiteral("FR 0043"), kUnit));
        QCOMPARE(m_session->error(), Kind::OfficerInvalid);
        QCOMPARE(m_session->serviceNumber(), QStringLiteral("FR-0043")); // refused: unchanged
        const QStringList problems = m_session->officerProblems(QString(), QStringLiteral("FR 0043"), kUnit);
        QCOMPARE(problems.size(), 3);
        QVERIFY(!problems.at(0).isEmpty());
        QVERIFY(!problems.at(1).isEmpty());
        QVERIFY(problems.at(2).isEmpty());

        m_session->lock();
        QVERIFY(tryPin("250913"));
        QCOMPARE(m_session->officerName(), QStringLiteral("Alice Martin")); // stored, not just shown
        m_session->lock();
        QVERIFY(!m_session->updateOfficer(kName, kServiceNumber, kUnit));
        QCOMPARE(m_session->error(), Kind::NoProfile);
    }

    void passphraseProfile()
    {
        PinBuffer secret;
        PinBuffer again;
        const QString passphrase = QStringLiteral("Violet trombone \u00e0 midi");
        typeText(secret, passphrase);
        typeText(again, passphrase);
        QSignalSpy unlocked(m_session.get(), &SessionController::unlocked);
        QVERIFY(m_session->createProfile(QStringLiteral("Bruno"), kName, kServiceNumber, kUnit, &secret,
                                         &again, true));
        QVERIFY(unlocked.wait(kWorkTimeoutMs));
        QVERIFY(m_session->profileUsesPassphrase());
        QVERIFY(m_session->profiles()->usesPassphrase(m_session->profileId()));
        m_session->lock();

        // Wrong passphrase: counted, worded for a passphrase.
        PinBuffer wrong;
        typeText(wrong, QStringLiteral("Violet trombone \u00e0 minuit"));
        QSignalSpy failed(m_session.get(), &SessionController::unlockFailed);
        QVERIFY(m_session->unlock(&wrong));
        QVERIFY(failed.wait(kWorkTimeoutMs));
        QCOMPARE(m_session->error(), Kind::WrongPin);
        QVERIFY(m_session->errorString().contains(QStringLiteral("passphrase")));
        QCOMPARE(m_session->attemptsLeft(), kMaxAttempts - 1);

        // The same passphrase typed with a combining accent (NFD) unlocks: bytes are NFC.
        PinBuffer right;
        typeText(right, QStringLiteral("Violet trombone a\u0300 midi"));
        QVERIFY(m_session->unlock(&right));
        QVERIFY(unlocked.wait(kWorkTimeoutMs));
        QVERIFY(!m_session->isLocked());
        QCOMPARE(m_session->attemptsLeft(), kMaxAttempts);
    }

    void passphraseRefusals()
    {
        PinBuffer secret;
        PinBuffer again;
        typeText(secret, QStringLiteral("violet trombone"));
        typeText(again, QStringLiteral("violet trombone"));
        QVERIFY(!m_session->createProfile(QStringLiteral("B"), kName, kServiceNumber, kUnit, &secret, &again,
                                          true));
        QCOMPARE(m_session->error(), Kind::WeakPin);
        typeText(secret, QStringLiteral("correct horse battery"));
        typeText(again, QStringLiteral("correct horse batterie"));
        QVERIFY(!m_session->createProfile(QStringLiteral("B"), kName, kServiceNumber, kUnit, &secret, &again,
                                          true));
        QCOMPARE(m_session->error(), Kind::PinMismatch);
        QVERIFY(m_session->errorString().contains(QStringLiteral("passphrase")));
        // A good passphrase offered as a PIN is refused by the PIN rule.
        typeText(secret, QStringLiteral("correct horse battery"));
        typeText(again, QStringLiteral("correct horse battery"));
        QVERIFY(!m_session->createProfile(QStringLiteral("B"), kName, kServiceNumber, kUnit, &secret, &again,
                                          false));
        QCOMPARE(m_session->error(), Kind::WeakPin);
        QCOMPARE(m_session->profiles()->count(), 0);
    }

    void oldProfilesDefaultToPin()
    {
        createAlice();
        m_session->lock();
        const auto dirs =
            QDir(m_dir->path() + QStringLiteral("/profiles")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QFile file(m_dir->path() + QStringLiteral("/profiles/") + dirs.first() +
                   QStringLiteral("/vault.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(json.value(QStringLiteral("secretKind")).toString(), QStringLiteral("pin"));
        json.remove(QStringLiteral("secretKind")); // as written before the field existed
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        m_session->refreshProfiles();
        QCOMPARE(m_session->profiles()->count(), 1);
        QVERIFY(!m_session->profileUsesPassphrase());
        QVERIFY(tryPin("250913"));
        // A profile created before officer details existed: unlocked, with nothing to show yet.
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
