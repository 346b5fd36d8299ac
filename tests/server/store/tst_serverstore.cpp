// The same behaviour from both ServerStore backends: every test runs once on an SQLCipher file
// and once on a fresh PostgreSQL schema (SAISIE_TEST_POSTGRES; unset is a failure, not a skip).
#include "pgtestschema.h"
#include "protocol/encoding.h"
#include "store/serverstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace saisie;
using namespace saisie::server;

namespace {
const QString kDeviceA = QStringLiteral("0b7c1f3e-2a4d-4c8e-9f10-1a2b3c4d5e6f");
const QString kDeviceB = QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
const QString kNow = QStringLiteral("2024-05-14T05:00:00.000Z");
const QString kLater = QStringLiteral("2024-05-15T05:00:00.000Z");
const QUuid kRecord = QUuid(QStringLiteral("{11111111-2222-4333-8444-555555555555}"));
const QUuid kAttachment = QUuid(QStringLiteral("{aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee}"));

QString hex(char c) { return QString(64, QLatin1Char(c)); }

Device device(const QString &id, char key)
{
    Device d;
    d.id = id;
    d.publicKey = QByteArray(32, key);
    d.unitId = QStringLiteral("ignored-unit"); // the code's unit wins
    d.enrolledAt = kNow;
    return d;
}

StoredRecord record(const QString &deviceId, const QUuid &uuid, int version, const QString &vaultKey)
{
    StoredRecord r;
    r.deviceId = deviceId;
    r.uuid = uuid;
    r.version = version;
    r.vaultKeyId = vaultKey;
    r.payload = QByteArrayLiteral("{\"format\":\"saisie-record/1\",\"v\":") + QByteArray::number(version) + '}';
    r.contentHash = protocol::sha256Hex(r.payload);
    r.signature = QByteArray(64, 's');
    r.receivedAt = kNow;
    r.clockOffsetSeconds = -3;
    r.attachments = {{QUuid(QStringLiteral("{ffffffff-0000-4000-8000-000000000002}")), hex('2'), 20},
                     {kAttachment, hex('1'), 100}};
    return r;
}

Upload upload(const QString &id, const QString &sha, qint64 length)
{
    return Upload{id, kDeviceA, kRecord, kAttachment, sha, length, 0, false, QStringLiteral("image/jpeg"), kNow};
}
} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerStore> open(QString *error)
    {
        QFETCH_GLOBAL(QString, backend);
        QString location;
        if (backend == QLatin1String("sqlcipher")) {
            location = QStringLiteral("sqlcipher:") + m_dir->path() + QStringLiteral("/store");
        } else {
            m_pg = std::make_unique<test::PgTestSchema>();
            if (!m_pg->create(error))
                return nullptr;
            location = m_pg->conninfo();
        }
        auto store = openServerStore(location);
        if (!store) {
            *error = store.error().message;
            return nullptr;
        }
        return std::move(*store);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::PgTestSchema> m_pg;

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlcipher") << QStringLiteral("sqlcipher");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_pg.reset(); }

#define OPEN_STORE()                                                                                                   \
    QString openError;                                                                                                 \
    const auto storeHolder = open(&openError);                                                                         \
    QVERIFY2(storeHolder, qPrintable(openError));                                                                      \
    ServerStore &store = *storeHolder

    void reopenKeepsData()
    {
        QFETCH_GLOBAL(QString, backend);
        OPEN_STORE();
        QVERIFY(store.insertRecord(record(kDeviceA, kRecord, 1, hex('a'))).ok());
        const QString location = backend == QLatin1String("sqlcipher")
                                     ? QStringLiteral("sqlcipher:") + m_dir->path() + QStringLiteral("/store")
                                     : m_pg->conninfo();
        auto again = openServerStore(location);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE((*again)->recordCount().value(), 1);
    }

    void enrolment()
    {
        OPEN_STORE();
        const QString code = hex('c');
        QVERIFY(store.addEnrolmentCode({code, QStringLiteral("unit-7"), kNow, kLater, {}}).ok());
        QVERIFY(!store.addEnrolmentCode({code, QStringLiteral("unit-8"), kNow, kLater, {}}).ok());
        QCOMPARE(store.enrolmentCode(code).value()->unitId, QStringLiteral("unit-7"));
        QVERIFY(!store.enrolmentCode(hex('d')).value().has_value());

        auto first = store.enrol(code, device(kDeviceA, 'k'), "body-1", kNow);
        QVERIFY(first.ok());
        QCOMPARE(first->outcome, EnrolOutcome::Enrolled);
        QCOMPARE(first->responseBody, QByteArray("body-1"));
        auto replay = store.enrol(code, device(kDeviceA, 'k'), "body-2", kNow);
        QCOMPARE(replay->outcome, EnrolOutcome::Replayed);
        QCOMPARE(replay->responseBody, QByteArray("body-1"));
        // A used code stays replayable after it expired: a lost response must not brick the tablet.
        QCOMPARE(store.enrol(code, device(kDeviceA, 'k'), "body-3", QStringLiteral("2030-01-01T00:00:00.000Z"))
                     ->outcome,
                 EnrolOutcome::Replayed);
        QCOMPARE(store.enrol(code, device(kDeviceB, 'x'), "body-4", kNow)->outcome, EnrolOutcome::CodeUsed);
        QCOMPARE(store.enrol(hex('e'), device(kDeviceB, 'x'), "b", kNow)->outcome, EnrolOutcome::CodeUnknown);
        QVERIFY(!store.device(kDeviceB).value().has_value());

        const auto a = store.device(kDeviceA).value();
        QVERIFY(a.has_value());
        QCOMPARE(a->unitId, QStringLiteral("unit-7"));
        QCOMPARE(a->state, DeviceState::Active);
        QCOMPARE(a->publicKey, QByteArray(32, 'k'));

        QVERIFY(store.addEnrolmentCode({hex('f'), QStringLiteral("unit-7"), kNow, kNow, {}}).ok());
        auto expired = store.enrol(hex('f'), device(kDeviceB, 'x'), "b", kLater);
        QCOMPARE(expired->outcome, EnrolOutcome::CodeExpired);
        QCOMPARE(expired->expiredAt, kNow);
        QVERIFY(!store.device(kDeviceB).value().has_value());

        // Re-enrolment keeps the device id and replaces its key.
        QVERIFY(store.addEnrolmentCode({hex('9'), QStringLiteral("unit-9"), kNow, kLater, kDeviceA}).ok());
        auto wrong = store.enrol(hex('9'), device(kDeviceB, 'n'), "b", kNow);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("reenrol_mismatch"));
        QCOMPARE(store.enrol(hex('9'), device(kDeviceA, 'n'), "b", kNow)->outcome, EnrolOutcome::Enrolled);
        QCOMPARE(store.device(kDeviceA).value()->publicKey, QByteArray(32, 'n'));
        QCOMPARE(store.devices()->size(), 1);
    }

    void deviceStates()
    {
        OPEN_STORE();
        QVERIFY(store.addEnrolmentCode({hex('c'), QStringLiteral("u"), kNow, kLater, {}}).ok());
        QCOMPARE(store.enrol(hex('c'), device(kDeviceA, 'k'), "b", kNow)->outcome, EnrolOutcome::Enrolled);
        QVERIFY(store.touchDevice(kDeviceA, kLater).ok());
        QCOMPARE(store.device(kDeviceA).value()->lastSeenAt, kLater);
        QCOMPARE(store.touchDevice(kDeviceB, kLater).error().code, QStringLiteral("unknown_device"));
        QCOMPARE(store.setDeviceState(kDeviceB, DeviceState::Suspended, {}).error().code,
                 QStringLiteral("unknown_device"));

        QVERIFY(store.setDeviceState(kDeviceA, DeviceState::Suspended, {}).ok());
        QCOMPARE(store.device(kDeviceA).value()->state, DeviceState::Suspended);
        QVERIFY(store.setDeviceState(kDeviceA, DeviceState::Active, {}).ok());
        QCOMPARE(store.device(kDeviceA).value()->state, DeviceState::Active);
        QVERIFY(!store.setDeviceState(kDeviceA, DeviceState::Revoked, {}).ok());
        QCOMPARE(store.device(kDeviceA).value()->state, DeviceState::Active);
        QVERIFY(store.setDeviceState(kDeviceA, DeviceState::Revoked, "wipe-1").ok());
        QVERIFY(store.setDeviceState(kDeviceA, DeviceState::Revoked, "wipe-2").ok());
        const auto revoked = store.device(kDeviceA).value();
        QCOMPARE(revoked->state, DeviceState::Revoked);
        QCOMPARE(revoked->wipeInstruction, QByteArray("wipe-1"));
        QCOMPARE(store.setDeviceState(kDeviceA, DeviceState::Active, {}).error().code, QStringLiteral("device_revoked"));
        QVERIFY(store.recordWipeAck(kDeviceA, kNow).ok());
        QVERIFY(store.recordWipeAck(kDeviceA, kLater).ok());
        QCOMPARE(store.device(kDeviceA).value()->wipeAckedAt, kNow);
    }

    void nonces()
    {
        OPEN_STORE();
        const QString nonce = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==");
        QCOMPARE(store.rememberNonce(kDeviceA, nonce, 1000, 100).value(), true);
        QCOMPARE(store.rememberNonce(kDeviceA, nonce, 1001, 100).value(), false);
        QCOMPARE(store.rememberNonce(kDeviceB, nonce, 1001, 100).value(), true);
        // Forgotten once older than the window: the timestamp check refuses such requests anyway.
        QCOMPARE(store.rememberNonce(kDeviceA, QStringLiteral("other"), 5000, 2000).value(), true);
        QCOMPARE(store.rememberNonce(kDeviceA, nonce, 5001, 2000).value(), true);
    }

    void insertRecordOutcomes()
    {
        OPEN_STORE();
        StoredRecord bad = record(kDeviceA, kRecord, 1, QStringLiteral("not-hex"));
        QCOMPARE(store.insertRecord(bad).error().code, QStringLiteral("invalid_argument"));
        QCOMPARE(store.recordCount().value(), 0);

        const StoredRecord v1 = record(kDeviceA, kRecord, 1, hex('a'));
        auto inserted = store.insertRecord(v1);
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().message));
        QCOMPARE(inserted->outcome, InsertOutcome::Inserted);
        QCOMPARE(inserted->stored.payload, v1.payload);
        QCOMPARE(inserted->stored.clockOffsetSeconds, -3);
        QCOMPARE(inserted->stored.attachments.size(), 2);
        QCOMPARE(inserted->stored.attachments.first().id, kAttachment); // sorted by id
        QCOMPARE(inserted->stored.attachments.first().size, 100);

        QCOMPARE(store.insertRecord(v1)->outcome, InsertOutcome::Replay);
        StoredRecord changed = v1;
        changed.signature = QByteArray(64, 't');
        auto conflict = store.insertRecord(changed);
        QCOMPARE(conflict->outcome, InsertOutcome::VersionConflict);
        QCOMPARE(conflict->stored.signature, v1.signature);
        QCOMPARE(store.insertRecord(record(kDeviceB, kRecord, 1, hex('b')))->outcome, InsertOutcome::UuidConflict);
        const QUuid other = QUuid(QStringLiteral("{22222222-2222-4333-8444-555555555555}"));
        QCOMPARE(store.insertRecord(record(kDeviceB, other, 1, hex('a')))->outcome, InsertOutcome::VaultKeyElsewhere);
        QCOMPARE(store.insertRecord(record(kDeviceA, kRecord, 2, hex('a')))->outcome, InsertOutcome::Inserted);
        QCOMPARE(store.recordCount().value(), 2);
        QCOMPARE(store.recordVersions(kRecord)->size(), 2);
        QVERIFY(!store.record(kDeviceA, kRecord, 3).value().has_value());
        QCOMPARE(store.record(kDeviceA, kRecord, 2).value()->version, 2);
        QCOMPARE(store.vaultKey(hex('a')).value()->deviceId, kDeviceA);
    }

    void vaultKeys()
    {
        OPEN_STORE();
        QCOMPARE(store.registerVaultKey({hex('a'), kDeviceA, QByteArray(32, 'v'), kNow}).value(),
                 VaultKeyOutcome::Registered);
        QCOMPARE(store.registerVaultKey({hex('a'), kDeviceA, QByteArray(32, 'v'), kNow}).value(),
                 VaultKeyOutcome::Existing);
        QCOMPARE(store.registerVaultKey({hex('a'), kDeviceB, QByteArray(32, 'v'), kNow}).value(),
                 VaultKeyOutcome::Elsewhere);
        QCOMPARE(store.vaultKey(hex('a')).value()->publicKey, QByteArray(32, 'v'));
        QVERIFY(!store.vaultKey(hex('b')).value().has_value());
        // A binding made by a record upload gets its public key at registration.
        QCOMPARE(store.insertRecord(record(kDeviceA, kRecord, 1, hex('b')))->outcome, InsertOutcome::Inserted);
        QVERIFY(store.vaultKey(hex('b')).value()->publicKey.isEmpty());
        QCOMPARE(store.registerVaultKey({hex('b'), kDeviceA, QByteArray(32, 'w'), kNow}).value(),
                 VaultKeyOutcome::Existing);
        QCOMPARE(store.vaultKey(hex('b')).value()->publicKey, QByteArray(32, 'w'));
    }

    void receiptFirstWins()
    {
        OPEN_STORE();
        QVERIFY(store.insertRecord(record(kDeviceA, kRecord, 1, hex('a'))).ok());
        QCOMPARE(store.setReceipt(kDeviceA, kRecord, 1, "receipt-1", kNow).value(), QByteArray("receipt-1"));
        QCOMPARE(store.setReceipt(kDeviceA, kRecord, 1, "receipt-2", kLater).value(), QByteArray("receipt-1"));
        const auto stored = store.record(kDeviceA, kRecord, 1).value();
        QCOMPARE(stored->receipt, QByteArray("receipt-1"));
        QCOMPARE(stored->completedAt, kNow);
        QCOMPARE(store.setReceipt(kDeviceA, kRecord, 2, "r", kNow).error().code, QStringLiteral("record_not_found"));
        // A replay answers with the receipt byte for byte.
        QCOMPARE(store.insertRecord(record(kDeviceA, kRecord, 1, hex('a')))->stored.receipt, QByteArray("receipt-1"));
    }

    void uploads()
    {
        OPEN_STORE();
        const QString id = QStringLiteral("upload-0123456789abcdef");
        QCOMPARE(store.createUpload(upload(QStringLiteral("short"), hex('1'), 100)).error().code,
                 QStringLiteral("invalid_argument"));
        auto created = store.createUpload(upload(id, hex('1'), 100));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->outcome, UploadOutcome::Created);
        auto again = store.createUpload(upload(QStringLiteral("upload-another-id-000"), hex('1'), 100));
        QCOMPARE(again->outcome, UploadOutcome::Existing);
        QCOMPARE(again->upload.id, id);
        QCOMPARE(store.createUpload(upload(QStringLiteral("upload-another-id-000"), hex('2'), 100))->outcome,
                 UploadOutcome::Conflict);
        QCOMPARE(store.createUpload(upload(QStringLiteral("upload-another-id-000"), hex('1'), 99))->outcome,
                 UploadOutcome::Conflict);
        QVERIFY(!store.upload(QStringLiteral("upload-another-id-000")).value().has_value());
        QVERIFY(!store.upload(QStringLiteral("../../etc/passwd-xxxxxx")).value().has_value());

        QCOMPARE(store.advanceUpload(id, 0, 10, false, kNow).value(), true);
        QCOMPARE(store.advanceUpload(id, 0, 20, false, kNow).value(), false); // stale offset
        QCOMPARE(store.upload(id).value()->offset, 10);
        QVERIFY(!store.advanceUpload(id, 10, 5, false, kNow).ok());
        QCOMPARE(store.advanceUpload(id, 10, 101, false, kNow).value(), false); // beyond the length
        QCOMPARE(store.attachmentComplete(kDeviceA, kRecord, kAttachment, hex('1')).value(), false);
        QCOMPARE(store.advanceUpload(id, 10, 100, true, kLater).value(), true);
        QCOMPARE(store.advanceUpload(id, 100, 100, true, kLater).value(), false); // complete is final
        const auto done = store.upload(id).value();
        QCOMPARE(done->offset, 100);
        QVERIFY(done->complete);
        QCOMPARE(done->updatedAt, kLater);
        QCOMPARE(done->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(store.attachmentComplete(kDeviceA, kRecord, kAttachment, hex('1')).value(), true);
        QCOMPARE(store.attachmentComplete(kDeviceA, kRecord, kAttachment, hex('2')).value(), false);
        QCOMPARE(store.attachmentComplete(kDeviceB, kRecord, kAttachment, hex('1')).value(), false);

        QVERIFY(store.resetUpload(id, kNow).ok());
        QCOMPARE(store.upload(id).value()->offset, 0);
        QVERIFY(!store.upload(id).value()->complete);
        QCOMPARE(store.attachmentComplete(kDeviceA, kRecord, kAttachment, hex('1')).value(), false);
        QCOMPARE(store.resetUpload(QStringLiteral("upload-unknown-000000"), kNow).error().code,
                 QStringLiteral("upload_not_found"));
    }

    void concurrentInsertHasOneWinner()
    {
        OPEN_STORE();
        const StoredRecord r = record(kDeviceA, kRecord, 1, hex('a'));
        std::atomic<int> inserted{0}, replayed{0}, failed{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&] {
                while (!go.load())
                    std::this_thread::yield();
                auto result = store.insertRecord(r);
                if (!result.ok())
                    ++failed;
                else if (result->outcome == InsertOutcome::Inserted)
                    ++inserted;
                else if (result->outcome == InsertOutcome::Replay)
                    ++replayed;
            });
        }
        go = true;
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(inserted.load(), 1);
        QCOMPARE(replayed.load(), 7);
        QCOMPARE(store.recordCount().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
