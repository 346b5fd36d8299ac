// The outbox (schema v3, SECURITY.md D3): the v2 -> v3 migration keeps queued rows; entries are
// listed in queue order with a record's versions together and in version order; markDelivered
// stores the receipt, the state and the "receipt" audit event in one transaction, or nothing.
#include "storetesthelpers.h"

#include "store/outbox.h"
#include "store/schema.h"

#include <QStandardPaths>
#include <QTest>
#include <sodium.h>

using namespace saisie;
using namespace saisie::testing;

class TestOutbox : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestVault> v;

    store::Outbox outbox() { return store::Outbox(v->db(), v->s().audit(), v->clock); }

    QUuid finalized(QString *error)
    {
        auto draft = v->s().seizures().saveDraft(completeSeizure());
        if (!draft) {
            *error = draft.error().message;
            return {};
        }
        auto signedVersion = v->s().seizures().finalize(draft->uuid, {});
        if (!signedVersion) {
            *error = signedVersion.error().message;
            return {};
        }
        return draft->uuid;
    }

    QString lastAuditType()
    {
        return sqlValue(v->db(), QStringLiteral("SELECT type FROM audit_events ORDER BY seq DESC LIMIT 1")).toString();
    }
    qint64 auditCount() { return sqlValue(v->db(), QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        v = std::make_unique<TestVault>();
        QString error;
        QVERIFY2(v->create(&error), qPrintable(error));
    }
    void cleanup() { v.reset(); }

    void migrationFromV2KeepsRows()
    {
        QTemporaryDir tmp;
        const SecureBuffer key = SecureBuffer::random(32);
        auto db = vault::Database::open(tmp.filePath(QStringLiteral("old.db")), key, vault::Database::OpenMode::CreateNew);
        QVERIFY(db);
        QVERIFY(store::migrateTo(**db, 2));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 2);
        QVERIFY((*db)->exec(QStringLiteral(
            "INSERT INTO outbox (uuid, version, state, enqueued_at) VALUES "
            "('0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b', 1, 'queued', '2024-05-14T04:00:00.000Z'),"
            "('0b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b', 2, 'queued', '2024-05-14T04:10:00.000Z'),"
            "('1b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b', 1, 'queued', '2024-05-14T04:05:00.000Z')")));
        QVERIFY(store::migrate(**db));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), store::kSchemaVersion);

        SecureBuffer secret(crypto_sign_SECRETKEYBYTES);
        QByteArray pub(crypto_sign_PUBLICKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pub.data()), secret.data());
        store::AuditLog audit(**db, secret, pub, v->clock);
        store::Outbox box(**db, audit, v->clock);
        auto pending = box.pending();
        QVERIFY(pending);
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).version, 1);
        QCOMPARE(pending->at(1).version, 2); // a record's versions stay together, in order
        QCOMPARE(pending->at(1).uuid, pending->at(0).uuid);
        QCOMPARE(pending->at(2).uuid.toString(QUuid::WithoutBraces), QStringLiteral("1b7e5c1a-2f43-4d8e-a6b9-3c5d7e9f1a2b"));
        for (const store::OutboxEntry &e : *pending) {
            QCOMPARE(e.state, store::outboxstate::Queued);
            QCOMPARE(e.attempts, 0);
            QVERIFY(!e.sent);
        }
        // Unknown state names are refused by the database itself.
        QVERIFY(!(*db)->exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE version = 2")));
    }

    void statesListedInOrder()
    {
        QString error;
        const QUuid a = finalized(&error);
        QVERIFY2(!a.isNull(), qPrintable(error));
        const QUuid b = finalized(&error);
        QVERIFY2(!b.isNull(), qPrintable(error));
        QVERIFY(v->s().seizures().amend(a));
        QVERIFY(v->s().seizures().finalize(a, {}));

        auto box = outbox();
        auto pending = box.pending();
        QVERIFY(pending);
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).uuid, a);
        QCOMPARE(pending->at(1).uuid, a);
        QCOMPARE(pending->at(1).version, 2);
        QCOMPARE(pending->at(2).uuid, b);

        QVERIFY(box.setState(a, 1, store::outboxstate::UploadingRecord));
        QVERIFY(box.setState(a, 1, store::outboxstate::UploadingAttachments));
        QVERIFY(!box.setState(a, 1, store::outboxstate::Delivered)); // only with a receipt
        QVERIFY(box.recordFailure(a, 1, QStringLiteral("network"), 5000, 0));
        QVERIFY(box.recordFailure(a, 1, QStringLiteral("unavailable"), 9000, 7000));
        auto entry = box.entry(a, 1);
        QCOMPARE(entry->attempts, 2);
        QCOMPARE(entry->lastError, QStringLiteral("unavailable"));
        QCOMPARE(entry->nextAttemptAt, qint64(9000));
        QCOMPARE(entry->holdUntil, qint64(7000));
        QVERIFY(box.resetAttempts(a, 1));
        QCOMPARE(box.entry(a, 1)->attempts, 0);

        QVERIFY(box.park(b, 1, QStringLiteral("record_invalid")));
        QCOMPARE(box.pending()->size(), 2);
        QCOMPARE(box.pending(true)->size(), 3);
        QCOMPARE(box.counts()->parked, 1);
        QCOMPARE(box.counts()->pending, 2);
        QVERIFY(!box.setState(b, 1, store::outboxstate::Queued)); // parked stays parked...
        QVERIFY(box.unpark(b, 1));                                 // ...until a person says retry
        QCOMPARE(box.entry(b, 1)->state, store::outboxstate::Queued);

        const qint64 before = auditCount();
        QVERIFY(box.markSent(a, 1, QStringLiteral("cc")));
        QVERIFY(box.markSent(a, 1, QStringLiteral("cc")));
        QCOMPARE(auditCount(), before + 1); // one "send" event per version
        QCOMPARE(lastAuditType(), store::audit::Send);

        const QUuid photo = QUuid::createUuid();
        QVERIFY(box.setUpload(a, 1, photo, QStringLiteral("up_7QmZ2kR9xW4vB8nT"), false));
        QVERIFY(box.setUpload(a, 1, photo, QStringLiteral("up_7QmZ2kR9xW4vB8nT"), true));
        auto uploads = box.uploads(a, 1);
        QCOMPARE(uploads->size(), 1);
        QVERIFY(uploads->value(photo).uploaded);
    }

    void markDeliveredIsOneTransaction()
    {
        QString error;
        const QUuid a = finalized(&error);
        QVERIFY2(!a.isNull(), qPrintable(error));
        auto box = outbox();
        const QByteArray receipt = R"({"keyId":"55","payload":"e30=","signature":"AA=="})";
        const QString id = a.toString(QUuid::WithoutBraces);

        // The audit append fails: nothing of the delivery may remain.
        QVERIFY(v->db().exec(QStringLiteral("CREATE TEMP TRIGGER no_receipt BEFORE INSERT ON audit_events "
                                            "WHEN NEW.type = 'receipt' BEGIN SELECT RAISE(ABORT, 'test'); END")));
        const qint64 before = auditCount();
        QVERIFY(!box.markDelivered(a, 1, receipt, QString(64, QLatin1Char('r')), QString(64, QLatin1Char('c'))));
        QCOMPARE(box.entry(a, 1)->state, store::outboxstate::Queued);
        QVERIFY(box.receipt(a, 1)->isEmpty());
        QCOMPARE(sqlValue(v->db(), QStringLiteral("SELECT status FROM seizures WHERE uuid = ?"), id).toString(),
                 QStringLiteral("finalized"));
        QCOMPARE(auditCount(), before);
        QVERIFY(v->db().exec(QStringLiteral("DROP TRIGGER temp.no_receipt")));

        QVERIFY(!box.markDelivered(QUuid::createUuid(), 1, receipt, QString(), QString())); // not in the outbox
        QVERIFY(!box.markDelivered(a, 1, QByteArray(), QString(), QString()));              // no receipt, no delivery

        QVERIFY(box.markDelivered(a, 1, receipt, QString(64, QLatin1Char('r')), QString(64, QLatin1Char('c'))));
        QCOMPARE(box.entry(a, 1)->state, store::outboxstate::Delivered);
        QCOMPARE(*box.receipt(a, 1), receipt);
        QCOMPARE(sqlValue(v->db(), QStringLiteral("SELECT status FROM seizures WHERE uuid = ?"), id).toString(),
                 QStringLiteral("delivered"));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(lastAuditType(), store::audit::Receipt);
        const QString detail =
            sqlValue(v->db(), QStringLiteral("SELECT detail FROM audit_events ORDER BY seq DESC LIMIT 1")).toString();
        QVERIFY(detail.contains(QString(64, QLatin1Char('r'))));
        QVERIFY(!detail.contains(QStringLiteral("payload"))); // hashes only, never contents
        QVERIFY(v->s().audit().verify()->isEmpty());

        // Delivered is final: a second delivery changes nothing, nothing moves it back.
        QVERIFY(box.markDelivered(a, 1, "other", QString(), QString()));
        QCOMPARE(*box.receipt(a, 1), receipt);
        QCOMPARE(auditCount(), before + 1);
        QVERIFY(!box.park(a, 1, QStringLiteral("x")));
        QVERIFY(!v->db().exec(QStringLiteral("UPDATE outbox SET state = 'queued'")));
        QCOMPARE(box.pending()->size(), 0);
        QCOMPARE(box.counts()->delivered, 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
