#pragma once
// QR code decoding with zxing-cpp (enrolment, docs/protocol.md §7.2): from a camera frame or from
// a photo or screenshot of the admin console. Pure functions, safe on any thread, so the camera
// scanner can run them off the GUI thread.
#include <QImage>
#include <QString>
#include <optional>

namespace saisie::gui {

/// The text of the first QR code found in `image`, or nullopt when there is none (or it is
/// damaged). The image is converted to 8-bit grey; nothing else is kept.
std::optional<QString> decodeQrCode(const QImage &image);

/// Limits for images read from a file: a QR photo needs no more, and a huge file must not
/// exhaust memory while it is decoded.
inline constexpr qint64 kMaxQrFileBytes = 32 * 1024 * 1024;
inline constexpr int kMaxQrImagePixels = 40'000'000;

enum class QrFileError { None, Unreadable, NotAnImage, TooLarge, NoCode };

/// Reads an image file and decodes its QR code; `error` says why nothing came out.
std::optional<QString> decodeQrFile(const QString &path, QrFileError *error = nullptr);

} // namespace saisie::gui
