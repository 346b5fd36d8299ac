// CodeListModel: rows from a bundled list, filtered, narrowed to a parent, labels per language, unknown
// first, and every transition checked by QAbstractItemModelTester.
#include "forms/codelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using saisie::gui::CodeListModel;

namespace {
QStringList codes(const CodeListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row), CodeListModel::CodeRole).toString();
    return out;
}
QString label(const CodeListModel &model, const QString &code)
{
    const int row = int(codes(model).indexOf(code));
    return row < 0 ? QString() : model.data(model.index(row), CodeListModel::LabelRole).toString();
}
} // namespace

class TestCodeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeListUnknownFirst()
    {
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &CodeListModel::countChanged);
        model.setListId(QStringLiteral("country"));
        QVERIFY(model.isValid());
        QCOMPARE(model.count(), 250);
        QVERIFY(count.count() >= 1);
        QCOMPARE(model.codeAt(0), QStringLiteral("ZZ"));
        QVERIFY(model.data(model.index(0), CodeListModel::IsUnknownRole).toBool());
        QVERIFY(!model.data(model.index(1), CodeListModel::IsUnknownRole).toBool());
        QCOMPARE(codes(model).count(QStringLiteral("ZZ")), 1); // not repeated further down
        QCOMPARE(model.unknownCode(), QStringLiteral("ZZ"));
        const auto names = model.roleNames().values();
        for (const char *name : {"code", "label", "englishLabel", "isUnknown"})
            QVERIFY2(names.contains(QByteArray(name)), name);
    }

    void withoutUnknown()
    {
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListId(QStringLiteral("country"));
        model.setIncludeUnknown(false);
        QCOMPARE(model.count(), 249);
        QVERIFY(!codes(model).contains(QStringLiteral("ZZ")));
        QVERIFY(model.contains(QStringLiteral("ZZ"))); // still a code of the list
        model.setIncludeUnknown(true);
        QCOMPARE(model.codeAt(0), QStringLiteral("ZZ"));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("firstMatch"); // first row after the unknown entry
        QTest::addColumn<int>("minRows");
        QTest::addColumn<int>("maxRows");
        QTest::newRow("exact code first") << "en"
                                          << "de"
                                          << "DE" << 2 << 60;
        QTest::newRow("french, accent-insensitive") << "fr"
                                                    << "allemagne"
                                                    << "DE" << 2 << 2;
        QTest::newRow("french label with accent typed plainly") << "fr"
                                                                << "etats-unis"
                                                                << "US" << 2 << 4;
        QTest::newRow("upper case") << "en"
                                    << "GERMANY"
                                    << "DE" << 2 << 2;
        QTest::newRow("english label found in french") << "fr"
                                                       << "germany"
                                                       << "DE" << 2 << 2;
        QTest::newRow("nothing") << "en"
                                 << "qqqxxq"
                                 << "" << 1 << 1;
    }

    void filter()
    {
        QFETCH(QString, language);
        QFETCH(QString, filter);
        QFETCH(QString, firstMatch);
        QFETCH(int, minRows);
        QFETCH(int, maxRows);
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListId(QStringLiteral("country"));
        model.setLanguage(language);
        model.setFilterText(filter);
        QVERIFY2(model.count() >= minRows && model.count() <= maxRows,
                 qPrintable(QString::number(model.count())));
        QCOMPARE(model.codeAt(0), QStringLiteral("ZZ")); // the way out is always there
        QCOMPARE(model.codeAt(1), firstMatch);
        model.setFilterText(QString());
        QCOMPARE(model.count(), 250);
    }

    void parentCode()
    {
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListId(QStringLiteral("commodity_subtype"));
        const int all = model.count();
        model.setParentCode(QStringLiteral("DRUGS"));
        QCOMPARE(model.count(), 1 + 8);
        QCOMPARE(model.codeAt(0), QStringLiteral("UNKNOWN"));
        QVERIFY(codes(model).contains(QStringLiteral("COCAINE")));
        QVERIFY(!codes(model).contains(QStringLiteral("ACETIC_ANHYDRIDE")));
        model.setFilterText(QStringLiteral("cannabis"));
        QCOMPARE(codes(model), (QStringList{QStringLiteral("UNKNOWN"), QStringLiteral("CANNABIS_HERB"),
                                            QStringLiteral("CANNABIS_RESIN")}));
        model.setParentCode(QStringLiteral("PRECURSORS"));
        QCOMPARE(codes(model), QStringList{QStringLiteral("UNKNOWN")});
        model.setFilterText(QString());
        model.setParentCode(QString());
        QCOMPARE(model.count(), all);
    }

    void languageSwitchUpdatesInPlace()
    {
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListId(QStringLiteral("country"));
        QCOMPARE(label(model, QStringLiteral("DE")), QStringLiteral("Germany"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setLanguage(QStringLiteral("fr"));
        QCOMPARE(label(model, QStringLiteral("DE")), QStringLiteral("Allemagne"));
        const int row = int(codes(model).indexOf(QStringLiteral("DE")));
        QCOMPARE(model.data(model.index(row), CodeListModel::EnglishLabelRole).toString(),
                 QStringLiteral("Germany"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        QCOMPARE(model.labelFor(QStringLiteral("DE")), QStringLiteral("Allemagne"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.labelFor(QStringLiteral("DE")), QStringLiteral("Germany"));
    }

    void lookups()
    {
        CodeListModel model;
        model.setListId(QStringLiteral("country"));
        QCOMPARE(model.labelFor(QStringLiteral("NOPE")), QStringLiteral("NOPE")); // stored code still shown
        QVERIFY(model.contains(QStringLiteral("FR")));
        QVERIFY(!model.contains(QStringLiteral("fr"))); // codes are exact
        QCOMPARE(model.codeAt(-1), QString());
        QCOMPARE(model.codeAt(model.count()), QString());

        model.setListId(QStringLiteral("hs_chapter")); // a reference list without an unknown entry
        QCOMPARE(model.unknownCode(), QString());
        QCOMPARE(model.count(), 97);
        QVERIFY(!model.data(model.index(0), CodeListModel::IsUnknownRole).toBool());
    }

    void invalidListId()
    {
        CodeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListId(QStringLiteral("country"));
        QVERIFY(model.count() > 0);
        model.setListId(QStringLiteral("no_such_list"));
        QVERIFY(!model.isValid());
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.unknownCode(), QString());
        QCOMPARE(model.labelFor(QStringLiteral("FR")), QStringLiteral("FR"));
        QVERIFY(!model.contains(QStringLiteral("FR")));
        model.setFilterText(QStringLiteral("x"));
        model.setParentCode(QStringLiteral("DRUGS"));
        model.setLanguage(QStringLiteral("fr"));
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.data(model.index(0), CodeListModel::CodeRole), QVariant());
    }
};

QTEST_GUILESS_MAIN(TestCodeListModel)
#include "tst_codelistmodel.moc"
