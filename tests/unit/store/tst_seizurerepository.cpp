// SeizureRepository: drafts, search, finalize/sign, immutability, amend, discard
// (SECURITY.md E1, E3; D1 "saved" only after COMMIT).
#include "storetesthelpers.h"

#include "model/canonicaljson.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <sodium.h>

using namespace saisie;
using namespace saisie::testing;
using store::ListQuery;

namespace {
QStringList uuids(const QList<store::SeizureSummary> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.uuid.toString(QUuid::WithoutBraces);
    out.sort();
    return out;
}

QString id(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QList<store::AuditEvent> auditFor(store::Session &s, const QUuid &uuid)
{
    QList<store::AuditEvent> out;
    auto all = s.audit().events();
    if (all)
        for (const auto &e : *all)
            if (e.subject == id(uuid))
                out << e;
    return out;
}

qint64 count(vault::Database &db, const QString &sql, const QUuid &uuid)
{
    return sqlValue(db, sql, id(uuid)).toLongLong();
}
} // namespace

class TestSeizureRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestVault> v; // fresh per test function (see init/cleanup)

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        v = std::make_unique<TestVault>();
        QString error;
        QVERIFY2(v->create(&error), qPrintable(error));
    }
    void cleanup() { v.reset(); }

    void saveDraftTwiceKeepsVersion1()
    {
        auto &repo = v->s().seizures();
        model::Seizure s;
        s.placeName = QStringLiteral("Quai 1");
        s.version = 7;                           // system-managed: ignored
        s.status = model::Status::Finalized;     // system-managed: ignored
        auto first = repo.saveDraft(s);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(!first->uuid.isNull());
        QCOMPARE(first->version, 1);
        QCOMPARE(first->status, model::Status::Draft);
        QVERIFY(first->createdAt.isSet());

        model::Seizure edited = *first;
        edited.placeName = QStringLiteral("Quai 2");
        auto second = repo.saveDraft(edited);
        QVERIFY(second);
        QCOMPARE(second->uuid, first->uuid);
        QCOMPARE(second->version, 1);
        QCOMPARE(second->placeName.value(), QStringLiteral("Quai 2"));
        QCOMPARE(second->createdAt, first->createdAt);
        QVERIFY(second->updatedAt.value() > first->updatedAt.value());
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM seizures WHERE uuid = ?"), first->uuid), qint64(1));

        // The draft survives a reopen (it was committed before saveDraft returned).
        QString error;
        QVERIFY2(v->reopen(&error), qPrintable(error));
        auto back = v->s().seizures().get(first->uuid);
        QVERIFY(back);
        QCOMPARE(back->placeName.value(), QStringLiteral("Quai 2"));
        QCOMPARE(back->version, 1);

        const auto events = auditFor(v->s(), first->uuid);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].type, store::audit::Create);
        QCOMPARE(events[1].type, store::audit::Edit);
        QCOMPARE(events[1].version, 1);
    }

    void getUnknown()
    {
        auto r = v->s().seizures().get(QUuid::createUuid());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("not_found"));
    }

    void searchByContainerNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("findsA");
        QTest::newRow("as painted") << QStringLiteral("CSQU3054383") << true;
        QTest::newRow("lower case with separators") << QStringLiteral("csqu 305438-3") << true;
        QTest::newRow("dots and slash") << QStringLiteral("CSQU.305438/3") << true;
        QTest::newRow("prefix") << QStringLiteral("csqu 3054") << true;
        QTest::newRow("other number") << QStringLiteral("MSKU 1234565") << false;
        QTest::newRow("wrong digit") << QStringLiteral("CSQU3054384") << false;
    }
    void searchByContainerNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, findsA);
        auto &repo = v->s().seizures();
        auto a = repo.saveDraft(completeSeizure());
        QVERIFY(a);
        model::Seizure other = completeSeizure();
        other.conveyances.first().containerNumber = QStringLiteral("TGHU9876543");
        other.placeName = QStringLiteral("Fos-sur-Mer");
        QVERIFY(repo.saveDraft(other));
        QVERIFY(repo.saveDraft(model::Seizure()));

        ListQuery q;
        q.text = text;
        auto rows = repo.list(q);
        QVERIFY(rows);
        QCOMPARE(uuids(*rows), findsA ? QStringList{id(a->uuid)} : QStringList());
    }

    void searchByPlaceAndDocument()
    {
        auto &repo = v->s().seizures();
        model::Seizure s = completeSeizure();
        model::Person p;
        p.surname = QStringLiteral("Dupont");
        p.documentType = QStringLiteral("PASSPORT");
        p.documentNumber = QStringLiteral("NX7K41P29");
        s.persons << p;
        auto a = repo.saveDraft(s);
        QVERIFY(a);
        QVERIFY(repo.saveDraft(model::Seizure()));
        ListQuery q;
        q.text = QStringLiteral("mole leon");
        auto byPlace = repo.list(q);
        QVERIFY(byPlace);
        QCOMPARE(uuids(*byPlace), QStringList{id(a->uuid)});
        q.text = QStringLiteral("nx7k 41p29");
        auto byDocument = repo.list(q);
        QVERIFY(byDocument);
        QCOMPARE(uuids(*byDocument), QStringList{id(a->uuid)});
        // The list row itself carries no personal data.
        QCOMPARE(byDocument->first().placeName, s.placeName.value());
        QCOMPARE(byDocument->first().commodityCategory, QStringLiteral("TOBACCO"));
    }

    void statusAndDateFilters()
    {
        auto &repo = v->s().seizures();
        QMap<QString, QString> byDate;
        for (const char *when : {"2024-05-14T06:42:00+02:00", "2024-06-01T23:59:00+02:00", "2024-07-20T10:00:00Z"}) {
            model::Seizure s = completeSeizure();
            s.occurredAt = QString::fromLatin1(when);
            auto saved = repo.saveDraft(s);
            QVERIFY(saved);
            byDate.insert(QString::fromLatin1(when).left(10), id(saved->uuid));
        }
        auto undated = repo.saveDraft(model::Seizure());
        QVERIFY(undated);
        const QString may = byDate.value(QStringLiteral("2024-05-14"));
        const QString june = byDate.value(QStringLiteral("2024-06-01"));
        const QString july = byDate.value(QStringLiteral("2024-07-20"));
        QVERIFY(repo.finalize(QUuid::fromString(june), {}));

        auto run = [&](const QString &status, const QString &from, const QString &to) {
            ListQuery q;
            q.status = status;
            q.fromDate = from;
            q.toDate = to;
            auto rows = repo.list(q);
            return rows ? uuids(*rows) : QStringList{QStringLiteral("<error>")};
        };
        QCOMPARE(run({}, {}, {}), sorted({may, june, july, id(undated->uuid)}));
        QCOMPARE(run(QStringLiteral("finalized"), {}, {}), QStringList{june});
        QCOMPARE(run(QStringLiteral("draft"), {}, {}), sorted({may, july, id(undated->uuid)}));
        QCOMPARE(run({}, QStringLiteral("2024-06-01"), {}), sorted({june, july}));
        QCOMPARE(run({}, {}, QStringLiteral("2024-06-01")), sorted({may, june}));
        QCOMPARE(run({}, QStringLiteral("2024-05-15"), QStringLiteral("2024-07-19")), QStringList{june});
        QCOMPARE(run(QStringLiteral("draft"), QStringLiteral("2024-06-01"), {}), QStringList{july});

        // Paging and order: newest update first.
        ListQuery page;
        page.limit = 2;
        auto first = repo.list(page);
        QVERIFY(first && first->size() == 2);
        QVERIFY(first->at(0).updatedAt >= first->at(1).updatedAt);
        page.offset = 2;
        auto second = repo.list(page);
        QVERIFY(second && second->size() == 2);
        QCOMPARE(sorted(uuids(*first) + uuids(*second)), run({}, {}, {}));
    }

    void finalizeRefusesIncomplete()
    {
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(model::Seizure());
        QVERIFY(draft);
        auto r = repo.finalize(draft->uuid, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("incomplete"));
        for (const char *path : {"occurredAt", "placeName", "locationType", "gps", "direction", "transportMode",
                                 "route.departureCountry", "route.destinationCountry", "items"})
            QVERIFY2(r.error().message.contains(QString::fromLatin1(path) + QLatin1Char(':')), path);
        // Nothing changed: still a draft, not signed, not queued, no finalize event.
        auto back = repo.get(draft->uuid);
        QVERIFY(back);
        QCOMPARE(back->status, model::Status::Draft);
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM seizures WHERE uuid = ? AND signature IS NOT NULL"),
                       draft->uuid),
                 qint64(0));
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE uuid = ?"), draft->uuid), qint64(0));
        for (const auto &e : auditFor(v->s(), draft->uuid))
            QVERIFY(e.type != store::audit::Finalize);

        // A container number with a bad check digit blocks until a reason is given.
        model::Seizure s = completeSeizure();
        s.conveyances.first().containerNumber = QStringLiteral("CSQU3054384");
        auto bad = repo.saveDraft(s);
        QVERIFY(bad);
        auto refused = repo.finalize(bad->uuid, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("conveyances[0].containerNumber")));
        auto accepted = repo.finalize(bad->uuid, {{QStringLiteral("conveyances[0].containerNumber"),
                                                   QStringLiteral("Marking damaged, read from the B/L")}});
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        QVERIFY(accepted->payload.contains("Marking damaged, read from the B/L")); // the reason is signed
    }

    void finalizeSigns_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("built in C++") << QString();
        QTest::newRow("quick-seizure.json") << QStringLiteral("quick-seizure.json");
        QTest::newRow("full-seizure.json") << QStringLiteral("full-seizure.json");
    }
    void finalizeSigns()
    {
        QFETCH(QString, source);
        model::Seizure record = completeSeizure();
        if (!source.isEmpty()) {
            QStringList errors;
            auto fromFile = seizureFromDataFile(source, &errors);
            if (!fromFile && errors.isEmpty())
                QFAIL("tests/data/model example document is missing");
            QVERIFY2(fromFile, qPrintable(errors.join(QLatin1Char('\n'))));
            record = *fromFile;
        }
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(record);
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
        const QByteArray jpeg = makeJpeg();
        auto photo = attach(v->s(), draft->uuid, jpeg);
        QVERIFY2(photo, qPrintable(photo ? QString() : photo.error().message));
        QCOMPARE(photo->mimeType, QStringLiteral("image/jpeg"));

        auto sealed = repo.finalize(draft->uuid, {});
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QCOMPARE(sealed->version, 1);
        QVERIFY(repo.verifySigned(*sealed, v->s().signingPublicKey()));
        // E1: the signature covers every attachment's capture hash.
        QVERIFY(sealed->payload.contains(photo->sha256.toLatin1()));
        QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
        crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                           reinterpret_cast<const unsigned char *>(jpeg.constData()), size_t(jpeg.size()));
        QCOMPARE(photo->sha256, QString::fromLatin1(digest.toHex()));
        // The payload is canonical JSON, and what get() shows is what was signed.
        const QJsonObject envelope = QJsonDocument::fromJson(sealed->payload).object();
        QCOMPARE(model::canonicalJson(envelope), sealed->payload);
        auto shown = repo.get(draft->uuid);
        QVERIFY(shown);
        QCOMPARE(shown->status, model::Status::Finalized);
        QCOMPARE(model::canonicalJson(model::toJson(*shown)),
                 model::canonicalJson(envelope.value(QLatin1String("record")).toObject()));

        auto stored = repo.signedVersion(draft->uuid, 1);
        QVERIFY(stored);
        QCOMPARE(stored->payload, sealed->payload);
        QCOMPARE(stored->signature, sealed->signature);
        QCOMPARE(stored->contentHash, sealed->contentHash);
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM outbox WHERE uuid = ? AND state = 'queued'"),
                       draft->uuid),
                 qint64(1));
        const auto events = auditFor(v->s(), draft->uuid);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().type, store::audit::Finalize);
        QCOMPARE(events.last().detail.value(QLatin1String("contentHash")).toString(), sealed->contentHash);

        // Another key does not verify it.
        QByteArray otherPk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        QByteArray otherSk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(otherPk.data()),
                            reinterpret_cast<unsigned char *>(otherSk.data()));
        auto foreign = repo.verifySigned(*sealed, otherPk);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, QStringLiteral("bad_signature"));

        // A signed record takes neither edits, nor attachments, nor a second signature.
        auto edit = repo.saveDraft(*shown);
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, QStringLiteral("signed"));
        auto more = attach(v->s(), draft->uuid, makeJpeg(64, 64));
        QVERIFY(!more);
        QCOMPARE(more.error().code, QStringLiteral("signed"));
        auto again = repo.finalize(draft->uuid, {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("signed"));
        auto discard = repo.discardDraft(draft->uuid);
        QVERIFY(!discard);
        QCOMPARE(discard.error().code, QStringLiteral("signed"));
    }

    // E1: an attacker who edits the stored payload (after dropping the trigger) is caught.
    void tamperedPayloadFailsVerification_data()
    {
        QTest::addColumn<bool>("rehash");
        QTest::newRow("payload byte flipped") << false;
        QTest::newRow("payload and hash rewritten") << true;
    }
    void tamperedPayloadFailsVerification()
    {
        QFETCH(bool, rehash);
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(completeSeizure());
        QVERIFY(draft);
        auto sealed = repo.finalize(draft->uuid, {});
        QVERIFY(sealed);

        QVERIFY(v->db().exec(QStringLiteral("DROP TRIGGER signed_versions_immutable")));
        QByteArray forged = sealed->payload;
        const qsizetype at = forged.indexOf("12000");
        QVERIFY(at > 0);
        forged[at] = '9'; // 92000 cigarettes
        auto update = v->db().prepare(QStringLiteral(
            "UPDATE seizures SET signed_payload = ?, content_hash = coalesce(?, content_hash) WHERE uuid = ? AND version = 1"));
        QVERIFY(update);
        QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
        crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                           reinterpret_cast<const unsigned char *>(forged.constData()), size_t(forged.size()));
        update->bind(1, forged);
        if (rehash)
            update->bind(2, QString::fromLatin1(digest.toHex()));
        else
            update->bindNull(2);
        update->bind(3, id(draft->uuid));
        QVERIFY(update->exec());

        auto stored = repo.signedVersion(draft->uuid, 1);
        QVERIFY(stored);
        QCOMPARE(stored->payload, forged);
        auto verdict = repo.verifySigned(*stored, v->s().signingPublicKey());
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().code, rehash ? QStringLiteral("bad_signature") : QStringLiteral("hash_mismatch"));
    }

    // E3: the database itself refuses to change or delete a signed version.
    void signedVersionImmutable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expectedError");
        const QString immutable = QStringLiteral("immutable");
        QTest::newRow("document") << QStringLiteral("UPDATE seizures SET document = '{}' WHERE uuid = ?") << immutable;
        QTest::newRow("signed_payload") << QStringLiteral("UPDATE seizures SET signed_payload = x'00' WHERE uuid = ?")
                                        << immutable;
        QTest::newRow("content_hash") << QStringLiteral("UPDATE seizures SET content_hash = 'x' WHERE uuid = ?")
                                      << immutable;
        QTest::newRow("signature") << QStringLiteral("UPDATE seizures SET signature = NULL WHERE uuid = ?") << immutable;
        QTest::newRow("amends") << QStringLiteral("UPDATE seizures SET amends = 'x' WHERE uuid = ?") << immutable;
        QTest::newRow("delete") << QStringLiteral("DELETE FROM seizures WHERE uuid = ?")
                                << QStringLiteral("cannot be deleted");
        // Beyond the columns the triggers name: the rest of a signed version's rows.
        QTest::newRow("renumber version") << QStringLiteral("UPDATE seizures SET version = 99 WHERE uuid = ?")
                                          << QString(); // refused by the nominal half's foreign key
        QTest::newRow("nominal half") << QStringLiteral(
            "UPDATE seizure_nominal SET document = '{\"persons\":[{\"surname\":\"Forged\"}]}' WHERE uuid = ?")
                                      << QString();
        QTest::newRow("attachment row") << QStringLiteral("DELETE FROM attachments WHERE uuid = ?") << QString();
    }
    void signedVersionImmutable()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expectedError);
        auto &repo = v->s().seizures();
        model::Seizure record = completeSeizure();
        model::Person p;
        p.surname = QStringLiteral("Original");
        record.persons << p;
        auto draft = repo.saveDraft(record);
        QVERIFY(draft);
        QVERIFY(attach(v->s(), draft->uuid, makeJpeg(64, 64)));
        auto sealed = repo.finalize(draft->uuid, {});
        QVERIFY(sealed);
        const QByteArray documentBefore = sqlValue(v->db(), QStringLiteral("SELECT document FROM seizures WHERE uuid = ?"),
                                                   id(draft->uuid))
                                              .toByteArray();

        auto stmt = v->db().prepare(sql);
        QVERIFY(stmt);
        stmt->bind(1, id(draft->uuid));
        const Status result = stmt->exec();
        QVERIFY(!result);
        if (!result && !expectedError.isEmpty())
            QVERIFY2(result.error().message.contains(expectedError), qPrintable(result.error().message));

        // Whatever the statement did, the signed evidence is intact and verifies.
        auto stored = repo.signedVersion(draft->uuid, 1);
        if (expectedError.isEmpty() && !stored)
            return; // (renumbered away: already reported above)
        QVERIFY(stored);
        QVERIFY(repo.verifySigned(*stored, v->s().signingPublicKey()));
        QCOMPARE(sqlValue(v->db(), QStringLiteral("SELECT document FROM seizures WHERE uuid = ?"), id(draft->uuid))
                     .toByteArray(),
                 documentBefore);
    }

    // E3: a correction is a new version naming the hash of the one it amends.
    void amendCreatesVersion2()
    {
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(completeSeizure());
        QVERIFY(draft);
        QVERIFY(attach(v->s(), draft->uuid, makeJpeg(64, 64)));
        auto v1 = repo.finalize(draft->uuid, {});
        QVERIFY(v1);

        auto amending = repo.amend(draft->uuid);
        QVERIFY2(amending, qPrintable(amending ? QString() : amending.error().message));
        QCOMPARE(amending->version, 2);
        QCOMPARE(amending->status, model::Status::Draft);
        QCOMPARE(amending->amends, v1->contentHash);
        QCOMPARE(amending->attachments.size(), 1); // earlier attachments stay visible
        auto twice = repo.amend(draft->uuid);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("draft"));

        model::Seizure corrected = *amending;
        corrected.items.first().quantity = 11800.0;
        auto saved = repo.saveDraft(corrected);
        QVERIFY(saved);
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->amends, v1->contentHash);

        // v1 is untouched and still verifies; the list shows the latest version once.
        auto oldVersion = repo.get(draft->uuid, 1);
        QVERIFY(oldVersion);
        QCOMPARE(oldVersion->items.first().quantity.value(), 12000.0);
        QCOMPARE(oldVersion->status, model::Status::Finalized);
        QVERIFY(repo.verifySigned(*repo.signedVersion(draft->uuid, 1), v->s().signingPublicKey()));
        auto rows = repo.list({});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().version, 2);

        auto v2 = repo.finalize(draft->uuid, {});
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QVERIFY(v2->contentHash != v1->contentHash);
        const QJsonObject record =
            QJsonDocument::fromJson(v2->payload).object().value(QLatin1String("record")).toObject();
        QCOMPARE(record.value(QLatin1String("amends")).toString(), v1->contentHash);
        QCOMPARE(record.value(QLatin1String("version")).toInt(), 2);
        QVERIFY(repo.verifySigned(*v2, v->s().signingPublicKey()));

        const auto events = auditFor(v->s(), draft->uuid);
        QStringList types;
        for (const auto &e : events)
            types << e.type;
        QCOMPARE(types, (QStringList{store::audit::Create, store::audit::Attach, store::audit::Finalize,
                                     store::audit::Amend, store::audit::Edit, store::audit::Finalize}));
        QCOMPARE(events[3].detail.value(QLatin1String("amends")).toString(), v1->contentHash);
    }

    void discardDraft()
    {
        auto &repo = v->s().seizures();
        model::Seizure s = completeSeizure();
        model::Person p;
        p.surname = QStringLiteral("Discarded");
        p.documentType = QStringLiteral("PASSPORT");
        p.documentNumber = QStringLiteral("ZZ1234567");
        s.persons << p;
        auto draft = repo.saveDraft(s);
        QVERIFY(draft);
        QVERIFY(repo.discardDraft(draft->uuid));
        auto gone = repo.get(draft->uuid);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("not_found"));
        // The personal half and the search keys go with it (no leftovers naming the person).
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM seizure_nominal WHERE uuid = ?"), draft->uuid),
                 qint64(0));
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM search_keys WHERE uuid = ?"), draft->uuid),
                 qint64(0));
        const auto events = auditFor(v->s(), draft->uuid);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().type, store::audit::Discard);
        QCOMPARE(events.last().version, 1);
        auto chain = v->s().audit().verify();
        QVERIFY(chain && chain->isEmpty());
        auto twice = repo.discardDraft(draft->uuid);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("not_found"));
    }

    void discardAmendingDraftKeepsSignedVersion()
    {
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(completeSeizure());
        QVERIFY(draft);
        QVERIFY(repo.finalize(draft->uuid, {}));
        QVERIFY(repo.amend(draft->uuid));
        QVERIFY(repo.discardDraft(draft->uuid));
        auto latest = repo.get(draft->uuid);
        QVERIFY(latest);
        QCOMPARE(latest->version, 1);
        QCOMPARE(latest->status, model::Status::Finalized);
        QVERIFY(repo.verifySigned(*repo.signedVersion(draft->uuid, 1), v->s().signingPublicKey()));
    }

    // A discarded draft's photos must not outlive it (they may show people).
    void discardRemovesAttachments()
    {
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(completeSeizure());
        QVERIFY(draft);
        auto photo = attach(v->s(), draft->uuid, makeJpeg(), QStringLiteral("PERSON"));
        QVERIFY(photo);
        QVERIFY(repo.discardDraft(draft->uuid));
        QCOMPARE(count(v->db(), QStringLiteral("SELECT count(*) FROM attachments WHERE uuid = ?"), draft->uuid),
                 qint64(0));
        QVERIFY(v->s().blobs().files().isEmpty());
    }

    void recordViewIsAudited()
    {
        auto &repo = v->s().seizures();
        auto draft = repo.saveDraft(completeSeizure());
        QVERIFY(draft);
        QVERIFY(repo.recordView(draft->uuid, 1));
        const auto events = auditFor(v->s(), draft->uuid);
        QCOMPARE(events.last().type, store::audit::View);
    }
};

QTEST_GUILESS_MAIN(TestSeizureRepository)
#include "tst_seizurerepository.moc"
