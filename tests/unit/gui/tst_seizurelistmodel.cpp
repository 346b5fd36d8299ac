// SeizureListModel: rows keyed by record UUID, fine-grained updates, roles for the list delegate;
// and against a real vault: search, status and date filters, and the waiting count, all done by
// the store (QAbstractItemModelTester watches every refresh).
#include "seizures/seizurelistmodel.h"

#include "storetesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using saisie::gui::SeizureListModel;
using saisie::store::SeizureSummary;
using Range = SeizureListModel::DateRange;

namespace {
SeizureSummary summary(int n, const QString &status = QStringLiteral("draft"))
{
    SeizureSummary s;
    s.uuid = QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    s.status = status;
    s.placeName = QStringLiteral("Place %1").arg(n);
    s.occurredAt = QStringLiteral("2025-03-14T09:32:00+01:00");
    s.commodityCategory = QStringLiteral("TOBACCO");
    s.completeness = 0.25 * n;
    s.updatedAt = QStringLiteral("2025-03-14T09:40:00.000Z");
    s.attachmentCount = n;
    return s;
}

QStringList placesOf(const SeizureListModel &model)
{
    QStringList places;
    for (int row = 0; row < model.rowCount(); ++row)
        places << model.data(model.index(row), SeizureListModel::PlaceNameRole).toString();
    places.sort();
    return places;
}

/// A vault holding records of every status a list shows, at known dates around "today"
/// (2024-05-20). Status changes the sync will make are written straight to the column.
struct Fixture
{
    saisie::testing::TestVault vault;
    bool build()
    {
        if (!vault.create())
            return false;
        auto &repo = vault.s().seizures();
        struct Row
        {
            const char *place;
            const char *occurredAt; // empty: an undated draft, dated by its last edit (2024-05-14)
            const char *status;
        };
        const Row rows[] = {
            {"Today draft", "2024-05-20T08:00:00+02:00", "draft"},
            {"Week finalized", "2024-05-15T08:00:00+02:00", "finalized"},
            {"Month queued", "2024-04-25T08:00:00+02:00", "queued"},
            {"Old delivered", "2024-01-02T08:00:00+01:00", "delivered"},
            {"Old returned", "2023-12-01T08:00:00+01:00", "returned"},
            {"Undated draft", "", "draft"},
        };
        for (const Row &row : rows) {
            saisie::model::Seizure s = saisie::testing::completeSeizure();
            s.placeName = QString::fromUtf8(row.place);
            if (*row.occurredAt)
                s.occurredAt = QString::fromLatin1(row.occurredAt);
            else
                s.occurredAt = {};
            if (QLatin1String(row.place) == QLatin1String("Week finalized"))
                s.conveyances.first().containerNumber = QStringLiteral("TGHU9876543");
            auto saved = repo.saveDraft(s);
            if (!saved)
                return false;
            if (QLatin1String(row.status) != QLatin1String("draft") &&
                !vault.db().exec(
                    QStringLiteral("UPDATE seizures SET status = '%1' WHERE uuid = '%2'")
                        .arg(QLatin1String(row.status), saved->uuid.toString(QUuid::WithoutBraces))))
                return false;
        }
        return true;
    }
};
} // namespace

class TestSeizureListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roles()
    {
        SeizureListModel model;
        model.setLanguage(QStringLiteral("en"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries({summary(2)});
        const QModelIndex row = model.index(0);
        QCOMPARE(model.data(row, SeizureListModel::UuidRole).toString(),
                 QStringLiteral("00000000-0000-4000-8000-000000000002"));
        QCOMPARE(model.data(row, SeizureListModel::StatusRole).toString(), QStringLiteral("draft"));
        QCOMPARE(model.data(row, SeizureListModel::PlaceNameRole).toString(), QStringLiteral("Place 2"));
        QCOMPARE(model.data(row, SeizureListModel::CommodityCategoryRole).toString(),
                 QStringLiteral("TOBACCO"));
        // The label comes from the bundled code list, not the raw code.
        const QString label = model.data(row, SeizureListModel::CommodityLabelRole).toString();
        QVERIFY(!label.isEmpty());
        QVERIFY2(label != QStringLiteral("TOBACCO"), qPrintable(label));
        QCOMPARE(model.data(row, SeizureListModel::CompletenessRole).toDouble(), 0.5);
        QCOMPARE(model.data(row, SeizureListModel::AttachmentCountRole).toInt(), 2);
        QCOMPARE(model.data(row, SeizureListModel::VersionRole).toInt(), 1);
        const auto names = model.roleNames();
        for (const char *name : {"uuid", "version", "status", "occurredAt", "placeName", "commodityCategory",
                                 "commodityLabel", "completeness", "updatedAt", "attachmentCount"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);
    }

    void unknownCodeStillShown()
    {
        SeizureListModel model;
        SeizureSummary s = summary(1);
        s.commodityCategory = QStringLiteral("NOT_A_CODE");
        model.setSummaries({s});
        QCOMPARE(model.data(model.index(0), SeizureListModel::CommodityLabelRole).toString(),
                 QStringLiteral("NOT_A_CODE"));
    }

    void updatesAreFineGrained()
    {
        SeizureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy count(&model, &SeizureListModel::countChanged);

        model.setSummaries({summary(1), summary(2), summary(3)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.count(), 3);

        // A new record on top, one finalized, one gone.
        model.setSummaries({summary(4), summary(1, QStringLiteral("finalized")), summary(2)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1), SeizureListModel::StatusRole).toString(),
                 QStringLiteral("finalized"));
        QCOMPARE(model.data(model.index(0), SeizureListModel::PlaceNameRole).toString(),
                 QStringLiteral("Place 4"));

        model.clear();
        QCOMPARE(model.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), 4);
    }

    void filtersAgainstTheStore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<int>("range");
        QTest::addColumn<QStringList>("places");
        const QStringList all = {QStringLiteral("Month queued"),  QStringLiteral("Old delivered"),
                                 QStringLiteral("Old returned"),  QStringLiteral("Today draft"),
                                 QStringLiteral("Undated draft"), QStringLiteral("Week finalized")};
        QTest::newRow("everything") << QString() << QStringList() << int(Range::AllDates) << all;
        QTest::newRow("drafts") << QString() << QStringList{QStringLiteral("draft")} << int(Range::AllDates)
                                << QStringList{QStringLiteral("Today draft"),
                                               QStringLiteral("Undated draft")};
        QTest::newRow("to send (two statuses)")
            << QString() << QStringList{QStringLiteral("finalized"), QStringLiteral("queued")}
            << int(Range::AllDates)
            << QStringList{QStringLiteral("Month queued"), QStringLiteral("Week finalized")};
        QTest::newRow("unknown status ignored")
            << QString() << QStringList{QStringLiteral("bogus")} << int(Range::AllDates) << all;
        QTest::newRow("today") << QString() << QStringList() << int(Range::Today)
                               << QStringList{QStringLiteral("Today draft")};
        // The undated draft was last edited on 2024-05-14 (the test clock): inside 7 days.
        QTest::newRow("7 days") << QString() << QStringList() << int(Range::Last7Days)
                                << QStringList{QStringLiteral("Today draft"), QStringLiteral("Undated draft"),
                                               QStringLiteral("Week finalized")};
        QTest::newRow("30 days") << QString() << QStringList() << int(Range::Last30Days)
                                 << QStringList{QStringLiteral("Month queued"), QStringLiteral("Today draft"),
                                                QStringLiteral("Undated draft"),
                                                QStringLiteral("Week finalized")};
        QTest::newRow("container search")
            << QStringLiteral("tghu 987654") << QStringList() << int(Range::AllDates)
            << QStringList{QStringLiteral("Week finalized")};
        QTest::newRow("search and status")
            << QStringLiteral("CSQU3054383") << QStringList{QStringLiteral("returned")}
            << int(Range::AllDates) << QStringList{QStringLiteral("Old returned")};
        QTest::newRow("status and date") << QString() << QStringList{QStringLiteral("delivered")}
                                         << int(Range::Last30Days) << QStringList();
    }
    void filtersAgainstTheStore()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, statuses);
        QFETCH(int, range);
        QFETCH(QStringList, places);
        Fixture fixture;
        QVERIFY(fixture.build());
        SeizureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday([] { return QDate(2024, 5, 20); });
        model.setRepository(&fixture.vault.s().seizures());
        QCOMPARE(model.count(), 6);
        QVERIFY(!model.isFiltered());
        QSignalSpy filter(&model, &SeizureListModel::filterChanged);
        model.setSearchText(text);
        model.setStatusFilter(statuses);
        model.setDateRange(Range(range));
        QCOMPARE(placesOf(model), places);
        const bool narrowed = !text.isEmpty() || statuses.contains(QStringLiteral("draft")) ||
                              statuses.contains(QStringLiteral("finalized")) ||
                              statuses.contains(QStringLiteral("delivered")) ||
                              statuses.contains(QStringLiteral("returned")) || range != int(Range::AllDates);
        QCOMPARE(model.isFiltered(), narrowed);
        QCOMPARE(filter.count() > 0, narrowed);
        // Filters never change what waits to be sent.
        QCOMPARE(model.waitingCount(), 2);
        QVERIFY(model.errorString().isEmpty());

        model.clearFilters();
        QCOMPARE(model.count(), 6);
        QVERIFY(!model.isFiltered());
    }

    void waitingCountFollowsTheStore()
    {
        Fixture fixture;
        QVERIFY(fixture.build());
        SeizureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy waiting(&model, &SeizureListModel::waitingCountChanged);
        model.setRepository(&fixture.vault.s().seizures());
        QCOMPARE(model.waitingCount(), 2);
        // Only the latest version counts, and a delivered record no longer waits.
        QVERIFY(fixture.vault.db().exec(QStringLiteral("UPDATE seizures SET status = 'delivered' "
                                                       "WHERE status = 'queued'")));
        model.refresh();
        QCOMPARE(model.waitingCount(), 1);
        // A real finalize (signature + outbox row) adds one.
        auto draft = fixture.vault.s().seizures().saveDraft(saisie::testing::completeSeizure());
        QVERIFY(draft);
        QVERIFY(fixture.vault.s().seizures().finalize(draft->uuid, {}));
        model.refresh();
        QCOMPARE(model.waitingCount(), 2);
        QCOMPARE(waiting.count(), 3);
        // Locking drops everything at once.
        model.setRepository(nullptr);
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.waitingCount(), 0);
    }

    void refreshIsFineGrained()
    {
        Fixture fixture;
        QVERIFY(fixture.build());
        SeizureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(&fixture.vault.s().seizures());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setStatusFilter({QStringLiteral("draft")});
        QCOMPARE(model.count(), 2);
        // Newest first, the drafts are the first and last rows: the four between go in one run.
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        model.setStatusFilter({QStringLiteral("draft")}); // same filter: no query, no signal
        QCOMPARE(removed.count(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setStatusFilter({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.count(), 6);
    }

    void currentQueryDates()
    {
        SeizureListModel model;
        model.setToday([] { return QDate(2024, 3, 1); });
        QVERIFY(model.currentQuery().sinceDate.isEmpty());
        model.setDateRange(Range::Today);
        QCOMPARE(model.currentQuery().sinceDate, QStringLiteral("2024-03-01"));
        model.setDateRange(Range::Last7Days);
        QCOMPARE(model.currentQuery().sinceDate, QStringLiteral("2024-02-24")); // today and the 6 days before
        model.setDateRange(Range::Last30Days);
        QCOMPARE(model.currentQuery().sinceDate, QStringLiteral("2024-02-01"));
        QCOMPARE(model.currentQuery().limit, SeizureListModel::kPageSize);
    }
};

QTEST_GUILESS_MAIN(TestSeizureListModel)
#include "tst_seizurelistmodel.moc"
