#include "admin/qrterminal.h"

#include <qrencode.h>

namespace saisie::server::admin {

Expected<QString> renderQrForTerminal(const QByteArray &data)
{
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return makeError(QStringLiteral("qr"), QStringLiteral("The enrolment payload does not fit in a QR code."));
    constexpr int quiet = 4;
    const int width = code->width;
    const int span = width + 2 * quiet;
    // Outside the symbol everything is light (quiet zone); bit 0 of each module byte is "dark".
    auto dark = [&](int x, int y) {
        x -= quiet;
        y -= quiet;
        return x >= 0 && y >= 0 && x < width && y < width && (code->data[y * width + x] & 1);
    };
    QString text;
    for (int y = 0; y < span; y += 2) {
        for (int x = 0; x < span; ++x) {
            const bool topLight = !dark(x, y);
            const bool bottomLight = y + 1 < span ? !dark(x, y + 1) : false;
            if (topLight && bottomLight)
                text += QChar(0x2588); // full block
            else if (topLight)
                text += QChar(0x2580); // upper half
            else if (bottomLight)
                text += QChar(0x2584); // lower half
            else
                text += QLatin1Char(' ');
        }
        text += QLatin1Char('\n');
    }
    QRcode_free(code);
    return text;
}

} // namespace saisie::server::admin
