// Kill test for capture (issue "Field capture UI", SECURITY.md D1): saisie_capture_writer types a
// seizure into the app's SeizureEditor; it is SIGKILLed at random moments and restarted on the
// same draft, as an officer would reopen it. After every kill the stored draft must hold at least
// every edit the writer reported saved, and be exactly the script's state after some edit: no
// lost save, no half-applied change. SAISIE_CAPTURE_SEED replays a run.
#include "capture/jsonpath.h"
#include "capturescript.h"
#include "model/seizurejson.h"
#include "store/session.h"
#include "vault/profiles.h"
#include "vaulttesthelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace saisie;

namespace {
constexpr char kPin[] = "250913";
constexpr int kRecords = 6;

/// The script's value of every path it touches, after its first `applied` edits.
QHash<QString, QJsonValue> stateAfter(const QList<test::Edit> &script, qsizetype applied)
{
    QHash<QString, QJsonValue> state;
    for (const test::Edit &edit : script)
        state.insert(edit.path, QJsonValue(QJsonValue::Undefined));
    for (qsizetype i = 0; i < applied; ++i)
        state.insert(script.at(i).path, QJsonValue::fromVariant(script.at(i).value));
    return state;
}

bool matches(const QJsonObject &stored, const QHash<QString, QJsonValue> &state)
{
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        if (gui::jsonpath::get(stored, *gui::jsonpath::parse(it.key())) != it.value())
            return false;
    return true;
}
} // namespace

class TestCaptureKill : public QObject
{
    Q_OBJECT

    QJsonObject storedDraft(const QString &root, const QString &profile, const QString &uuid)
    {
        auto vault = vault::ProfileDirectory(root).open(profile);
        if (!vault)
            return {};
        auto keys = vault->unlock(testing::pin(kPin));
        if (!keys)
            return {};
        auto session = store::Session::open(*vault, std::move(*keys));
        if (!session)
            return {};
        auto record = (*session)->seizures().get(QUuid::fromString(uuid));
        return record ? model::toJson(*record) : QJsonObject();
    }

private Q_SLOTS:
    void killedCaptureKeepsEverySavedEdit()
    {
        const quint32 seed = qEnvironmentVariableIsSet("SAISIE_CAPTURE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SAISIE_CAPTURE_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("capture kill test: SAISIE_CAPTURE_SEED=%u", seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        auto created = vault::ProfileDirectory(root).create(
            QStringLiteral("Kill test"),
            testing::pin(kPin), testing::testOptions());
        QVERIFY(created);
        const QString profile = created->first;
        const QList<test::Edit> script = test::captureScript();

        int kills = 0;
        for (int record = 0; record < kRecords; ++record) {
            QString uuid;
            qsizetype resumeAt = 0;
            for (int round = 0; resumeAt < script.size(); ++round) {
                QVERIFY2(round < 200, "the writer makes no progress");
                QProcess writer;
                QStringList arguments{root, profile};
                if (!uuid.isEmpty())
                    arguments << uuid;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("SAISIE_CAPTURE_RESUME_AT"), QString::number(resumeAt));
                writer.setProcessEnvironment(env);
                writer.start(QStringLiteral(SAISIE_CAPTURE_WRITER), arguments);
                QVERIFY2(writer.waitForStarted(10'000), qPrintable(writer.errorString()));
                writer.write(QByteArray(kPin) + '\n');

                // Let it type for a random while after its first save, then kill it.
                const int runMs = int(random.bounded(700));
                qsizetype reported = -1;
                QByteArray output;
                QElapsedTimer sinceFirstSave;
                while (writer.state() == QProcess::Running) {
                    writer.waitForReadyRead(20);
                    output += writer.readAllStandardOutput();
                    qsizetype end;
                    while ((end = output.indexOf('\n')) >= 0) {
                        const QList<QByteArray> words = output.left(end).split(' ');
                        output.remove(0, end + 1);
                        QCOMPARE(words.size(), 3);
                        QCOMPARE(words.at(0), QByteArray("saved"));
                        uuid = QString::fromLatin1(words.at(1));
                        reported = words.at(2).toLongLong();
                        if (!sinceFirstSave.isValid())
                            sinceFirstSave.start();
                    }
                    if (sinceFirstSave.isValid() && sinceFirstSave.elapsed() > runMs)
                        break;
                    if (reported == script.size())
                        break;
                }
                QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
                QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
                QVERIFY(writer.waitForFinished(10'000));
                ++kills;
                if (uuid.isEmpty())
                    continue; // killed before the first save: nothing was promised

                const QJsonObject stored = storedDraft(root, profile, uuid);
                QVERIFY2(!stored.isEmpty(), "the draft the writer reported saved is gone");
                qsizetype state = -1;
                for (qsizetype k = qMax<qsizetype>(reported, resumeAt); k <= script.size() && state < 0; ++k)
                    if (matches(stored, stateAfter(script, k)))
                        state = k;
                QVERIFY2(state >= 0,
                         qPrintable(QStringLiteral("record %1, round %2: the stored draft is not the "
                                                   "script's state after edit %3 or later")
                                        .arg(record)
                                        .arg(round)
                                        .arg(reported)));
                resumeAt = state;
            }
        }
        qInfo("capture kill test: %d records typed to the end through %d kills", kRecords, kills);
    }
};

QTEST_GUILESS_MAIN(TestCaptureKill)
#include "tst_capturekill.moc"
