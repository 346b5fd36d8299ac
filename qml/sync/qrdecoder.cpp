#include "qrdecoder.h"

#include <QFile>
#include <QImageReader>

#include <ZXing/ReadBarcode.h>

namespace saisie::gui {

std::optional<QString> decodeQrCode(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    // zxing reads luminance only; converting here also gives it a format it knows whatever the
    // camera or the file delivered (YUV frames come through QVideoFrame::toImage() as RGB).
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    // The raw bytes, read as UTF-8 (the enrolment payload is byte mode UTF-8, §7.2): zxing's own
    // text() guesses a character set for byte mode and may pick Latin-1.
    const ZXing::ByteArray &bytes = result.bytes();
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

std::optional<QString> decodeQrFile(const QString &path, QrFileError *error)
{
    auto fail = [error](QrFileError why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QrFileError::Unreadable);
    if (file.size() > kMaxQrFileBytes)
        return fail(QrFileError::TooLarge);
    QImageReader reader(&file);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxQrImagePixels)
        return fail(QrFileError::TooLarge);
    const QImage image = reader.read();
    if (image.isNull())
        return fail(QrFileError::NotAnImage);
    auto text = decodeQrCode(image);
    if (!text)
        return fail(QrFileError::NoCode);
    if (error)
        *error = QrFileError::None;
    return text;
}

} // namespace saisie::gui
