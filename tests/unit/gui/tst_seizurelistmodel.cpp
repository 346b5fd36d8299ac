// SeizureListModel: rows keyed by record UUID, fine-grained updates, roles for the list delegate.
#include "seizures/seizurelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using saisie::gui::SeizureListModel;
using saisie::store::SeizureSummary;

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
} // namespace

class TestSeizureListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        QCOMPARE(model.data(row, SeizureListModel::CommodityCategoryRole).toString(), QStringLiteral("TOBACCO"));
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
        QCOMPARE(model.data(model.index(1), SeizureListModel::StatusRole).toString(), QStringLiteral("finalized"));
        QCOMPARE(model.data(model.index(0), SeizureListModel::PlaceNameRole).toString(), QStringLiteral("Place 4"));

        model.clear();
        QCOMPARE(model.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSeizureListModel)
#include "tst_seizurelistmodel.moc"
