// ProfilesModel: fresh listings become fine-grained inserts, removes, moves and dataChanged,
// never resets; QAbstractItemModelTester watches every transition.
#include "unlock/profilesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using saisie::gui::ProfilesModel;
using saisie::vault::ProfileSummary;

Q_DECLARE_METATYPE(QList<ProfileSummary>)

namespace {
ProfileSummary profile(const QString &id, const QString &alias, int attemptsLeft = 10, qint64 wait = 0,
                       saisie::vault::SecretKind kind = saisie::vault::SecretKind::Pin)
{
    return {id, alias, attemptsLeft, wait, kind};
}
QStringList idsOf(const ProfilesModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row), ProfilesModel::VaultIdRole).toString();
    return ids;
}
} // namespace

class TestProfilesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles()
    {
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({profile(QStringLiteral("a"), QStringLiteral("Alice"), 7, 30)});
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, ProfilesModel::VaultIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.data(first, ProfilesModel::AliasRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(model.data(first, Qt::DisplayRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(model.data(first, ProfilesModel::AttemptsLeftRole).toInt(), 7);
        QCOMPARE(model.data(first, ProfilesModel::SecondsToWaitRole).toLongLong(), 30);
        QVERIFY(!model.data(first, Qt::UserRole + 100).isValid());
        const auto names = model.roleNames();
        QCOMPARE(names.value(ProfilesModel::VaultIdRole), QByteArray("vaultId"));
        QCOMPARE(names.value(ProfilesModel::AliasRole), QByteArray("alias"));
        QCOMPARE(names.value(ProfilesModel::AttemptsLeftRole), QByteArray("attemptsLeft"));
        QCOMPARE(names.value(ProfilesModel::SecondsToWaitRole), QByteArray("secondsToWait"));
        QCOMPARE(model.indexOf(QStringLiteral("a")), 0);
        QCOMPARE(model.indexOf(QStringLiteral("zz")), -1);
        QCOMPARE(model.aliasOf(QStringLiteral("a")), QStringLiteral("Alice"));
        QCOMPARE(model.aliasOf(QStringLiteral("zz")), QString());
    }

    void secretKind()
    {
        using saisie::vault::SecretKind;
        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(
            {profile(QStringLiteral("a"), QStringLiteral("Alice")),
             profile(QStringLiteral("b"), QStringLiteral("Bruno"), 10, 0, SecretKind::Passphrase)});
        QCOMPARE(model.roleNames().value(ProfilesModel::UsesPassphraseRole), QByteArray("usesPassphrase"));
        QCOMPARE(model.data(model.index(0), ProfilesModel::UsesPassphraseRole).toBool(), false);
        QCOMPARE(model.data(model.index(1), ProfilesModel::UsesPassphraseRole).toBool(), true);
        QVERIFY(!model.usesPassphrase(QStringLiteral("a")));
        QVERIFY(model.usesPassphrase(QStringLiteral("b")));
        QVERIFY(!model.usesPassphrase(QStringLiteral("zz")));
        // A profile that switched to a passphrase (new secret) is an in-place change, not a new row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProfiles(
            {profile(QStringLiteral("a"), QStringLiteral("Alice"), 10, 0, SecretKind::Passphrase),
             profile(QStringLiteral("b"), QStringLiteral("Bruno"), 10, 0, SecretKind::Passphrase)});
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.usesPassphrase(QStringLiteral("a")));
    }

    void transitions_data()
    {
        QTest::addColumn<QList<ProfileSummary>>("before");
        QTest::addColumn<QList<ProfileSummary>>("after");
        QTest::addColumn<int>("inserts");
        QTest::addColumn<int>("removes");
        QTest::addColumn<int>("moves");
        QTest::addColumn<int>("changes");
        const auto a = profile(QStringLiteral("a"), QStringLiteral("Alice"));
        const auto b = profile(QStringLiteral("b"), QStringLiteral("Bruno"));
        const auto c = profile(QStringLiteral("c"), QStringLiteral("Chloé"));
        const auto d = profile(QStringLiteral("d"), QStringLiteral("Driss"));
        const auto bWrong = profile(QStringLiteral("b"), QStringLiteral("Bruno"), 8);
        QTest::newRow("first load: one insert")
            << QList<ProfileSummary>{} << QList<ProfileSummary>{a, b, c} << 1 << 0 << 0 << 0;
        QTest::newRow("same: nothing") << QList{a, b} << QList{a, b} << 0 << 0 << 0 << 0;
        QTest::newRow("append") << QList{a, b} << QList{a, b, c} << 1 << 0 << 0 << 0;
        QTest::newRow("insert in middle") << QList{a, c} << QList{a, b, c} << 1 << 0 << 0 << 0;
        QTest::newRow("remove middle") << QList{a, b, c} << QList{a, c} << 0 << 1 << 0 << 0;
        QTest::newRow("remove run") << QList{a, b, c, d} << QList{a, d} << 0 << 1 << 0 << 0;
        QTest::newRow("remove all") << QList{a, b} << QList<ProfileSummary>{} << 0 << 1 << 0 << 0;
        QTest::newRow("attempts changed") << QList{a, b} << QList{a, bWrong} << 0 << 0 << 0 << 1;
        QTest::newRow("reorder") << QList{a, b, c} << QList{c, a, b} << 0 << 0 << 1 << 0;
        QTest::newRow("mixed") << QList{a, b, c} << QList{d, c, bWrong} << 1 << 1 << 1 << 1;
    }
    void transitions()
    {
        QFETCH(QList<ProfileSummary>, before);
        QFETCH(QList<ProfileSummary>, after);
        QFETCH(int, inserts);
        QFETCH(int, removes);
        QFETCH(int, moves);
        QFETCH(int, changes);

        ProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(before);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy count(&model, &ProfilesModel::countChanged);

        model.setProfiles(after);

        QStringList expected;
        for (const auto &p : after)
            expected << p.vaultId;
        QCOMPARE(idsOf(model), expected);
        QCOMPARE(inserted.count(), inserts);
        QCOMPARE(removed.count(), removes);
        QCOMPARE(moved.count(), moves);
        QCOMPARE(changed.count(), changes);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(count.count(), inserts + removes);
        QCOMPARE(model.count(), after.size());
        for (int row = 0; row < after.size(); ++row)
            QCOMPARE(model.data(model.index(row), ProfilesModel::AttemptsLeftRole).toInt(),
                     after.at(row).attemptsLeft);
    }
};

QTEST_GUILESS_MAIN(TestProfilesModel)
#include "tst_profilesmodel.moc"
