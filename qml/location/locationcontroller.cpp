#include "locationcontroller.h"

#include "positioningservice.h"

#include <QGuiApplication>
#include <cmath>

namespace saisie::gui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString errorSentence(QGeoPositionInfoSource::Error error)
{
    switch (error) {
    case QGeoPositionInfoSource::AccessError:
        return LocationController::tr("This app may not use the device's location. Allow it in the device "
                                      "settings, or enter the position manually.");
    case QGeoPositionInfoSource::ClosedError:
        return LocationController::tr("Location is switched off on this device. Switch it on, or enter the "
                                      "position manually.");
    default:
        return LocationController::tr(
            "The position source failed. Try again, or enter the position manually.");
    }
}

} // namespace

LocationController::LocationController(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LocationController::onDeadline);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &LocationController::tickAge);
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
                &LocationController::onApplicationStateChanged);
}

LocationController::~LocationController()
{
    if (m_source)
        m_source->stopUpdates();
}

void LocationController::setService(PositioningService *service)
{
    if (service == m_service)
        return;
    stop();
    delete m_source;
    m_source = nullptr;
    m_service = service;
    setState(restingState());
    Q_EMIT serviceChanged();
}

bool LocationController::isSourceAvailable() const
{
    return m_service && m_service->isAvailable();
}

void LocationController::setActive(bool active)
{
    if (active)
        start();
    else
        stop();
}

void LocationController::setKeepUpdating(bool keep)
{
    if (keep == m_keepUpdating)
        return;
    m_keepUpdating = keep;
    Q_EMIT keepUpdatingChanged();
}

double LocationController::latitude() const
{
    return m_fix ? m_fix->latitude : kNaN;
}
double LocationController::longitude() const
{
    return m_fix ? m_fix->longitude : kNaN;
}
double LocationController::accuracyM() const
{
    return m_fix && m_fix->hasAccuracy() ? m_fix->accuracyM : -1;
}

int LocationController::ageSeconds() const
{
    if (!m_fix || !m_fix->time.isValid())
        return -1;
    // A device clock behind GNSS time would give a negative age.
    return int(std::max<qint64>(0, m_fix->time.secsTo(m_clock())));
}

QVariantMap LocationController::fix() const
{
    if (m_fix)
        return toGeoFixMap(*m_fix, m_zone);
    if (!m_noFixReason.isEmpty())
        return {{QStringLiteral("manualReason"), m_noFixReason}};
    return {};
}

bool LocationController::start()
{
    return begin(Mode::Single, kSearchTimeoutSeconds);
}

bool LocationController::waitForBetter(double targetAccuracyM, int timeoutSeconds)
{
    if (!(targetAccuracyM > 0) || timeoutSeconds <= 0)
        return false;
    m_targetAccuracyM = targetAccuracyM;
    return begin(Mode::Better, timeoutSeconds);
}

bool LocationController::average(int count)
{
    if (count < 2 || count > 100)
        return false;
    m_averageTarget = count;
    // Generous: a fix per second is normal; a stalled source ends with what it gave.
    return begin(Mode::Average, 3 * count + 30);
}

bool LocationController::begin(Mode mode, int timeoutSeconds)
{
    if (!m_source && isSourceAvailable()) {
        m_source = m_service->createSource(this);
        if (m_source) {
            connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
                    &LocationController::onPosition);
            connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
                    &LocationController::onSourceError);
        }
    }
    if (!m_source) {
        setState(restingState());
        return false;
    }
    m_samples.clear();
    m_mode = mode;
    m_freshInMode = false;
    setError(QString());
    m_deadline.start(timeoutSeconds * 1000);
    m_source->startUpdates();
    setActiveFlag(true);
    setState(mode == Mode::Average ? State::Averaging : State::Searching);
    Q_EMIT averagedCountChanged();
    return true;
}

void LocationController::stop()
{
    m_deadline.stop();
    if (m_source)
        m_source->stopUpdates();
    if (m_mode == Mode::Average)
        resetSamples(); // cancelled: nothing was averaged
    m_mode = Mode::None;
    setActiveFlag(false);
    setState(restingState());
}

/// The requested fix is complete: stop unless keepUpdating, which carries on as a live display.
/// averagedCount keeps saying how many fixes the last average used.
void LocationController::finish()
{
    m_deadline.stop();
    m_mode = m_keepUpdating ? Mode::Single : Mode::None;
    if (!m_keepUpdating) {
        m_source->stopUpdates();
        setActiveFlag(false);
    }
    setState(State::Fix);
    Q_EMIT fixObtained();
}

void LocationController::onPosition(const QGeoPositionInfo &info)
{
    if (m_mode == Mode::None || !info.isValid() || !info.coordinate().isValid())
        return;
    Fix fix = fromPositionInfo(info, m_source->supportedPositioningMethods());
    fix.mock = m_service && m_service->isReplay();
    // A replayed log carries the recording's dates; stamp its fixes with now so their age is real.
    if (fix.mock || !fix.time.isValid())
        fix.time = m_clock();
    const bool fresh = fix.time.secsTo(m_clock()) <= kFreshSeconds;

    switch (m_mode) {
    case Mode::None:
        return;
    case Mode::Single:
        setFix(fix);
        if (fresh && m_state != State::Fix)
            finish();
        break;
    case Mode::Better: {
        // The first new fix replaces the old one (the officer may have moved); then only better ones.
        const bool better = !m_freshInMode || !m_fix || !m_fix->hasAccuracy() ||
                            (fix.hasAccuracy() && fix.accuracyM < m_fix->accuracyM);
        m_freshInMode = true;
        if (better)
            setFix(fix);
        if (fix.hasAccuracy() && fix.accuracyM <= m_targetAccuracyM)
            finish();
        break;
    }
    case Mode::Average:
        m_samples.append(fix);
        Q_EMIT averagedCountChanged();
        if (m_samples.size() >= m_averageTarget) {
            setFix(averageOf(m_samples));
            finish();
        } else {
            setFix(fix);
        }
        break;
    }
}

void LocationController::onDeadline()
{
    if (m_mode == Mode::Average && !m_samples.isEmpty()) {
        setFix(averageOf(m_samples)); // fewer than asked; averagedCount says how many
        finish();
        return;
    }
    if (m_mode == Mode::Better && m_freshInMode) {
        finish(); // the best fix found; accuracyM shows the target was missed
        return;
    }
    stop();
    setError(tr("No position was found in time. Move to open sky and try again, or enter the position "
                "manually."));
    setState(State::Error);
}

void LocationController::onSourceError(QGeoPositionInfoSource::Error error)
{
    // Timeouts are ours to judge (onDeadline); Qt also reports them between sparse updates.
    if (error == QGeoPositionInfoSource::NoError || error == QGeoPositionInfoSource::UpdateTimeoutError)
        return;
    stop();
    setError(errorSentence(error));
    setState(State::Error);
}

void LocationController::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (state != Qt::ApplicationActive && m_active)
        stop();
}

void LocationController::setFix(std::optional<Fix> fix)
{
    if (fix)
        m_noFixReason.clear();
    m_fix = std::move(fix);
    Q_EMIT fixChanged();
    tickAge();
    updateAgeTimer();
}

void LocationController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void LocationController::setActiveFlag(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    updateAgeTimer();
    Q_EMIT activeChanged();
}

void LocationController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

void LocationController::resetSamples()
{
    if (m_samples.isEmpty())
        return;
    m_samples.clear();
    Q_EMIT averagedCountChanged();
}

void LocationController::updateAgeTimer()
{
    if (m_active || m_fix)
        m_ageTimer.start();
    else
        m_ageTimer.stop();
}

void LocationController::tickAge()
{
    const int age = ageSeconds();
    if (age == m_lastAge)
        return;
    m_lastAge = age;
    Q_EMIT ageSecondsChanged();
}

LocationController::State LocationController::restingState() const
{
    if (m_fix)
        return State::Fix;
    return isSourceAvailable() ? State::Idle : State::NoSource;
}

} // namespace saisie::gui
