// saisie_chaosproxy as a real process between an in-test client and an in-test upstream
// (plain TCP: the proxy forwards bytes and treats a non-TLS stream as application data).
#include "chaostesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace chaostest;

class TstChaosProxy : public QObject
{
    Q_OBJECT

private:
    // Starts the proxy in front of upstreamPort; returns its port, or 0 (and fails the test).
    quint16 startProxy(QProcess &proc, quint16 upstreamPort, const QStringList &extra)
    {
        proc.start(QStringLiteral(SAISIE_CHAOSPROXY),
                   QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"),
                               QStringLiteral("127.0.0.1:%1").arg(upstreamPort)}
                       + extra);
        if (!proc.waitForStarted())
            return 0;
        while (!proc.canReadLine() && proc.waitForReadyRead(kWaitMs)) {
        }
        const QByteArray line = proc.readLine().trimmed();
        if (!line.startsWith("listening ")) {
            qWarning() << "proxy said" << line << proc.readAllStandardError();
            return 0;
        }
        return quint16(line.mid(10).toUInt());
    }

    // The cut offsets reported for `connections` consecutive 5 MiB uploads.
    QList<qint64> cutOffsets(const QString &seed, int connections, const QStringList &extra = {})
    {
        Upstream sink;
        ProxyProcess proc;
        const quint16 port = startProxy(proc, sink.server.serverPort(),
                                        QStringList{QStringLiteral("--seed"), seed, QStringLiteral("--cut-rate"), QStringLiteral("1")} + extra);
        if (port == 0)
            return {};
        const QByteArray data = pattern(5 * kMiB, 1);
        QString stderrText;
        QList<qint64> offsets;
        for (int i = 1; i <= connections; ++i) {
            Client client(port);
            client.socket.write(data);
            const QRegularExpression re(QStringLiteral("cut conn=%1 at=(\\d+)\n").arg(i));
            QRegularExpressionMatch m;
            const bool cut = QTest::qWaitFor(
                [&] {
                    stderrText += QString::fromUtf8(proc.readAllStandardError());
                    m = re.match(stderrText);
                    return m.hasMatch() && client.socket.state() == QAbstractSocket::UnconnectedState
                           && sink.closed.size() == i && sink.closed.last();
                },
                kWaitMs);
            if (!cut) {
                qWarning() << "connection" << i << "was not cut:" << stderrText;
                return {};
            }
            const qint64 at = m.captured(1).toLongLong();
            if (at >= 2 * kMiB || sink.received.last().size() > at || sink.received.last().size() >= data.size()) {
                qWarning() << "cut at" << at << "sink saw" << sink.received.last().size();
                return {};
            }
            offsets.append(at);
        }
        return offsets;
    }

private slots:
    void forwardsByteExact_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::newRow("no faults") << QStringList{};
        QTest::newRow("zero rates") << QStringList{QStringLiteral("--cut-rate"), QStringLiteral("0"),
                                                   QStringLiteral("--stall-rate"), QStringLiteral("0"),
                                                   QStringLiteral("--dup-rate"), QStringLiteral("0")};
        QTest::newRow("every chunk delayed") << QStringList{QStringLiteral("--delay-rate"), QStringLiteral("1"),
                                                            QStringLiteral("--max-delay-ms"), QStringLiteral("3")};
    }

    void forwardsByteExact()
    {
        QFETCH(QStringList, faults);
        Upstream upstream;
        const QByteArray down = pattern(5 * kMiB, 2);
        const QByteArray up = pattern(5 * kMiB, 3);
        upstream.greeting = down;
        ProxyProcess proc;
        const quint16 port =
            startProxy(proc, upstream.server.serverPort(), QStringList{QStringLiteral("--seed"), QStringLiteral("1")} + faults);
        QVERIFY(port != 0);
        Client client(port);
        client.socket.write(up);
        QTRY_VERIFY_WITH_TIMEOUT(client.received.size() >= down.size() && upstream.received.value(0).size() >= up.size(),
                                 kWaitMs);
        QVERIFY2(client.received == down, "upstream -> client bytes differ");
        QVERIFY2(upstream.received.value(0) == up, "client -> upstream bytes differ");
        // A clean close on one side reaches the other side as a clean close.
        client.socket.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(upstream.closed.value(0), kWaitMs);
        QCOMPARE(proc.state(), QProcess::Running);
    }

    void cutsBeforeTwoMiBReproducibly()
    {
        const QList<qint64> first = cutOffsets(QStringLiteral("42"), 3);
        QCOMPARE(first.size(), 3);
        const QList<qint64> again = cutOffsets(QStringLiteral("42"), 3);
        QCOMPARE(again, first);
        const QList<qint64> other = cutOffsets(QStringLiteral("43"), 3);
        QCOMPARE(other.size(), 3);
        QVERIFY(other != first);
    }

    void cutWindowNarrowsTheOffset()
    {
        const QList<qint64> offsets = cutOffsets(QStringLiteral("42"), 3, {QStringLiteral("--cut-window"), QStringLiteral("1000")});
        QCOMPARE(offsets.size(), 3);
        for (qint64 at : offsets)
            QVERIFY(at < 1000);
    }

    void losesTheResponse_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("lose-after-response") << QStringLiteral("--lose-after-response-rate");
        QTest::newRow("dup alias") << QStringLiteral("--dup-rate");
    }

    void losesTheResponse()
    {
        QFETCH(QString, option);
        Upstream upstream;
        const QByteArray request = pattern(300 * 1024, 4);
        upstream.answerAfter = request.size();
        upstream.answer = QByteArray("response committed");
        ProxyProcess proc;
        const quint16 port = startProxy(proc, upstream.server.serverPort(),
                                        {QStringLiteral("--seed"), QStringLiteral("5"), option, QStringLiteral("1"),
                                         QStringLiteral("--response-quiet-ms"), QStringLiteral("50")});
        QVERIFY(port != 0);
        Client client(port);
        client.socket.write(request);
        QTRY_VERIFY_WITH_TIMEOUT(client.socket.state() == QAbstractSocket::UnconnectedState, kWaitMs);
        QCOMPARE(upstream.received.value(0), request); // the server got the whole request and answered
        QCOMPARE(client.received, QByteArray());      // the client never saw the answer
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(proc.readAllStandardError()),
                                  err.contains(QStringLiteral("lost conn=1 held=18\n"))),
                                 kWaitMs);
    }

    void stallsIntoABlackHole()
    {
        Upstream sink;
        ProxyProcess proc;
        const quint16 port = startProxy(proc, sink.server.serverPort(),
                                        {QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--stall-rate"),
                                         QStringLiteral("1")});
        QVERIFY(port != 0);
        Client client(port);
        client.socket.write(pattern(5 * kMiB, 6));
        QString err;
        const QRegularExpression re(QStringLiteral("stall conn=1 at=(\\d+)\n"));
        QRegularExpressionMatch m;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(proc.readAllStandardError()), m = re.match(err), m.hasMatch()),
                                 kWaitMs);
        const qint64 at = m.captured(1).toLongLong();
        QVERIFY(at < 2 * kMiB);
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesToWrite(), qint64(0), kWaitMs); // the hole swallows the rest
        QVERIFY(sink.received.value(0).size() <= at);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(sink.closed.value(0), false);
    }

    void writesStatsOnSigterm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Upstream upstream;
        upstream.greeting = QByteArray("hello");
        QProcess proc;
        const QString portFile = dir.filePath(QStringLiteral("port"));
        const QString log = dir.filePath(QStringLiteral("stats.log"));
        const quint16 port = startProxy(proc, upstream.server.serverPort(),
                                        {QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--port-file"),
                                         portFile, QStringLiteral("--log"), log});
        QVERIFY(port != 0);
        QFile pf(portFile);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QCOMPARE(pf.readAll().trimmed().toUInt(), uint(port));
        Client client(port);
        client.socket.write("twelve bytes");
        QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("hello"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(upstream.received.value(0), QByteArray("twelve bytes"), kWaitMs);
        proc.terminate();
        QVERIFY(proc.waitForFinished(kWaitMs));
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(proc.exitCode(), 0);
        QFile lf(log);
        QVERIFY(lf.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = lf.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one line and its newline
        const QJsonObject stats = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(stats.value(QStringLiteral("connections")).toInteger(), 1);
        QCOMPARE(stats.value(QStringLiteral("cuts")).toInteger(), 0);
        QCOMPARE(stats.value(QStringLiteral("bytesUp")).toInteger(), 12);
        QCOMPARE(stats.value(QStringLiteral("bytesDown")).toInteger(), 5);
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QStringList base{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"),
                               QStringLiteral("127.0.0.1:1"), QStringLiteral("--seed"), QStringLiteral("1")};
        QTest::newRow("rate above 1") << base + QStringList{QStringLiteral("--cut-rate"), QStringLiteral("1.5")}
                                      << QStringLiteral("--cut-rate");
        QTest::newRow("rate not a number") << base + QStringList{QStringLiteral("--delay-rate"), QStringLiteral("x")}
                                           << QStringLiteral("--delay-rate");
        QTest::newRow("unknown option") << base + QStringList{QStringLiteral("--cut"), QStringLiteral("1")}
                                        << QStringLiteral("--cut");
        QTest::newRow("missing value") << base + QStringList{QStringLiteral("--max-delay-ms")}
                                       << QStringLiteral("--max-delay-ms");
        QTest::newRow("negative delay") << base + QStringList{QStringLiteral("--max-delay-ms"), QStringLiteral("-1")}
                                        << QStringLiteral("--max-delay-ms");
        QTest::newRow("upstream port 0") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                        QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:0"),
                                                        QStringLiteral("--seed"), QStringLiteral("1")}
                                         << QStringLiteral("--upstream");
        QTest::newRow("host name") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost:0"),
                                                  QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:1"),
                                                  QStringLiteral("--seed"), QStringLiteral("1")}
                                   << QStringLiteral("--listen");
        QTest::newRow("zero cut window") << base + QStringList{QStringLiteral("--cut-window"), QStringLiteral("0")}
                                         << QStringLiteral("--cut-window");
        QTest::newRow("no seed") << base.mid(0, 4) << QStringLiteral("--seed");
        QTest::newRow("no upstream") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                    QStringLiteral("--seed"), QStringLiteral("1")}
                                     << QStringLiteral("--upstream");
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QProcess proc;
        proc.start(QStringLiteral(SAISIE_CHAOSPROXY), args);
        QVERIFY(proc.waitForFinished(kWaitMs));
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(proc.exitCode(), 2);
        QCOMPARE(proc.readAllStandardOutput(), QByteArray()); // never "listening"
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        QVERIFY2(err.startsWith(QStringLiteral("saisie_chaosproxy: ")) && err.count(QLatin1Char('\n')) == 1,
                 qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TstChaosProxy)
#include "tst_chaosproxy.moc"
