#pragma once
// Asks for the session to be locked after a period without input, and at once when the app stops
// being the active one (background, task switcher, screen off): SECURITY.md S7.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QGuiApplication;

namespace saisie::gui {

class IdleLock : public QObject
{
    Q_OBJECT
    // Registered only through its singleton adapter in services/singletons.h.
    /// Seconds without touch, mouse or key input before a lock is requested (at least 10).
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds WRITE setTimeoutSeconds NOTIFY timeoutSecondsChanged)
    /// Only an armed IdleLock requests locks; the app arms it while a profile is unlocked.
    Q_PROPERTY(bool armed READ isArmed WRITE setArmed NOTIFY armedChanged)

public:
    enum class Reason { Idle, Background };
    Q_ENUM(Reason)

    static constexpr int kMinimumTimeoutSeconds = 10;
    static constexpr int kDefaultTimeoutSeconds = 300;

    explicit IdleLock(QObject *parent = nullptr);

    int timeoutSeconds() const { return m_timeoutSeconds; }
    void setTimeoutSeconds(int seconds);
    bool isArmed() const { return m_armed; }
    void setArmed(bool armed);

    /// Watches the application's input events and its state. Call once, from the composition root.
    void watch(QGuiApplication *app);
    /// Counts as input (a programmatic activity such as a long capture step may call it).
    Q_INVOKABLE void poke();

    /// Shortens the minimum timeout (tests only, which cannot wait 10 s).
    void setTimeoutMilliseconds(int ms);

Q_SIGNALS:
    void timeoutSecondsChanged();
    void armedChanged();
    /// The session should lock now.
    void lockRequested(saisie::gui::IdleLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onApplicationStateChanged(Qt::ApplicationState state);
    void check();
    void schedule(qint64 inMs);

    int m_timeoutSeconds = kDefaultTimeoutSeconds;
    qint64 m_timeoutMs = qint64(kDefaultTimeoutSeconds) * 1000;
    bool m_armed = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace saisie::gui
