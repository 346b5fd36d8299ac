// S1 at rest: after a scripted capture, no file under the vault directory shows a planted
// marker (UTF-8 or UTF-16LE), a coordinate (as text or as an IEEE double) or a JPEG at its start.
// Checked twice: with the session still open (the WAL not checkpointed: where plain text would
// leak first) and after it closed. Log output of the whole capture is checked too (S7).
#include "storetesthelpers.h"

#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>
#include <cstring>

using namespace saisie;
using namespace saisie::testing;

namespace {
struct Needle {
    QString name;
    QByteArray bytes;
};

QList<Needle> needles(const QByteArray &jpeg)
{
    const QStringList markers = {QStringLiteral("ZZMARKERSURNAME"), QStringLiteral("ZZMARKERGIVEN"),
                                 QStringLiteral("CSQU3054383"),     QStringLiteral("ZZMARKERPLACE"),
                                 QStringLiteral("ZZMARKERNARRATIVE"), QStringLiteral("ZZMARKERCAPTION"),
                                 QStringLiteral("ZZDOCNO98765"),    QStringLiteral("43.29517"),
                                 QStringLiteral("5.37424"),         QStringLiteral("Lumi\u00e8re-Marqu\u00e9e")};
    QList<Needle> out;
    for (const QString &m : markers) {
        out.append({m + QStringLiteral(" (UTF-8)"), m.toUtf8()});
        QByteArray utf16(reinterpret_cast<const char *>(m.utf16()), m.size() * 2); // host is little-endian
        out.append({m + QStringLiteral(" (UTF-16LE)"), utf16});
    }
    for (double d : {43.29517, 5.37424}) {
        QByteArray raw(sizeof d, Qt::Uninitialized);
        std::memcpy(raw.data(), &d, sizeof d);
        out.append({QStringLiteral("%1 as a double").arg(d), raw});
    }
    // Pieces of the photo itself, in case it were stored unencrypted but not at a file start.
    out.append({QStringLiteral("JPEG bytes at 1/3"), jpeg.mid(jpeg.size() / 3, 48)});
    out.append({QStringLiteral("JPEG bytes at 2/3"), jpeg.mid(2 * jpeg.size() / 3, 48)});
    return out;
}

QStringList leaks(const QString &root, const QList<Needle> &list)
{
    QStringList found;
    const QStringList files = filesUnder(root);
    for (const QString &rel : files) {
        const QByteArray bytes = readFile(root + QLatin1Char('/') + rel);
        if (bytes.startsWith("\xff\xd8\xff"))
            found << rel + QStringLiteral(": starts with JPEG magic");
        for (const Needle &n : list)
            if (bytes.contains(n.bytes))
                found << rel + QStringLiteral(": ") + n.name;
    }
    return found;
}

QMutex logMutex;
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog << message;
}
} // namespace

class TestAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingReadableOnDisk()
    {
        const QByteArray jpeg = makeJpeg(800, 600, QColor(200, 40, 90));
        QVERIFY(jpeg.startsWith("\xff\xd8\xff"));
        const QList<Needle> list = needles(jpeg);

        TestVault v;
        capturedLog.clear();
        QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QString error;
        const bool created = v.create(&error);
        QUuid uuid;
        bool captured = false;
        if (created) {
            model::Seizure s = completeSeizure(); // CSQU3054383, 43.29517 / 5.37424
            s.placeName = QStringLiteral("ZZMARKERPLACE, Lumi\u00e8re-Marqu\u00e9e");
            s.narrative = QStringLiteral("Observed by the quay: ZZMARKERNARRATIVE.");
            model::Person p;
            p.role = QStringLiteral("DRIVER");
            p.surname = QStringLiteral("ZZMARKERSURNAME");
            p.givenNames = QStringLiteral("ZZMARKERGIVEN");
            p.documentType = QStringLiteral("PASSPORT");
            p.documentNumber = QStringLiteral("ZZDOCNO98765");
            s.persons << p;
            auto saved = v.s().seizures().saveDraft(s);
            if (saved) {
                uuid = saved->uuid;
                // Edit twice: older page images in the WAL must not leak either.
                s.uuid = uuid;
                s.narrative = QStringLiteral("Observed by the quay: ZZMARKERNARRATIVE (edited).");
                captured = v.s().seizures().saveDraft(s)
                           && attach(v.s(), uuid, jpeg, QStringLiteral("PERSON"), QStringLiteral("ZZMARKERCAPTION"))
                           && v.s().seizures().finalize(uuid, {}) && v.s().seizures().recordView(uuid, 1);
            }
        }
        qInstallMessageHandler(previous);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(captured);

        // Session still open: the records are in the WAL, not yet checkpointed into the database.
        const QStringList openFiles = filesUnder(v.dir);
        QVERIFY2(openFiles.contains(QStringLiteral("seizures.db-wal")), qPrintable(openFiles.join(QLatin1Char(' '))));
        QVERIFY(QFileInfo(v.dir + QStringLiteral("/seizures.db-wal")).size() > 0);
        QVERIFY(openFiles.contains(QStringLiteral("seizures.db-shm")));
        QCOMPARE(openFiles.filter(QStringLiteral(".blob")).size(), 1);
        QCOMPARE(openFiles.filter(QStringLiteral(".thumb")).size(), 1);
        const QStringList whileOpen = leaks(v.dir, list);
        QVERIFY2(whileOpen.isEmpty(), qPrintable(whileOpen.join(QLatin1Char('\n'))));

        // Positive control: the same scan does find the markers in data we know is plain.
        {
            QTemporaryDir control;
            QVERIFY(writeFile(control.filePath(QStringLiteral("plain.txt")),
                              QByteArray("x ZZMARKERSURNAME 43.29517 ") + jpeg));
            const QStringList hits = leaks(control.path(), list);
            QVERIFY(hits.size() >= 3);
        }

        v.close();
        const QStringList closedFiles = filesUnder(v.dir);
        QVERIFY(closedFiles.contains(QStringLiteral("seizures.db")));
        const QStringList afterClose = leaks(v.dir, list);
        QVERIFY2(afterClose.isEmpty(), qPrintable(afterClose.join(QLatin1Char('\n'))));

        // The plain sqlite3 tool sees no database.
        const QString cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (!cli.isEmpty()) {
            QProcess p;
            p.start(cli, {v.dir + QStringLiteral("/seizures.db"), QStringLiteral("SELECT count(*) FROM sqlite_master;")});
            QVERIFY(p.waitForFinished(30'000));
            const QString err = QString::fromLocal8Bit(p.readAllStandardError());
            QVERIFY2(err.contains(QStringLiteral("file is not a database")), qPrintable(err));
        }

        // S7: nothing the capture logged names the record's contents.
        for (const QString &line : std::as_const(capturedLog))
            for (const Needle &n : list)
                QVERIFY2(!line.toUtf8().contains(n.bytes), qPrintable(line));

        // And the data is all there for the key holder.
        QVERIFY(v.reopen());
        auto back = v.s().seizures().get(uuid);
        QVERIFY(back);
        QCOMPARE(back->persons.first().surname.value(), QStringLiteral("ZZMARKERSURNAME"));
        QVERIFY(v.s().fullCheck().isEmpty());
        QByteArray original;
        QBuffer sink(&original);
        sink.open(QIODevice::WriteOnly);
        QVERIFY(v.s().attachments().readOriginal(uuid, back->attachments.first().id, sink));
        QCOMPARE(original, jpeg);
    }
};

QTEST_GUILESS_MAIN(TestAtRest)
#include "tst_atrest.moc"
