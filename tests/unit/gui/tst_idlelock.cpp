// IdleLock: asks for a lock after the timeout without input, not while input keeps coming, at
// once when the app leaves the foreground, and never while disarmed.
#include "unlock/idlelock.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using saisie::gui::IdleLock;

class TestIdleLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutIsClamped()
    {
        IdleLock lock;
        QCOMPARE(lock.timeoutSeconds(), IdleLock::kDefaultTimeoutSeconds);
        lock.setTimeoutSeconds(1);
        QCOMPARE(lock.timeoutSeconds(), IdleLock::kMinimumTimeoutSeconds);
        lock.setTimeoutSeconds(600);
        QCOMPARE(lock.timeoutSeconds(), 600);
    }

    void locksAfterIdle()
    {
        IdleLock lock;
        lock.setTimeoutMilliseconds(200);
        QSignalSpy requested(&lock, &IdleLock::lockRequested);
        lock.setArmed(true);
        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.at(0).at(0).value<IdleLock::Reason>(), IdleLock::Reason::Idle);
    }

    void inputPostponesTheLock()
    {
        QWindow window;
        IdleLock lock;
        lock.watch(qGuiApp);
        lock.setTimeoutMilliseconds(1000);
        QSignalSpy requested(&lock, &IdleLock::lockRequested);
        lock.setArmed(true);
        // Keep typing for well over the timeout, through the application's event filter.
        for (int i = 0; i < 20; ++i) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
            QCoreApplication::sendEvent(&window, &press);
            QTest::qWait(100);
        }
        QCOMPARE(requested.count(), 0);
        QVERIFY(requested.wait(5000)); // and once input stops, it locks
    }

    void disarmedNeverLocks()
    {
        IdleLock lock;
        lock.watch(qGuiApp);
        lock.setTimeoutMilliseconds(50);
        QSignalSpy requested(&lock, &IdleLock::lockRequested);
        lock.setArmed(true);
        lock.setArmed(false);
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        QVERIFY(!requested.wait(300));
    }

    void backgroundLocksAtOnce_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("locks");
        QTest::newRow("inactive") << int(Qt::ApplicationInactive) << true;
        QTest::newRow("hidden") << int(Qt::ApplicationHidden) << true;
        QTest::newRow("suspended") << int(Qt::ApplicationSuspended) << true;
        QTest::newRow("active") << int(Qt::ApplicationActive) << false;
    }
    void backgroundLocksAtOnce()
    {
        QFETCH(int, state);
        QFETCH(bool, locks);
        IdleLock lock;
        lock.watch(qGuiApp);
        QSignalSpy requested(&lock, &IdleLock::lockRequested);
        lock.setArmed(true);
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationState(state));
        QCOMPARE(requested.count(), locks ? 1 : 0);
        if (locks)
            QCOMPARE(requested.at(0).at(0).value<IdleLock::Reason>(), IdleLock::Reason::Background);
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
