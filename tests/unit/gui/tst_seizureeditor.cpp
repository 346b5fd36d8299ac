// SeizureEditor against a real vault and store: paths, the three field states, what makes a draft,
// debounced and flushed saves that read back after a reopen, issues and overrides, finalize,
// discard, and saving before lock.
#include "capture/jsonpath.h"
#include "capture/seizureeditor.h"
#include "store/session.h"
#include "unlockedprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using saisie::gui::SeizureEditor;
using saisie::gui::SessionController;

namespace {
QString quickJson(SeizureEditor &editor)
{
    return QString::fromUtf8(QJsonDocument(editor.document()).toJson(QJsonDocument::Compact));
}

/// The quick-entry set, as the quick capture page fills it.
void fillQuickSet(SeizureEditor &editor)
{
    QVERIFY(editor.setValue(QStringLiteral("placeName"), QStringLiteral("Port 2000, quai 4")));
    QVERIFY(editor.setValue(QStringLiteral("locationType"), QStringLiteral("0")));
    QVERIFY(editor.setValue(QStringLiteral("direction"), QStringLiteral("UNKNOWN")));
    QVERIFY(editor.setValue(QStringLiteral("transportMode"), QStringLiteral("1")));
    QVERIFY(editor.setValue(QStringLiteral("route.departureCountry"), QStringLiteral("CN")));
    QVERIFY(editor.setValue(QStringLiteral("route.destinationCountry"), QStringLiteral("FR")));
    QVERIFY(editor.setValue(QStringLiteral("gps.manualReason"), QStringLiteral("inside a steel hold")));
    QVERIFY(editor.setValue(QStringLiteral("items[0].category"), QStringLiteral("TOBACCO")));
    QVERIFY(editor.setValue(QStringLiteral("items[0].subtype"), QStringLiteral("UNKNOWN")));
    QVERIFY(editor.setValue(QStringLiteral("items[0].quantity"), 120));
    QVERIFY(editor.setValue(QStringLiteral("items[0].unit"), QStringLiteral("KGM")));
}
} // namespace

class TestSeizureEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;

    void unlock() { QVERIFY(saisie::testing::unlockProfile(*m_session)); }

    int storedCount() { return int(m_session->storeSession()->seizures().list({})->size()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = saisie::testing::createProfileController(m_dir->path() + QStringLiteral("/data"));
        QVERIFY(m_session);
        unlock();
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void pathsParse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("steps"); // -1: refused
        QTest::newRow("key") << "occurredAt" << 1;
        QTest::newRow("nested") << "route.departureCountry" << 2;
        QTest::newRow("list entry field") << "items[0].quantity" << 3;
        QTest::newRow("scalar list entry") << "route.transitCountries[2]" << 3;
        QTest::newRow("list in list") << "conveyances[1].sealNumbers[0]" << 4;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("leading index") << "[0]" << -1;
        QTest::newRow("bad index") << "items[x].unit" << -1;
        QTest::newRow("negative index") << "items[-1]" << -1;
        QTest::newRow("index beyond list limit") << "items[500]" << -1;
        QTest::newRow("double dot") << "route..departureCountry" << -1;
        QTest::newRow("trailing dot") << "route." << -1;
        QTest::newRow("unclosed") << "items[0" << -1;
        QTest::newRow("punctuation") << "items;drop" << -1;
    }
    void pathsParse()
    {
        QFETCH(QString, path);
        QFETCH(int, steps);
        const auto parsed = saisie::gui::jsonpath::parse(path);
        QCOMPARE(parsed ? int(parsed->size()) : -1, steps);
    }

    void newRecordIsNotStoredUntilTheOfficerTypes()
    {
        SeizureEditor editor;
        editor.setSession(m_session.get());
        editor.startNew();
        QVERIFY(!editor.uuid().isEmpty());
        QVERIFY(editor.isEditable());
        QVERIFY(!editor.value(QStringLiteral("occurredAt")).toString().isEmpty());
        QVERIFY(editor.prefill(QStringLiteral("gps"),
                               QVariantMap{{QStringLiteral("lat"), 49.48},
                                           {QStringLiteral("lon"), 0.11},
                                           {QStringLiteral("source"), QStringLiteral("GNSS")}}));
        QVERIFY(!editor.isDirty());
        QVERIFY(editor.flush());
        QCOMPARE(storedCount(), 0); // abandoning an untouched form leaves nothing behind

        QSignalSpy saved(&editor, &SeizureEditor::saved);
        editor.setSaveDelay(50);
        QVERIFY(editor.setValue(QStringLiteral("placeName"), QStringLiteral("Quai de l'Europe")));
        QVERIFY(editor.isDirty());
        QVERIFY(saved.wait(5000)); // the debounce saves by itself
        QVERIFY(editor.isStored());
        QCOMPARE(storedCount(), 1);
    }

    void valuesRoundTripThroughTheStore()
    {
        QString id;
        {
            SeizureEditor editor;
            editor.setSession(m_session.get());
            editor.startNew();
            id = editor.uuid();
            fillQuickSet(editor);
            QVERIFY(editor.setValue(QStringLiteral("conveyances[0].containerNumber"),
                                    QStringLiteral("CSQU3054383")));
            QVERIFY(editor.setValue(QStringLiteral("route.transitCountries[0]"), QStringLiteral("NL")));
            QVERIFY(editor.setUnknown(QStringLiteral("customsOffice")));
            QVERIFY(editor.flush());
        }
        SeizureEditor reopened;
        reopened.setSession(m_session.get());
        QVERIFY(reopened.open(id));
        QCOMPARE(reopened.value(QStringLiteral("placeName")).toString(), QStringLiteral("Port 2000, quai 4"));
        QCOMPARE(reopened.value(QStringLiteral("items[0].quantity")).toDouble(), 120.0);
        QCOMPARE(reopened.value(QStringLiteral("conveyances[0].containerNumber")).toString(),
                 QStringLiteral("CSQU3054383"));
        QCOMPARE(reopened.count(QStringLiteral("route.transitCountries")), 1);
        QVERIFY(reopened.isUnknown(QStringLiteral("customsOffice")));
        QVERIFY(!reopened.value(QStringLiteral("narrative")).isValid()); // not filled stays not filled
        QVERIFY(!reopened.isUnknown(QStringLiteral("narrative")));
    }

    void refusedValuesChangeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown field") << "items[0].quantiy" << QVariant(3);
        QTest::newRow("text for a number") << "items[0].quantity" << QVariant(QStringLiteral("12 kg"));
        QTest::newRow("code outside its list") << "direction" << QVariant(QStringLiteral("SIDEWAYS"));
        QTest::newRow("null for a coded field") << "transportMode" << QVariant::fromValue(nullptr);
        QTest::newRow("timestamp without offset")
            << "occurredAt" << QVariant(QStringLiteral("2026-11-27T10:00"));
        QTest::newRow("latitude out of range") << "gps.lat" << QVariant(91.0);
        QTest::newRow("system field") << "status" << QVariant(QStringLiteral("accepted"));
        QTest::newRow("attachments") << "attachments[0].sha256" << QVariant(QString(64, u'a'));
        QTest::newRow("record id") << "uuid" << QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::newRow("malformed path") << "items[0" << QVariant(1);
        QTest::newRow("index into an object") << "route[0]" << QVariant(QStringLiteral("FR"));
    }
    void refusedValuesChangeNothing()
    {
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        SeizureEditor editor;
        editor.setSession(m_session.get());
        editor.startNew();
        QVERIFY(editor.setValue(QStringLiteral("items[0].quantity"), 5));
        const QJsonObject before = editor.document();
        QVERIFY(!editor.setValue(path, value));
        QVERIFY(!editor.errorString().isEmpty());
        QCOMPARE(editor.document(), before);
    }

    void clearingAndLists()
    {
        SeizureEditor editor;
        editor.setSession(m_session.get());
        editor.startNew();
        QCOMPARE(editor.append(QStringLiteral("items")), 0);
        QCOMPARE(editor.append(QStringLiteral("items")), 1);
        QVERIFY(editor.setValue(QStringLiteral("items[1].brand"), QStringLiteral("Marlboro")));
        QVERIFY(editor.removeAt(QStringLiteral("items"), 0));
        QCOMPARE(editor.count(QStringLiteral("items")), 1);
        QCOMPARE(editor.value(QStringLiteral("items[0].brand")).toString(), QStringLiteral("Marlboro"));
        QVERIFY(editor.setValue(QStringLiteral("items[0].brand"), QString())); // empty text = not filled
        QVERIFY(!editor.value(QStringLiteral("items[0].brand")).isValid());
        QVERIFY(!editor.removeAt(QStringLiteral("items"), 3));
        QVERIFY(editor.setValue(QStringLiteral("route.transitCountries[0]"), QStringLiteral("BE")));
        QVERIFY(editor.setValue(QStringLiteral("route.transitCountries[1]"), QStringLiteral("NL")));
        QVERIFY(
            editor.setValue(QStringLiteral("route.transitCountries[0]"), QVariant())); // removes the entry
        QCOMPARE(editor.value(QStringLiteral("route.transitCountries")).toStringList(),
                 QStringList{QStringLiteral("NL")});
    }

    void issuesOverridesAndFinalize()
    {
        SeizureEditor editor;
        editor.setSession(m_session.get());
        editor.startNew();
        QVERIFY(!editor.canFinalize());
        QVERIFY(!editor.issuesAt(QStringLiteral("items")).isEmpty());
        const double empty = editor.completeness();
        fillQuickSet(editor);
        QVERIFY(editor.completeness() > empty);
        QVERIFY2(editor.canFinalize(), qPrintable(quickJson(editor)));

        // A container number with a wrong check digit blocks until the officer gives a reason.
        const QString container = QStringLiteral("conveyances[0].containerNumber");
        QVERIFY(editor.setValue(container, QStringLiteral("CSQU3054384")));
        QVERIFY(!editor.canFinalize());
        const QVariantList issues = editor.issuesAt(container);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().toMap().value(QStringLiteral("overridable")).toBool());
        QVERIFY(!editor.finalize());
        QVERIFY(!editor.errorString().isEmpty());
        editor.setOverride(container, QStringLiteral("   "));
        QVERIFY(!editor.canFinalize()); // a blank reason does not count
        editor.setOverride(container, QStringLiteral("Number painted over; read from the manifest"));
        QVERIFY(editor.canFinalize());

        QSignalSpy finalized(&editor, &SeizureEditor::finalized);
        QVERIFY2(editor.finalize(), qPrintable(editor.errorString()));
        QCOMPARE(finalized.count(), 1);
        QVERIFY(editor.status() != QLatin1String("draft"));
        QVERIFY(!editor.isEditable());
        QVERIFY(!editor.setValue(QStringLiteral("placeName"), QStringLiteral("changed after signing")));
        auto signedVersion =
            m_session->storeSession()->seizures().signedVersion(QUuid::fromString(editor.uuid()), 1);
        QVERIFY(signedVersion);
        QVERIFY(signedVersion->payload.contains("Number painted over"));
    }

    void discardRemovesTheDraft()
    {
        SeizureEditor editor;
        editor.setSession(m_session.get());
        editor.startNew();
        QVERIFY(editor.setValue(QStringLiteral("placeName"), QStringLiteral("Gare de triage")));
        QVERIFY(editor.flush());
        QCOMPARE(storedCount(), 1);
        QSignalSpy discarded(&editor, &SeizureEditor::discarded);
        QVERIFY(editor.discard());
        QCOMPARE(discarded.count(), 1);
        QCOMPARE(storedCount(), 0);
        QVERIFY(editor.uuid().isEmpty());
    }

    void lockSavesPendingChanges()
    {
        SeizureEditor editor;
        editor.setSession(m_session.get());
        editor.setSaveDelay(60'000); // only the lock can save it in time
        editor.startNew();
        const QString id = editor.uuid();
        QVERIFY(editor.setValue(QStringLiteral("placeName"), QStringLiteral("Aire de Saint-Laurent")));
        QVERIFY(editor.isDirty());
        m_session->lock();
        QVERIFY(editor.uuid().isEmpty()); // nothing of the record stays in memory
        unlock();
        SeizureEditor reopened;
        reopened.setSession(m_session.get());
        QVERIFY(reopened.open(id));
        QCOMPARE(reopened.value(QStringLiteral("placeName")).toString(),
                 QStringLiteral("Aire de Saint-Laurent"));
    }

    void failedSaveStaysPending()
    {
        SeizureEditor editor; // no session yet: every save fails
        editor.startNew();
        QVERIFY(editor.setValue(QStringLiteral("placeName"), QStringLiteral("Quai Joannès Couvert")));
        QVERIFY(!editor.flush());
        QVERIFY(editor.isDirty()); // nothing was written, and the editor says so
        QVERIFY(!editor.errorString().isEmpty());
        editor.setSession(m_session.get());
        QVERIFY(editor.flush());
        QVERIFY(!editor.isDirty());
        QVERIFY(editor.errorString().isEmpty());
        QCOMPARE(storedCount(), 1);
    }

    void lockedEditorRefusesToOpen()
    {
        SeizureEditor editor;
        editor.setSession(m_session.get());
        m_session->lock();
        QVERIFY(!editor.open(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY(!editor.errorString().isEmpty());
        QVERIFY(!editor.setValue(QStringLiteral("placeName"), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestSeizureEditor)
#include "tst_seizureeditor.moc"
