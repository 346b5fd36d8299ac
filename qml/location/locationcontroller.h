#pragma once
// The position of a seizure: asks the device's source for a fix, can wait for a better one or
// average several, and takes a typed-in position (with a reason) or a reason for having none.
// Nothing runs in the background: updates stop when the requested fix is obtained (unless
// keepUpdating), on stop(), when the app stops being active, and when the controller goes away.
#include "geofix.h"
#include "positioningservice.h"

#include <QDateTime>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace saisie::gui {

class LocationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Where fixes come from (the `Positioning` singleton); null = no source.
    Q_PROPERTY(saisie::gui::PositioningService *service READ service WRITE setService NOTIFY serviceChanged)
    /// The service exists and can produce fixes.
    Q_PROPERTY(bool sourceAvailable READ isSourceAvailable NOTIFY serviceChanged)
    /// The source is running. Writing true/false is start()/stop().
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /// Keep updating after the requested fix instead of stopping (live display).
    Q_PROPERTY(bool keepUpdating READ keepUpdating WRITE setKeepUpdating NOTIFY keepUpdatingChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY fixChanged)
    /// WGS 84 degrees; NaN without a fix.
    Q_PROPERTY(double latitude READ latitude NOTIFY fixChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY fixChanged)
    /// Horizontal accuracy radius in metres; -1 when unknown.
    Q_PROPERTY(double accuracyM READ accuracyM NOTIFY fixChanged)
    /// position_source code: GNSS, NETWORK, FUSED, MANUAL, UNKNOWN; empty without a fix.
    Q_PROPERTY(QString source READ source NOTIFY fixChanged)
    Q_PROPERTY(QDateTime fixTime READ fixTime NOTIFY fixChanged)
    /// Seconds since the fix (updated every second while a fix is shown); -1 without one.
    Q_PROPERTY(int ageSeconds READ ageSeconds NOTIFY ageSecondsChanged)
    /// The fix is not a live measurement (mock provider, NMEA replay).
    Q_PROPERTY(bool mock READ isMock NOTIFY fixChanged)
    /// The GeoFix map for the record (docs/data-model.md); {manualReason} after noFix(); {} before.
    Q_PROPERTY(QVariantMap fix READ fix NOTIFY fixChanged)
    /// Fixes collected by the current or last average(); averageTarget is the count asked for.
    Q_PROPERTY(int averagedCount READ averagedCount NOTIFY averagedCountChanged)
    Q_PROPERTY(int averageTarget READ averageTarget NOTIFY averagedCountChanged)
    /// What went wrong (state Error), as a sentence for the officer.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum class State { NoSource, Idle, Searching, Fix, Averaging, Error };
    Q_ENUM(State)

    static constexpr int kSearchTimeoutSeconds = 120;
    /// A one-shot request ignores older fixes (a platform may hand out a cached last position).
    static constexpr int kFreshSeconds = 30;

    explicit LocationController(QObject *parent = nullptr);
    ~LocationController() override;

    PositioningService *service() const { return m_service; }
    void setService(PositioningService *service);
    bool isSourceAvailable() const;
    bool isActive() const { return m_active; }
    void setActive(bool active);
    bool keepUpdating() const { return m_keepUpdating; }
    void setKeepUpdating(bool keep);
    State state() const { return m_state; }
    bool hasFix() const { return m_fix.has_value(); }
    double latitude() const;
    double longitude() const;
    double accuracyM() const;
    QString source() const { return m_fix ? m_fix->source : QString(); }
    QDateTime fixTime() const { return m_fix ? m_fix->time : QDateTime(); }
    int ageSeconds() const;
    bool isMock() const { return m_fix && m_fix->mock; }
    QVariantMap fix() const;
    int averagedCount() const { return int(m_samples.size()); }
    int averageTarget() const { return m_averageTarget; }
    QString errorString() const { return m_error; }

    /// Starts looking for one fix (or for fixes, with keepUpdating). False without a source.
    Q_INVOKABLE bool start();
    /// Stops the source; the fix shown so far stays.
    Q_INVOKABLE void stop();
    /// Keeps the best fix until one is within targetAccuracyM or timeoutSeconds pass.
    Q_INVOKABLE bool waitForBetter(double targetAccuracyM, int timeoutSeconds);
    /// The mean of the next `count` fixes (2..100); see averageOf() for the accuracy reported.
    Q_INVOKABLE bool average(int count);
    /// A typed-in position. Returns "" on success, else the sentence to show (nothing changes).
    Q_INVOKABLE QString manualFix(const QString &latitudeText, const QString &longitudeText,
                                  const QString &reason);
    /// No position at all, with why. Returns "" on success, else the sentence to show.
    Q_INVOKABLE QString noFix(const QString &reason);
    /// For inline errors while typing: "" when the text is a valid latitude (longitude).
    Q_INVOKABLE QString latitudeProblem(const QString &text) const;
    Q_INVOKABLE QString longitudeProblem(const QString &text) const;

    /// Tests: the clock (UTC now) and the zone whose offset fixTime carries.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

Q_SIGNALS:
    void serviceChanged();
    void activeChanged();
    void keepUpdatingChanged();
    void stateChanged();
    void fixChanged();
    void ageSecondsChanged();
    void averagedCountChanged();
    void errorStringChanged();
    /// A requested fix (start, waitForBetter, average) is complete.
    void fixObtained();

private:
    enum class Mode { None, Single, Better, Average };

    bool begin(Mode mode, int timeoutSeconds);
    void finish();
    void onPosition(const QGeoPositionInfo &info);
    void onSourceError(QGeoPositionInfoSource::Error error);
    void onDeadline();
    void onApplicationStateChanged(Qt::ApplicationState state);
    void setFix(std::optional<Fix> fix);
    void setState(State state);
    void setActiveFlag(bool active);
    void setError(const QString &error);
    void resetSamples();
    void updateAgeTimer();
    void tickAge();
    State restingState() const;

    QPointer<PositioningService> m_service;
    QGeoPositionInfoSource *m_source = nullptr;
    Mode m_mode = Mode::None;
    State m_state = State::NoSource;
    bool m_active = false;
    bool m_keepUpdating = false;
    bool m_freshInMode = false; // a fix has arrived since the current request began
    std::optional<Fix> m_fix;
    QString m_noFixReason;
    QList<Fix> m_samples;
    int m_averageTarget = 0;
    double m_targetAccuracyM = 0;
    QString m_error;
    QTimer m_deadline;
    QTimer m_ageTimer;
    int m_lastAge = -1;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace saisie::gui
