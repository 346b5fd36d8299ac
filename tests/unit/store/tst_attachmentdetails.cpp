// Attachments of a draft: listing, kind and caption corrections, removal of a wrong shot, and the
// refusals that keep a signed version's attachments immutable (SECURITY.md E2, E3).
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace saisie;
using namespace saisie::testing;

namespace {
QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QList<store::AuditEvent> eventsOf(store::Session &s, const QString &type)
{
    QList<store::AuditEvent> out;
    if (auto all = s.audit().events())
        for (const auto &e : *all)
            if (e.type == type)
                out << e;
    return out;
}
} // namespace

class TestAttachmentDetails : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestVault> v;
    QUuid record;

    model::AttachmentInfo addPhoto(const QString &kind = QStringLiteral("GOODS"), const QString &caption = {})
    {
        auto added = attach(v->s(), record, makeJpeg(), kind, caption);
        if (!added)
            qFatal("attach failed");
        return *added;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        v = std::make_unique<TestVault>();
        QString error;
        QVERIFY2(v->create(&error), qPrintable(error));
        auto draft = v->s().seizures().saveDraft(completeSeizure());
        QVERIFY(draft);
        record = draft->uuid;
    }
    void cleanup() { v.reset(); }

    void listLatestMarksDraftAttachmentsEditable()
    {
        const auto photo = addPhoto();
        auto listing = v->s().attachments().listLatest(record);
        QVERIFY(listing);
        QCOMPARE(listing->version, 1);
        QVERIFY(listing->draft);
        QCOMPARE(listing->items.size(), 1);
        QCOMPARE(listing->items.first().id, photo.id);
        QVERIFY(listing->editable.contains(photo.id));
        QVERIFY(listing->thumbnailed.contains(photo.id));

        auto missing = v->s().attachments().listLatest(QUuid::createUuid());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("not_found"));
    }

    void updateDetails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<bool>("shareable");
        QTest::addColumn<QStringList>("changed");
        QTest::newRow("caption only") << QStringLiteral("GOODS") << QStringLiteral("Pallet 3, left") << true
                                      << QStringList{QStringLiteral("caption")};
        QTest::newRow("to person") << QStringLiteral("PERSON") << QString() << false
                                   << QStringList{QStringLiteral("kind")};
        QTest::newRow("to document with caption")
            << QStringLiteral("DOCUMENT") << QStringLiteral("Bill of lading") << false
            << QStringList{QStringLiteral("kind"), QStringLiteral("caption")};
        QTest::newRow("to scene") << QStringLiteral("SCENE") << QString() << true
                                  << QStringList{QStringLiteral("kind")};
    }
    void updateDetails()
    {
        QFETCH(QString, kind);
        QFETCH(QString, caption);
        QFETCH(bool, shareable);
        QFETCH(QStringList, changed);
        const auto photo = addPhoto();
        auto updated = v->s().attachments().updateDetails(record, photo.id, kind, caption);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(updated->kind.value(), kind);
        QCOMPARE(updated->caption.isSet(), !caption.isEmpty());
        if (!caption.isEmpty())
            QCOMPARE(updated->caption.value(), caption);
        QCOMPARE(updated->cenShareable.value(), shareable);
        QCOMPARE(updated->sha256, photo.sha256); // the original is untouched

        // Round trip through the store, and one audit event naming the fields, not the caption.
        auto again = v->s().seizures().get(record);
        QVERIFY(again);
        QCOMPARE(again->attachments.size(), 1);
        QCOMPARE(again->attachments.first(), *updated);
        const auto edits = eventsOf(v->s(), store::audit::AttachmentEdit);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().subject, id(record));
        QCOMPARE(edits.first().detail.value(QLatin1String("attachment")).toString(), id(photo.id));
        QCOMPARE(edits.first().detail.value(QLatin1String("changed")).toArray().toVariantList(),
                 QVariant(changed).toList());
        if (!caption.isEmpty())
            QVERIFY(!QJsonDocument(edits.first().detail).toJson().contains(caption.toUtf8()));
        auto chain = v->s().audit().verify();
        QVERIFY(chain && chain->isEmpty());
    }

    void unchangedDetailsLeaveNoEvent()
    {
        const auto photo = addPhoto(QStringLiteral("GOODS"), QStringLiteral("Same"));
        auto same = v->s().attachments().updateDetails(record, photo.id, QStringLiteral("GOODS"),
                                                       QStringLiteral("Same"));
        QVERIFY(same);
        QCOMPARE(*same, photo);
        QVERIFY(eventsOf(v->s(), store::audit::AttachmentEdit).isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("captionLength");
        QTest::addColumn<bool>("otherRecord");
        QTest::addColumn<bool>("otherAttachment");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown kind")
            << QStringLiteral("selfie") << 0 << false << false << QStringLiteral("kind");
        QTest::newRow("lower-case kind")
            << QStringLiteral("goods") << 0 << false << false << QStringLiteral("kind");
        QTest::newRow("long caption")
            << QStringLiteral("GOODS") << 4001 << false << false << QStringLiteral("caption");
        QTest::newRow("other record")
            << QStringLiteral("GOODS") << 0 << true << false << QStringLiteral("not_found");
        QTest::newRow("no such attachment")
            << QStringLiteral("GOODS") << 0 << false << true << QStringLiteral("not_found");
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, captionLength);
        QFETCH(bool, otherRecord);
        QFETCH(bool, otherAttachment);
        QFETCH(QString, code);
        const auto photo = addPhoto(QStringLiteral("GOODS"), QStringLiteral("Kept"));
        const QUuid seizure = otherRecord ? QUuid::createUuid() : record;
        const QUuid attachment = otherAttachment ? QUuid::createUuid() : photo.id;
        auto refused =
            v->s().attachments().updateDetails(seizure, attachment, kind, QString(captionLength, u'x'));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        auto stored = v->s().seizures().get(record);
        QVERIFY(stored);
        QCOMPARE(stored->attachments.first(), photo); // nothing changed
        QVERIFY(eventsOf(v->s(), store::audit::AttachmentEdit).isEmpty());
    }

    void signedVersionIsImmutable()
    {
        const auto photo = addPhoto();
        QVERIFY(v->s().seizures().finalize(record, {}));
        auto edit = v->s().attachments().updateDetails(record, photo.id, QStringLiteral("PERSON"), QString());
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, QStringLiteral("signed"));
        auto remove = v->s().attachments().removeFromDraft(record, photo.id);
        QVERIFY(!remove);
        QCOMPARE(remove.error().code, QStringLiteral("signed"));

        // After an amendment the old photo still belongs to the signed version; a new one can change.
        QVERIFY(v->s().seizures().amend(record));
        QVERIFY(!v->s().attachments().updateDetails(record, photo.id, QStringLiteral("PERSON"), QString()));
        const auto added = addPhoto();
        auto listing = v->s().attachments().listLatest(record);
        QVERIFY(listing);
        QCOMPARE(listing->version, 2);
        QCOMPARE(listing->items.size(), 2);
        QCOMPARE(listing->editable, QSet<QUuid>{added.id});
        QVERIFY(v->s().attachments().updateDetails(record, added.id, QStringLiteral("SCENE"),
                                                   QStringLiteral("Quay")));
    }

    void removeFromDraft()
    {
        const auto kept = addPhoto();
        const auto wrong = addPhoto();
        const int filesBefore = int(v->s().blobs().files().size());
        QVERIFY(v->s().attachments().removeFromDraft(record, wrong.id));
        auto listing = v->s().attachments().listLatest(record);
        QVERIFY(listing);
        QCOMPARE(listing->items.size(), 1);
        QCOMPARE(listing->items.first().id, kept.id);
        QCOMPARE(int(v->s().blobs().files().size()), filesBefore - 2); // original and thumbnail
        const auto detached = eventsOf(v->s(), store::audit::Detach);
        QCOMPARE(detached.size(), 1);
        QCOMPARE(detached.first().detail.value(QLatin1String("sha256")).toString(), wrong.sha256);
        QVERIFY(v->s().fullCheck().isEmpty());
        auto twice = v->s().attachments().removeFromDraft(record, wrong.id);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentDetails)
#include "tst_attachmentdetails.moc"
