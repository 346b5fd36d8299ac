// Session: opening an unlocked vault; the D2 checks at open (orphans quarantined, referenced
// files must exist), and refusals that keep a vault's files untouched (S2).
#include "storetesthelpers.h"

#include "store/schema.h"

#include <QStandardPaths>
#include <QTest>

using namespace saisie;
using namespace saisie::testing;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openMigratesAndReopens()
    {
        TestVault v;
        QString error;
        QVERIFY2(v.create(&error), qPrintable(error));
        QVERIFY(QFile::exists(v.vault->databasePath()));
        QCOMPARE(v.db().scalar(QStringLiteral("PRAGMA user_version"))->toInt(), store::kSchemaVersion);
        for (const char *table : {"seizures", "seizure_nominal", "search_keys", "attachments", "audit_events", "outbox"})
            QCOMPARE(sqlValue(v.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                              QString::fromLatin1(table))
                         .toInt(),
                     1);
        QCOMPARE(v.s().vaultId(), v.vault->keyFile().vaultId);
        QCOMPARE(v.s().signingPublicKey(), v.vault->keyFile().signingPublicKey);
        QVERIFY(v.s().openProblems().isEmpty());
        auto saved = v.s().seizures().saveDraft(completeSeizure());
        QVERIFY(saved);
        QVERIFY(attach(v.s(), saved->uuid, makeJpeg()));
        QVERIFY(v.s().fullCheck().isEmpty());

        QVERIFY2(v.reopen(&error), qPrintable(error));
        QVERIFY(v.s().openProblems().isEmpty());
        auto back = v.s().seizures().get(saved->uuid);
        QVERIFY(back);
        QCOMPARE(back->attachments.size(), 1);
        QCOMPARE(v.db().scalar(QStringLiteral("PRAGMA user_version"))->toInt(), store::kSchemaVersion);
        QVERIFY(v.s().fullCheck().isEmpty());
        auto thumb = v.s().attachments().thumbnail(saved->uuid, back->attachments.first().id);
        QVERIFY(thumb && thumb->startsWith("\xff\xd8\xff"));
    }

    // D2: a file no row references (a crash between the file and the commit) is set aside.
    void orphanQuarantinedAtOpen()
    {
        TestVault v;
        QVERIFY(v.create());
        auto saved = v.s().seizures().saveDraft(completeSeizure());
        QVERIFY(saved);
        QVERIFY(attach(v.s(), saved->uuid, makeJpeg()));
        const QUuid orphanId = QUuid::createUuid();
        auto orphan = v.s().blobs().write(saved->uuid, orphanId, vault::BlobPart::Original, makeJpeg(32, 32));
        QVERIFY(orphan);
        const QByteArray orphanBytes = readFile(v.s().blobs().directory() + QLatin1Char('/') + orphan->fileName);

        QString error;
        QVERIFY2(v.reopen(&error), qPrintable(error));
        QCOMPARE(v.s().openProblems().size(), 1);
        QVERIFY(v.s().openProblems().first().contains(orphan->fileName));
        QVERIFY(!v.s().blobs().files().contains(orphan->fileName));
        QCOMPARE(readFile(v.s().blobs().directory() + QStringLiteral("/quarantine/") + orphan->fileName), orphanBytes);
        // The referenced files stay where they are and verify.
        QCOMPARE(v.s().blobs().files().size(), 2); // original + thumbnail of the real attachment
        QVERIFY(v.s().fullCheck().isEmpty());
        // Next open: nothing left to quarantine.
        QVERIFY(v.reopen());
        QVERIFY(v.s().openProblems().isEmpty());
    }

    // D2: a referenced file that is gone is reported at open, by attachment and seizure.
    void missingReferencedFileReported()
    {
        TestVault v;
        QVERIFY(v.create());
        auto saved = v.s().seizures().saveDraft(completeSeizure());
        QVERIFY(saved);
        auto photo = attach(v.s(), saved->uuid, makeJpeg());
        QVERIFY(photo);
        const QString file = v.s().blobs().directory() + QLatin1Char('/') +
                             vault::BlobStore::fileNameFor(photo->id, vault::BlobPart::Original);
        v.close();
        QVERIFY(QFile::remove(file));
        QString error;
        QVERIFY2(v.reopen(&error), qPrintable(error));
        const QStringList problems = v.s().openProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(photo->id.toString(QUuid::WithoutBraces)));
        QVERIFY(problems.first().contains(saved->uuid.toString(QUuid::WithoutBraces)));
        QVERIFY(problems.first().contains(QStringLiteral("missing")));
        QVERIFY(!v.s().fullCheck().isEmpty());
        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        auto read = v.s().attachments().readOriginal(saved->uuid, photo->id, sink);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("missing"));
    }

    // A damaged referenced file is not decrypted at open (cheap), but fullCheck() and every read find it.
    void damagedReferencedFileFoundByFullCheck()
    {
        TestVault v;
        QVERIFY(v.create());
        auto saved = v.s().seizures().saveDraft(completeSeizure());
        QVERIFY(saved);
        auto photo = attach(v.s(), saved->uuid, makeJpeg());
        QVERIFY(photo);
        v.close();
        const QString file = v.dir + QStringLiteral("/blobs/") +
                             vault::BlobStore::fileNameFor(photo->id, vault::BlobPart::Original);
        QVERIFY(flipBit(file, QFileInfo(file).size() / 2));
        QVERIFY(v.reopen());
        const QStringList problems = v.s().fullCheck();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(photo->id.toString(QUuid::WithoutBraces)));
        QCOMPARE(v.s().attachments().checkReferenced(true).size(), 1);
        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        auto read = v.s().attachments().readOriginal(saved->uuid, photo->id, sink);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("tampered"));
    }

    // S2: a vault whose database is gone is reported, never silently recreated.
    void missingDatabaseRefused()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.s().seizures().saveDraft(completeSeizure()));
        v.close();
        QVERIFY(QFile::remove(v.vault->databasePath()));
        const QStringList before = filesUnder(v.dir);
        QString error;
        QVERIFY(!v.reopen(&error));
        QVERIFY2(error.startsWith(QStringLiteral("missing:")), qPrintable(error));
        QCOMPARE(filesUnder(v.dir), before);
    }

    // S2: a database file emptied (crash, full disk, tampering) is reported, not started afresh.
    void emptiedDatabaseRefused()
    {
        TestVault v;
        QVERIFY(v.create());
        auto saved = v.s().seizures().saveDraft(completeSeizure());
        QVERIFY(saved);
        QVERIFY(attach(v.s(), saved->uuid, makeJpeg()));
        v.close();
        QVERIFY(writeFile(v.vault->databasePath(), QByteArray()));
        const QStringList blobsBefore = filesUnder(v.dir + QStringLiteral("/blobs"));
        QString error;
        const bool opened = v.reopen(&error);
        QVERIFY2(!opened, "an emptied database was opened as a new, empty vault");
        QCOMPARE(filesUnder(v.dir + QStringLiteral("/blobs")), blobsBefore);
    }

    void keysOfAnotherVaultRefused()
    {
        TestVault a;
        TestVault b;
        QVERIFY(a.create());
        QVERIFY(b.create());
        a.close();
        b.close();
        auto bKeys = b.vault->unlock(pin(kTestPin));
        QVERIFY(bKeys);
        const auto before = fileHashes(a.dir, {QStringLiteral("attempts.json")});
        auto session = store::Session::open(*a.vault, std::move(*bKeys));
        QVERIFY(!session);
        QCOMPARE(session.error().code, QStringLiteral("key_mismatch"));
        QCOMPARE(fileHashes(a.dir, {QStringLiteral("attempts.json")}), before);
    }

    // Another vault's database dropped in place of ours: wrong key, nothing rewritten.
    void swappedDatabaseRefused()
    {
        TestVault a;
        TestVault b;
        QVERIFY(a.create());
        QVERIFY(b.create());
        a.close();
        b.close();
        QVERIFY(QFile::remove(a.vault->databasePath()));
        QVERIFY(QFile::copy(b.vault->databasePath(), a.vault->databasePath()));
        const auto before = fileHashes(a.dir, {QStringLiteral("attempts.json")});
        QString error;
        QVERIFY(!a.reopen(&error));
        QVERIFY2(error.startsWith(QStringLiteral("wrong_key:")), qPrintable(error));
        QCOMPARE(fileHashes(a.dir, {QStringLiteral("attempts.json")}), before);
    }

    // A newer schema than this build knows is refused, untouched.
    void newerSchemaRefused()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.db().exec(QStringLiteral("PRAGMA user_version = %1").arg(store::kSchemaVersion + 1)));
        v.close();
        const auto before = fileHashes(v.dir, {QStringLiteral("attempts.json")});
        QString error;
        QVERIFY(!v.reopen(&error));
        QVERIFY2(error.startsWith(QStringLiteral("schema_newer:")), qPrintable(error));
        QCOMPARE(fileHashes(v.dir, {QStringLiteral("attempts.json")}), before);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
