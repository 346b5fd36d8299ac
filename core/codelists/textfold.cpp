#include "textfold.h"

namespace saisie::codelists::detail {

QString foldForSearch(QStringView text)
{
    // NFD splits "é" into "e" + U+0301 so dropping non-spacing marks removes the accent; NFKD would also
    // turn "²" into "2", which is what a user typing on a plain keyboard expects.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        // Ligatures and sharp s have no decomposition; spell them the way people type them.
        switch (ch.unicode()) {
        case 0x00DF:
            out += u"ss";
            continue; // ß
        case 0x00C6:
        case 0x00E6:
            out += u"ae";
            continue; // Æ æ
        case 0x0152:
        case 0x0153:
            out += u"oe";
            continue; // Œ œ
        case 0x00D8:
        case 0x00F8:
            out += u'o';
            continue; // Ø ø
        default:
            break;
        }
        out += ch.toCaseFolded();
    }
    return out;
}

} // namespace saisie::codelists::detail
