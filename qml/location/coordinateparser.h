#pragma once
// Reads a latitude or a longitude typed by an officer: decimal degrees ("49.4812", "-0.1094",
// "49,4812" from a French keyboard), degrees-minutes-seconds (49°28'52.3"N) or degrees and
// decimal minutes (49°28.872'N, as many GNSS handhelds show), with the hemisphere as a sign or a
// letter before or after (N/S, E/W, and O for the French "ouest").
#include <QString>
#include <optional>

namespace saisie::gui {

enum class Axis { Latitude, Longitude };

struct ParsedCoordinate
{
    std::optional<double> degrees; // set when the text is a valid coordinate of its axis
    QString error;                 // otherwise one sentence saying what is wrong and how to type it
};

/// Parses one coordinate; never throws, never guesses (ambiguous input is an error).
ParsedCoordinate parseCoordinate(const QString &text, Axis axis);

} // namespace saisie::gui
