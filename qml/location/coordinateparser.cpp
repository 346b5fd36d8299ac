#include "coordinateparser.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace saisie::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CoordinateParser", text);
}

ParsedCoordinate failure(const QString &error)
{
    return {std::nullopt, error};
}

QString example(Axis axis)
{
    return axis == Axis::Latitude ? tr("Type decimal degrees such as 49.4812, or degrees, minutes and "
                                       "seconds such as 49°28'52.3\"N.")
                                  : tr("Type decimal degrees such as -0.1094, or degrees, minutes and "
                                       "seconds such as 0°6'33.8\"W.");
}

QString notACoordinate(Axis axis, const QString &text)
{
    const QString what =
        axis == Axis::Latitude ? tr("“%1” is not a latitude.") : tr("“%1” is not a longitude.");
    return what.arg(text) + QLatin1Char(' ') + example(axis);
}

/// -1 for S/W/O, +1 for N/E, 0 for a letter of the other axis (an error).
int hemisphereSign(QChar letter, Axis axis)
{
    if (axis == Axis::Latitude)
        return letter == u'N' ? 1 : letter == u'S' ? -1 : 0;
    return letter == u'E' ? 1 : (letter == u'W' || letter == u'O') ? -1 : 0;
}

} // namespace

ParsedCoordinate parseCoordinate(const QString &input, Axis axis)
{
    const QString original = input.trimmed();
    if (original.isEmpty())
        return failure(axis == Axis::Latitude ? tr("Enter the latitude.") : tr("Enter the longitude."));
    if (original.size() > 40)
        return failure(notACoordinate(axis, original.left(40) + QChar(0x2026)));

    QString text = original.toUpper();
    // One hemisphere letter, first or last.
    int letterSign = 0;
    const QString letters = QStringLiteral("NSEWO");
    if (letters.contains(text.front()) || letters.contains(text.back())) {
        const QChar letter = letters.contains(text.front()) ? text.front() : text.back();
        letterSign = hemisphereSign(letter, axis);
        if (letterSign == 0)
            return failure(
                axis == Axis::Latitude
                    ? tr("A latitude is north (N) or south (S) of the equator, not %1.").arg(letter)
                    : tr("A longitude is east (E) or west (W) of Greenwich, not %1.").arg(letter));
        text = (text.front() == letter ? text.mid(1) : text.chopped(1)).trimmed();
    }
    int sign = 1;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+' || text.front() == QChar(0x2212))) {
        if (letterSign != 0)
            return failure(tr("Use either a minus sign or a hemisphere letter, not both."));
        sign = text.front() == u'+' ? 1 : -1;
        text = text.mid(1).trimmed();
    }
    if (letterSign != 0)
        sign = letterSign;

    // Numbers separated only by degree, minute and second marks or spaces; "," is a decimal comma.
    text.replace(u',', u'.');
    static const QRegularExpression number(QStringLiteral("[0-9]+(?:\\.[0-9]+)?"));
    static const QRegularExpression separators(QStringLiteral("^[\\s°º˚'′’\"″”]*$"));
    QList<double> parts;
    QList<bool> integral;
    qsizetype at = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString gap = text.mid(at, m.capturedStart() - at);
        if (parts.isEmpty() ? !gap.isEmpty() : !separators.match(gap).hasMatch())
            return failure(notACoordinate(axis, original));
        parts << m.captured().toDouble();
        integral << !m.captured().contains(u'.');
        at = m.capturedEnd();
    }
    if (parts.isEmpty() || parts.size() > 3 || !separators.match(text.mid(at)).hasMatch())
        return failure(notACoordinate(axis, original));
    // Only the last part may have decimals: 49.5°30' is not a coordinate anyone means.
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        if (!integral[i])
            return failure(notACoordinate(axis, original));
    if ((parts.size() > 1 && parts[1] >= 60) || (parts.size() > 2 && parts[2] >= 60))
        return failure(tr("Minutes and seconds must be below 60."));

    double value = parts[0];
    if (parts.size() > 1)
        value += parts[1] / 60.0;
    if (parts.size() > 2)
        value += parts[2] / 3600.0;
    value *= sign;
    const double limit = axis == Axis::Latitude ? 90.0 : 180.0;
    if (value < -limit || value > limit)
        return failure(axis == Axis::Latitude ? tr("A latitude must be between -90 and 90 degrees.")
                                              : tr("A longitude must be between -180 and 180 degrees."));
    return {value, QString()};
}

} // namespace saisie::gui
