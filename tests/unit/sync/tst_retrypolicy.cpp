// The retry rule of protocol.md §18 (SECURITY.md Y3): which failures are retried, full-jitter
// backoff bounds and cap, and Retry-After in its two forms.
#include "sync/retrypolicy.h"

#include <QTest>

using namespace saisie::sync;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        QTest::newRow("network") << int(NetError::Network) << 0 << true;
        QTest::newRow("timeout") << int(NetError::Timeout) << 0 << true;
        QTest::newRow("certificate") << int(NetError::TlsCertificate) << 0 << false;
        QTest::newRow("pin") << int(NetError::PinMismatch) << 0 << false;
        QTest::newRow("redirect") << int(NetError::Redirect) << 302 << false;
        QTest::newRow("cancelled") << int(NetError::Cancelled) << 0 << false;
        for (int status : {408, 425, 429, 500, 502, 503, 504, 599})
            QTest::newRow(qPrintable(QStringLiteral("http %1").arg(status))) << int(NetError::None) << status << true;
        for (int status : {200, 201, 400, 401, 403, 404, 409, 410, 413, 415, 422, 431})
            QTest::newRow(qPrintable(QStringLiteral("http %1").arg(status))) << int(NetError::None) << status << false;
    }
    void classification()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(bool, retried);
        SyncResult r;
        r.error = NetError(error);
        r.status = status;
        QCOMPARE(shouldRetry(r), retried);
    }

    void backoffBoundsAndCap()
    {
        const UniformRandom top = [] { return 0.999999999; };
        const UniformRandom bottom = [] { return 0.0; };
        QCOMPARE(backoffMs(0, bottom), qint64(0));
        QVERIFY(backoffMs(0, top) <= 1000 && backoffMs(0, top) >= 999);
        QVERIFY(backoffMs(3, top) <= 8000 && backoffMs(3, top) >= 7999);
        // 2^10 s > 900 s: capped at 15 minutes from attempt 10 on, and never overflows.
        for (int attempt : {10, 11, 40, 1000})
            QVERIFY(backoffMs(attempt, top) <= 900 * 1000);
        QVERIFY(backoffMs(10, top) >= 899 * 1000);
        QVERIFY(backoffMs(-3, top) <= 1000); // a negative attempt counts as 0
        // Full jitter: a half draw gives half the ceiling.
        QCOMPARE(backoffMs(2, [] { return 0.5; }), qint64(2000));
        // The real generator stays inside the bounds.
        const UniformRandom system = systemRandom();
        for (int i = 0; i < 200; ++i) {
            const qint64 d = backoffMs(4, system);
            QVERIFY(d >= 0 && d <= 16000);
        }
    }

    void retryAfterWins()
    {
        SyncResult r;
        r.status = 503;
        r.retryAfterSeconds = 120;
        QCOMPARE(retryDelayMs(0, r, [] { return 0.5; }), qint64(120 * 1000));
        r.retryAfterSeconds = 0;
        QCOMPARE(retryDelayMs(3, r, [] { return 0.5; }), qint64(4000));
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 30 ") << qint64(30);
        QTest::newRow("clamped") << QByteArray("999999") << qint64(86400);
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << qint64(86400);
        QTest::newRow("date") << QByteArray("Tue, 14 May 2024 05:10:00 GMT") << qint64(600);
        QTest::newRow("past date") << QByteArray("Tue, 14 May 2024 04:00:00 GMT") << qint64(0);
        QTest::newRow("far date") << QByteArray("Sat, 14 May 2044 05:00:00 GMT") << qint64(86400);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("bad date") << QByteArray("Tue, 32 May 2024 05:10:00 GMT") << qint64(-1);
        QTest::newRow("not gmt") << QByteArray("Tue, 14 May 2024 05:10:00 CET") << qint64(-1);
    }
    void retryAfterParsing()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2024, 5, 14), QTime(5, 0), Qt::UTC);
        const auto parsed = parseRetryAfter(value, now);
        if (expected < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
