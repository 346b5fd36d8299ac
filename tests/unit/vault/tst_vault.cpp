// Vault: the officer key hierarchy and the unlock policy (SECURITY.md S5, S6).
// Real libsodium, real files; Argon2id at INTERACTIVE (the product floor).
#include "vaulttesthelpers.h"

#include "store/session.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <sodium.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace saisie;
using namespace saisie::vault;
using saisie::testing::fileHashes;
using saisie::testing::pin;
using saisie::testing::readFile;
using saisie::testing::testOptions;
using saisie::testing::writeFile;

namespace {
const char *const kPin = "482915";
const char *const kWrongPin = "902731";

QString attemptsPath(const QString &dir) { return dir + QStringLiteral("/attempts.json"); }

QJsonObject attemptsJson(const QString &dir)
{
    return QJsonDocument::fromJson(readFile(attemptsPath(dir))).object();
}

int countedFailures(const QString &dir) { return attemptsJson(dir).value(QLatin1String("failures")).toInt(-1); }

/// A fake wall clock the test moves by hand.
struct ManualClock {
    std::shared_ptr<qint64> nowMs = std::make_shared<qint64>(1'700'000'000'000);
    Vault::Clock function() const
    {
        auto p = nowMs;
        return [p] { return *p; };
    }
    void advanceSeconds(qint64 s) const { *nowMs += s * 1000; }
};

/// Opens a session on a freshly unlocked vault and stores one draft with one attachment, so the
/// directory holds a database, a WAL and encrypted blobs.
QUuid storeSomething(store::Session &session, const QString &placeName)
{
    model::Seizure s;
    s.placeName = placeName;
    auto saved = session.seizures().saveDraft(s);
    if (!saved)
        return {};
    QByteArray bytes(5000, 'p');
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    store::AttachRequest request;
    request.seizure = saved->uuid;
    request.kind = QStringLiteral("GOODS");
    if (!session.attachments().add(request, buffer))
        return {};
    return saved->uuid;
}
} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ensureSodium();
    }

    void createUnlockLock()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = Vault::create(dir, QStringLiteral("Bravo"), pin(kPin), testOptions());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->databaseKey.size(), std::size_t(32));
        QCOMPARE(created->blobKey.size(), std::size_t(crypto_secretstream_xchacha20poly1305_KEYBYTES));
        QCOMPARE(created->signingSecret.size(), std::size_t(crypto_sign_SECRETKEYBYTES));
        QVERIFY(!created->databaseKey.equals(created->blobKey)); // one subkey per purpose

        auto vault = Vault::load(dir);
        QVERIFY(vault);
        QCOMPARE(vault->keyFile().alias, QStringLiteral("Bravo"));
        QCOMPARE(vault->keyFile().kdf.opslimit, KdfParams::interactive().opslimit);
        QCOMPARE(vault->keyFile().kdf.memlimit, KdfParams::interactive().memlimit);
        QCOMPARE(vault->keyFile().signingPublicKey, created->signingPublic);
        QCOMPARE(vault->attempts().failures, 0);

        auto unlocked = vault->unlock(pin(kPin));
        QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().message));
        QVERIFY(unlocked->databaseKey.equals(created->databaseKey));
        QVERIFY(unlocked->blobKey.equals(created->blobKey));
        QVERIFY(unlocked->signingSecret.equals(created->signingSecret));
        QCOMPARE(unlocked->signingPublic, created->signingPublic);

        // The key file never holds the PIN or a key in the clear.
        const QByteArray keyFile = readFile(dir + QStringLiteral("/vault.json"));
        QVERIFY(!keyFile.contains(kPin));
        const QByteArray dbKey(reinterpret_cast<const char *>(unlocked->databaseKey.data()), 32);
        QVERIFY(!keyFile.contains(dbKey));
        QVERIFY(!keyFile.contains(dbKey.toHex()));
        QVERIFY(!keyFile.contains(dbKey.toBase64()));

        // Lock: the keys are wiped; the Vault object itself holds no key.
        unlocked->databaseKey.wipe();
        unlocked->blobKey.wipe();
        unlocked->signingSecret.wipe();
        QVERIFY(unlocked->databaseKey.isEmpty() && unlocked->blobKey.isEmpty() && unlocked->signingSecret.isEmpty());
        auto again = vault->unlock(pin(kPin));
        QVERIFY(again);
        QVERIFY(again->databaseKey.equals(created->databaseKey));
    }

    void createRefusals()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto weak = Vault::create(dir, QStringLiteral("A"), pin("123456"), testOptions());
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, QStringLiteral("weak_pin"));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.json")));

        VaultOptions low = testOptions();
        low.kdf = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
        auto lowKdf = Vault::create(dir, QStringLiteral("A"), pin(kPin), low);
        QVERIFY(!lowKdf);
        QCOMPARE(lowKdf.error().code, QStringLiteral("kdf"));

        auto badAttempts = Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions(0));
        QVERIFY(!badAttempts);
        QCOMPARE(badAttempts.error().code, QStringLiteral("attempts"));

        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        const QByteArray before = readFile(dir + QStringLiteral("/vault.json"));
        auto twice = Vault::create(dir, QStringLiteral("B"), pin("736251"), testOptions());
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("exists"));
        QCOMPARE(readFile(dir + QStringLiteral("/vault.json")), before);
    }

    void twoVaultsHaveDifferentKeys()
    {
        QTemporaryDir tmp;
        auto a = Vault::create(tmp.filePath(QStringLiteral("a")), QStringLiteral("A"), pin(kPin), testOptions());
        auto b = Vault::create(tmp.filePath(QStringLiteral("b")), QStringLiteral("B"), pin(kPin), testOptions());
        QVERIFY(a && b);
        QVERIFY(!a->databaseKey.equals(b->databaseKey)); // same PIN, independent random DEKs
        QVERIFY(a->signingPublic != b->signingPublic);
    }

    // S2/S6: a wrong PIN changes nothing but the attempt counter: the key file, the database,
    // its WAL and the blobs stay byte-identical (checked while another session holds the WAL open
    // and again after it closed).
    void wrongPinChangesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto keys = Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions());
        QVERIFY(keys);
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        {
            auto session = store::Session::open(*vault, std::move(*keys));
            QVERIFY(session);
            QVERIFY(!storeSomething(**session, QStringLiteral("Quai 1")).isNull());
            QVERIFY(QFile::exists(dir + QStringLiteral("/seizures.db-wal")));
            QVERIFY(!(*session)->blobs().files().isEmpty());

            const auto before = fileHashes(dir, {QStringLiteral("attempts.json")});
            QVERIFY(before.contains(QStringLiteral("vault.json")));
            QVERIFY(before.contains(QStringLiteral("seizures.db")));
            QVERIFY(before.contains(QStringLiteral("seizures.db-wal")));
            auto other = Vault::load(dir);
            QVERIFY(other);
            auto wrong = other->unlock(pin(kWrongPin));
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code, QStringLiteral("wrong_pin"));
            QCOMPARE(fileHashes(dir, {QStringLiteral("attempts.json")}), before);
            QCOMPARE(countedFailures(dir), 1);
        }
        const auto closed = fileHashes(dir, {QStringLiteral("attempts.json")});
        QVERIFY(closed.contains(QStringLiteral("seizures.db")));
        QVERIFY(closed.keys().filter(QStringLiteral(".blob")).size() == 1);
        auto wrong = vault->unlock(pin(kWrongPin));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_pin"));
        QCOMPARE(fileHashes(dir, {QStringLiteral("attempts.json")}), closed);
        QCOMPARE(countedFailures(dir), 2);

        // The right PIN still works and clears the counter.
        QVERIFY(vault->unlock(pin(kPin)));
        QCOMPARE(countedFailures(dir), 0);
    }

    // S6: the counter is on disk after a try, and a try interrupted by a crash stays counted.
    void attemptCountedDurably()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        QCOMPARE(countedFailures(dir), 0);
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        ManualClock clock;
        vault->setClock(clock.function());
        QVERIFY(!vault->unlock(pin(kWrongPin)));
        QCOMPARE(countedFailures(dir), 1);
        QCOMPARE(qint64(attemptsJson(dir).value(QLatin1String("lastTryMs")).toDouble()), *clock.nowMs);
        // A fresh process (a fresh Vault object) sees the same count.
        auto reloaded = Vault::load(dir);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->attempts().failures, 1);
        QCOMPARE(reloaded->attempts().attemptsLeft(), 9);

        // Simulated crash: a try was counted, then the process died before its outcome.
        AttemptGuard guard(attemptsPath(dir), 10);
        QVERIFY(guard.countTry(*clock.nowMs));
        QCOMPARE(Vault::load(dir)->attempts().failures, 2);
        QVERIFY(vault->unlock(pin(kPin)));
        QCOMPARE(countedFailures(dir), 0);
    }

    // S6 with a real crash: a child process tries the right PIN and is SIGKILLed as soon as the
    // count reaches the disk, while Argon2id still runs. The count must survive the kill.
    void attemptCountSurvivesKill()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        QCOMPARE(countedFailures(dir), 0);

        bool killedMidTry = false;
        for (int round = 0; round < 10 && !killedMidTry; ++round) {
            const int before = countedFailures(dir);
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                auto v = Vault::load(dir);
                const bool ok = v && v->unlock(pin(kPin));
                ::_exit(ok ? 0 : 1);
            }
            // Busy-poll (no sleep) for the counter to change, then kill at once.
            QElapsedTimer timer;
            timer.start();
            int seen = before;
            while (seen == before && timer.elapsed() < 10'000)
                seen = countedFailures(dir);
            ::kill(child, SIGKILL);
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) {
                QCOMPARE(seen, before + 1);
                QCOMPARE(countedFailures(dir), before + 1); // durable: the dead try stays counted
                killedMidTry = true;
            }
        }
        QVERIFY2(killedMidTry, "the child always finished before it could be killed");
        // The officer unlocks afterwards; a success clears the counter.
        auto vault = Vault::load(dir);
        QVERIFY(vault && vault->unlock(pin(kPin)));
        QCOMPARE(countedFailures(dir), 0);
    }

    // A try that failed before the PIN was ever compared (Argon2id could not get its memory)
    // revealed nothing about the PIN; counting it anyway lets low memory erase a vault whose
    // officer typed the right PIN every time.
    void memoryFailureNotCountedAsWrongPin()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Leave far less address space than Argon2id's 64 MiB.
            long pages = 0;
            if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
                if (std::fscanf(statm, "%ld", &pages) != 1)
                    pages = 0;
                std::fclose(statm);
            }
            const rlim_t limit = rlim_t(pages) * rlim_t(::sysconf(_SC_PAGESIZE)) + 16 * 1024 * 1024;
            const struct rlimit rl {limit, limit};
            if (pages == 0 || ::setrlimit(RLIMIT_AS, &rl) != 0)
                ::_exit(3);
            auto v = Vault::load(dir);
            auto r = v ? v->unlock(pin(kPin)) : Expected<VaultKeys>(makeError(QStringLiteral("load"), QString()));
            ::_exit(r ? 0 : r.error().code == QLatin1String("memory") ? 10 : 11);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 10); // the right PIN failed with "memory"
        QCOMPARE(countedFailures(dir), 0);
    }

    void delaySchedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("0") << 0 << qint64(0);
        QTest::newRow("1") << 1 << qint64(0);
        QTest::newRow("2") << 2 << qint64(0);
        QTest::newRow("3") << 3 << qint64(30);
        QTest::newRow("4") << 4 << qint64(60);
        QTest::newRow("5") << 5 << qint64(120);
        QTest::newRow("8") << 8 << qint64(960);
        QTest::newRow("9") << 9 << qint64(1920);
        QTest::newRow("10 capped") << 10 << qint64(3600);
        QTest::newRow("50 capped") << 50 << qint64(3600);
    }
    void delaySchedule()
    {
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        QCOMPARE(AttemptState::delaySecondsAfter(failures), seconds);
    }

    // S6: growing delays; a try refused because of the delay is not counted and never checks
    // the PIN (even the right one is refused while the delay runs).
    void growingDelays()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions(10)));
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        ManualClock clock;
        vault->setClock(clock.function());

        for (int i = 1; i <= 3; ++i) {
            auto r = vault->unlock(pin(kWrongPin));
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("wrong_pin"));
            QCOMPARE(countedFailures(dir), i);
        }
        qint64 expectedDelay = 30;
        for (int failures = 3; failures < 6; ++failures) {
            const QByteArray counter = readFile(attemptsPath(dir));
            clock.advanceSeconds(expectedDelay - 1);
            for (const char *p : {kWrongPin, kPin}) {
                auto refused = vault->unlock(pin(p));
                QVERIFY(!refused);
                QCOMPARE(refused.error().code, QStringLiteral("wait"));
                QCOMPARE(readFile(attemptsPath(dir)), counter); // not counted
            }
            QCOMPARE(vault->attempts().secondsToWait(*clock.nowMs), qint64(1));
            clock.advanceSeconds(1);
            QCOMPARE(vault->attempts().secondsToWait(*clock.nowMs), qint64(0));
            auto r = vault->unlock(pin(kWrongPin));
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("wrong_pin"));
            QCOMPARE(countedFailures(dir), failures + 1);
            expectedDelay *= 2;
        }
        // A clock set backwards does not shorten the wait.
        *clock.nowMs -= 3600 * 1000;
        auto back = vault->unlock(pin(kPin));
        QVERIFY(!back);
        QCOMPARE(back.error().code, QStringLiteral("wait"));
        // After the delay the right PIN works and clears the counter.
        *clock.nowMs += 3600 * 1000 + expectedDelay * 1000;
        QVERIFY(vault->unlock(pin(kPin)));
        QCOMPARE(countedFailures(dir), 0);
    }

    void shredAtLimit_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("5 (through delays)") << 5;
    }
    void shredAtLimit()
    {
        QFETCH(int, maxAttempts);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto keys = Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions(maxAttempts));
        QVERIFY(keys);
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        {
            auto session = store::Session::open(*vault, std::move(*keys));
            QVERIFY(session);
            QVERIFY(!storeSomething(**session, QStringLiteral("Quai 2")).isNull());
        }
        ManualClock clock;
        vault->setClock(clock.function());
        for (int i = 1; i < maxAttempts; ++i) {
            auto r = vault->unlock(pin(kWrongPin));
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("wrong_pin"));
            QVERIFY(QFile::exists(dir + QStringLiteral("/vault.json")));
            clock.advanceSeconds(AttemptState::delaySecondsAfter(i));
        }
        auto last = vault->unlock(pin(kWrongPin));
        QVERIFY(!last);
        QCOMPARE(last.error().code, QStringLiteral("shredded"));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!Vault::load(dir));
        // The same object cannot bring it back with the right PIN either.
        auto after = vault->unlock(pin(kPin));
        QVERIFY(!after);
    }

    // S6: a damaged counter counts as exhausted; editing or deleting it never buys guesses.
    void damagedCounterCountsAsExhausted_data()
    {
        QTest::addColumn<QByteArray>("content"); // null = delete the file
        QTest::newRow("garbage") << QByteArray("\x00\xff garbage", 10);
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not an object") << QByteArray("[1,2]");
        QTest::newRow("negative") << QByteArray(R"({"failures":-1,"lastTryMs":0})");
        QTest::newRow("string") << QByteArray(R"({"failures":"0","lastTryMs":0})");
        QTest::newRow("missing field") << QByteArray(R"({"lastTryMs":0})");
        QTest::newRow("deleted") << QByteArray();
    }
    void damagedCounterCountsAsExhausted()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions(5)));
        QVERIFY(QFile::exists(attemptsPath(dir))); // create() writes the counter
        if (content.isNull())
            QVERIFY(QFile::remove(attemptsPath(dir)));
        else
            QVERIFY(writeFile(attemptsPath(dir), content));
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        QCOMPARE(vault->attempts().failures, 5);
        QCOMPARE(vault->attempts().attemptsLeft(), 0);
        QVERIFY(vault->attempts().damaged);
        // Even the right PIN is not tried (a deleted counter must not buy guesses), and nothing is
        // destroyed (it counted no wrong PIN): the evidence waits for the escrow recovery.
        auto r = vault->unlock(pin(kPin));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("counter_damaged"));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/vault.json")));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/seizures.db")));
    }

    // S5: changing the PIN re-wraps the data key only.
    void changePinRewrapsOnly()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto keys = Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions());
        QVERIFY(keys);
        const QByteArray signingPublic = keys->signingPublic;
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        QUuid stored;
        {
            auto session = store::Session::open(*vault, std::move(*keys));
            QVERIFY(session);
            stored = storeSomething(**session, QStringLiteral("Quai du changement"));
            QVERIFY(!stored.isNull());
        }
        const auto before = fileHashes(dir, {QStringLiteral("attempts.json"), QStringLiteral("vault.json")});
        QVERIFY(before.contains(QStringLiteral("seizures.db")));
        const auto oldKeyFile = vault->keyFile();

        // A weak new PIN is refused before anything is tried or counted.
        auto weak = vault->changePin(pin(kPin), pin("000000"));
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, QStringLiteral("weak_pin"));
        QCOMPARE(countedFailures(dir), 0);
        // A wrong old PIN is a counted wrong PIN.
        auto wrong = vault->changePin(pin(kWrongPin), pin("615243"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_pin"));
        QCOMPARE(countedFailures(dir), 1);

        const char *newPin = "615243";
        QVERIFY(vault->changePin(pin(kPin), pin(newPin)));
        QCOMPARE(fileHashes(dir, {QStringLiteral("attempts.json"), QStringLiteral("vault.json")}), before);
        auto reloaded = Vault::load(dir);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->keyFile().vaultId, oldKeyFile.vaultId);
        QVERIFY(reloaded->keyFile().salt != oldKeyFile.salt);
        QVERIFY(reloaded->keyFile().wrappedKey != oldKeyFile.wrappedKey);
        QCOMPARE(reloaded->keyFile().signingPublicKey, signingPublic);

        auto old = reloaded->unlock(pin(kPin));
        QVERIFY(!old);
        QCOMPARE(old.error().code, QStringLiteral("wrong_pin"));
        auto fresh = reloaded->unlock(pin(newPin));
        QVERIFY(fresh);
        auto session = store::Session::open(*reloaded, std::move(*fresh));
        QVERIFY(session);
        auto record = (*session)->seizures().get(stored);
        QVERIFY(record);
        QCOMPARE(record->placeName.value(), QStringLiteral("Quai du changement"));
        QCOMPARE(record->attachments.size(), 1);
        QVERIFY((*session)->fullCheck().isEmpty());
    }

    // S6: escrow to the national recovery key is the way back from a forgotten PIN.
    void escrowRecovery()
    {
        QByteArray recoveryPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        SecureBuffer recoverySecret(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(recoveryPublic.data()), recoverySecret.data());
        QByteArray strangerPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        SecureBuffer strangerSecret(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(strangerPublic.data()), strangerSecret.data());

        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto keys = Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions(10, recoveryPublic));
        QVERIFY(keys);
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        QCOMPARE(vault->keyFile().escrowRecipient, recoveryPublic);
        QUuid stored;
        {
            auto session = store::Session::open(*vault, std::move(*keys));
            QVERIFY(session);
            stored = storeSomething(**session, QStringLiteral("Quai de l'oubli"));
            QVERIFY(!stored.isNull());
        }
        // The officer forgot the PIN and guessed twice.
        QVERIFY(!vault->unlock(pin(kWrongPin)));
        QVERIFY(!vault->unlock(pin("777123")));
        QCOMPARE(countedFailures(dir), 2);
        const QByteArray keyFileBefore = readFile(dir + QStringLiteral("/vault.json"));

        auto stranger = vault->recoverWithEscrow(strangerSecret, strangerPublic, pin("518273"));
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().code, QStringLiteral("wrong_recovery_key"));
        // Right public key, wrong secret key: the seal does not open.
        auto mismatch = vault->recoverWithEscrow(strangerSecret, recoveryPublic, pin("518273"));
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, QStringLiteral("wrong_recovery_key"));
        auto weak = vault->recoverWithEscrow(recoverySecret, recoveryPublic, pin("111111"));
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, QStringLiteral("weak_pin"));
        QCOMPARE(readFile(dir + QStringLiteral("/vault.json")), keyFileBefore);

        QVERIFY(vault->recoverWithEscrow(recoverySecret, recoveryPublic, pin("518273")));
        QCOMPARE(countedFailures(dir), 0);
        auto reloaded = Vault::load(dir);
        QVERIFY(reloaded);
        QVERIFY(!reloaded->unlock(pin(kPin)));
        auto unlocked = reloaded->unlock(pin("518273"));
        QVERIFY(unlocked);
        auto session = store::Session::open(*reloaded, std::move(*unlocked));
        QVERIFY(session);
        auto record = (*session)->seizures().get(stored);
        QVERIFY(record);
        QCOMPARE(record->placeName.value(), QStringLiteral("Quai de l'oubli"));
    }

    // A damaged counter locks the vault without destroying it; the escrow recovery gives it back.
    void escrowRecoveryAfterDamagedCounter()
    {
        QByteArray recoveryPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        SecureBuffer recoverySecret(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(recoveryPublic.data()), recoverySecret.data());
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions(10, recoveryPublic)));
        QVERIFY(QFile::remove(attemptsPath(dir)));
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        auto refused = vault->unlock(pin(kPin));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("counter_damaged"));
        QVERIFY(vault->recoverWithEscrow(recoverySecret, recoveryPublic, pin("518273")));
        QVERIFY(!vault->attempts().damaged);
        QCOMPARE(vault->attempts().attemptsLeft(), 10);
        QVERIFY(vault->unlock(pin("518273")));
    }

    void escrowAbsent()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        QVERIFY(vault->keyFile().escrowWrap.isEmpty());
        QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        SecureBuffer sk(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk.data());
        auto r = vault->recoverWithEscrow(sk, pk, pin("518273"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("no_escrow"));

        auto badKey = Vault::create(tmp.filePath(QStringLiteral("w")), QStringLiteral("B"), pin(kPin),
                                    testOptions(10, QByteArray(31, 'k')));
        QVERIFY(!badKey);
        QCOMPARE(badKey.error().code, QStringLiteral("escrow"));
    }

    // S5: a key file edited to a cheaper KDF is refused before any key is derived.
    void tamperedKdfRefused_data()
    {
        QTest::addColumn<QString>("opslimit");
        QTest::addColumn<QString>("memlimit");
        QTest::newRow("1 pass") << QStringLiteral("1") << QString();
        QTest::newRow("8 KiB") << QString() << QStringLiteral("8192");
        QTest::newRow("just below 64 MiB") << QString() << QString::number(crypto_pwhash_MEMLIMIT_INTERACTIVE - 1);
        QTest::newRow("both minimal") << QString::number(crypto_pwhash_OPSLIMIT_MIN)
                                      << QString::number(crypto_pwhash_MEMLIMIT_MIN);
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("not a number") << QStringLiteral("two") << QString();
        QTest::newRow("negative") << QStringLiteral("-2") << QString();
    }
    void tamperedKdfRefused()
    {
        QFETCH(QString, opslimit);
        QFETCH(QString, memlimit);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        const QString path = dir + QStringLiteral("/vault.json");
        QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
        if (!opslimit.isNull())
            o.insert(QStringLiteral("opslimit"), opslimit);
        if (!memlimit.isNull())
            o.insert(QStringLiteral("memlimit"), memlimit);
        QVERIFY(writeFile(path, QJsonDocument(o).toJson()));
        auto vault = Vault::load(dir);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, QStringLiteral("keyfile"));
        QCOMPARE(countedFailures(dir), 0);
    }

    // The wrap's associated data binds the KDF settings: raising them (still valid) breaks the unwrap.
    void kdfBoundToWrap()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(Vault::create(dir, QStringLiteral("A"), pin(kPin), testOptions()));
        const QString path = dir + QStringLiteral("/vault.json");
        QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
        o.insert(QStringLiteral("opslimit"), QString::number(crypto_pwhash_OPSLIMIT_INTERACTIVE + 1));
        QVERIFY(writeFile(path, QJsonDocument(o).toJson()));
        auto vault = Vault::load(dir);
        QVERIFY(vault);
        auto r = vault->unlock(pin(kPin));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("wrong_pin"));
    }

    void pinPolicy_data()
    {
        QTest::addColumn<QByteArray>("candidate");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("5 digits") << QByteArray("48291") << false;
        QTest::newRow("6 same") << QByteArray("111111") << false;
        QTest::newRow("ascending digits") << QByteArray("123456") << false;
        QTest::newRow("descending digits") << QByteArray("987654") << false;
        QTest::newRow("ascending letters") << QByteArray("abcdefgh") << false;
        QTest::newRow("descending letters") << QByteArray("fedcba") << false;
        QTest::newRow("same letters") << QByteArray("zzzzzzzzzz") << false;
        QTest::newRow("257 chars") << QByteArray(257, 'q').append("x") << false;
        QTest::newRow("6 mixed digits") << QByteArray("482915") << true;
        QTest::newRow("almost ascending") << QByteArray("123457") << true;
        QTest::newRow("passphrase") << QByteArray("correct horse battery staple") << true;
        QTest::newRow("256 chars") << QByteArray(255, 'q').append("x") << true;
        QTest::newRow("utf-8") << QByteArray("\xc3\xa9t\xc3\xa9 2024") << true;
    }
    void pinPolicy()
    {
        QFETCH(QByteArray, candidate);
        QFETCH(bool, acceptable);
        const SecureBuffer b =
            SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(candidate.constData()), size_t(candidate.size()));
        const QString problem = pinPolicyProblem(b);
        QCOMPARE(problem.isEmpty(), acceptable);
        if (!acceptable)
            QVERIFY(problem.endsWith(QLatin1Char('.'))); // a sentence for the officer
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
