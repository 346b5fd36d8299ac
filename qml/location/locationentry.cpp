// LocationController: what the officer types in instead of a fix (a position with a reason, or
// only the reason why there is none).
#include "coordinateparser.h"
#include "locationcontroller.h"

namespace saisie::gui {

QString LocationController::manualFix(const QString &latitudeText, const QString &longitudeText,
                                      const QString &reason)
{
    const ParsedCoordinate lat = parseCoordinate(latitudeText, Axis::Latitude);
    if (!lat.degrees)
        return lat.error;
    const ParsedCoordinate lon = parseCoordinate(longitudeText, Axis::Longitude);
    if (!lon.degrees)
        return lon.error;
    if (reason.trimmed().isEmpty())
        return tr("Say why the position is entered by hand (for example: no satellite signal in the hold).");
    stop();
    Fix fix;
    fix.latitude = *lat.degrees;
    fix.longitude = *lon.degrees;
    fix.source = QStringLiteral("MANUAL");
    fix.time = m_clock();
    fix.manualReason = reason.trimmed();
    setError(QString());
    setFix(fix);
    setState(State::Fix);
    return {};
}

QString LocationController::noFix(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return tr("Say why there is no position (for example: inside a steel hold, no signal).");
    stop();
    m_noFixReason = reason.trimmed();
    setError(QString());
    setFix(std::nullopt);
    setState(restingState());
    return {};
}

QString LocationController::latitudeProblem(const QString &text) const
{
    return parseCoordinate(text, Axis::Latitude).error;
}

QString LocationController::longitudeProblem(const QString &text) const
{
    return parseCoordinate(text, Axis::Longitude).error;
}

} // namespace saisie::gui
