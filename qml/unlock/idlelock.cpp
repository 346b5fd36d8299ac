#include "idlelock.h"

#include <QEvent>
#include <QGuiApplication>
#include <algorithm>

namespace saisie::gui {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_sinceInput.start();
}

void IdleLock::setTimeoutSeconds(int seconds)
{
    seconds = std::max(seconds, kMinimumTimeoutSeconds);
    if (seconds == m_timeoutSeconds)
        return;
    m_timeoutSeconds = seconds;
    m_timeoutMs = qint64(seconds) * 1000;
    if (m_armed)
        check();
    Q_EMIT timeoutSecondsChanged();
}

void IdleLock::setTimeoutMilliseconds(int ms)
{
    m_timeoutMs = std::max(ms, 1);
    m_timeoutSeconds = int((m_timeoutMs + 999) / 1000);
    if (m_armed)
        check();
    Q_EMIT timeoutSecondsChanged();
}

void IdleLock::setArmed(bool armed)
{
    if (armed == m_armed)
        return;
    m_armed = armed;
    if (m_armed) {
        m_sinceInput.restart();
        schedule(m_timeoutMs);
    } else {
        m_timer.stop();
    }
    Q_EMIT armedChanged();
}

void IdleLock::watch(QGuiApplication *app)
{
    app->installEventFilter(this);
    connect(app, &QGuiApplication::applicationStateChanged, this, &IdleLock::onApplicationStateChanged);
}

void IdleLock::poke() { m_sinceInput.restart(); }

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Runs for every event in the app: only note the time, never reschedule here.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::onApplicationStateChanged(Qt::ApplicationState state)
{
    // Inactive covers the task switcher and, on desktops, another window taking focus;
    // Hidden and Suspended cover the background and a screen turned off.
    if (m_armed && state != Qt::ApplicationActive)
        Q_EMIT lockRequested(Reason::Background);
}

void IdleLock::check()
{
    if (!m_armed)
        return;
    const qint64 idle = m_sinceInput.elapsed();
    if (idle >= m_timeoutMs) {
        Q_EMIT lockRequested(Reason::Idle);
        return;
    }
    schedule(m_timeoutMs - idle);
}

void IdleLock::schedule(qint64 inMs) { m_timer.start(int(std::clamp<qint64>(inMs, 1, 24 * 3600 * 1000))); }

} // namespace saisie::gui
