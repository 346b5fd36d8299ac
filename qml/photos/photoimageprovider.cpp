#include "photoimageprovider.h"

#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QBuffer>
#include <QImageReader>
#include <QMutex>
#include <QQmlEngine>
#include <QRunnable>
#include <QThreadPool>

namespace saisie::gui {

namespace {

/// The answer to one request. finish() may be called from any thread; the engine reads the
/// result only after finished() reached its thread.
class PhotoResponse : public QQuickImageResponse
{
public:
    void finish(QImage image, QString error)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_image = std::move(image);
            m_error = std::move(error);
        }
        Q_EMIT finished();
    }
    QQuickTextureFactory *textureFactory() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_image.isNull() ? nullptr : QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    mutable QMutex m_mutex;
    QImage m_image;
    QString m_error;
};

QImage decode(const QByteArray &bytes, const QSize &requested, int maxEdge)
{
    QByteArray copy = bytes; // QImageReader needs a device; QBuffer shares the data
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    QImageReader reader(&in);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid()) {
        QSize target = size;
        if (requested.width() > 0 || requested.height() > 0)
            target =
                size.scaled(requested.width() > 0 ? requested.width() : size.width(),
                            requested.height() > 0 ? requested.height() : size.height(), Qt::KeepAspectRatio);
        if (target.width() > maxEdge || target.height() > maxEdge)
            target = target.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio);
        if (target != size)
            reader.setScaledSize(target);
    }
    return reader.read();
}

struct Request
{
    bool original = false;
    QUuid seizure;
    QUuid attachment;
};

std::optional<Request> parse(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    if (parts.size() != 3 || (parts[0] != QLatin1String("thumb") && parts[0] != QLatin1String("original")))
        return std::nullopt;
    Request r{parts[0] == QLatin1String("original"), QUuid::fromString(parts[1]),
              QUuid::fromString(parts[2])};
    if (r.seizure.isNull() || r.attachment.isNull())
        return std::nullopt;
    return r;
}

} // namespace

PhotoImageProvider::PhotoImageProvider(SessionController *session) : m_session(session) {}

void PhotoImageProvider::install(QQmlEngine *engine, SessionController *session)
{
    engine->addImageProvider(QString::fromLatin1(kProviderId), new PhotoImageProvider(session));
}

QQuickImageResponse *PhotoImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    auto *response = new PhotoResponse;
    const std::optional<Request> request = parse(id);
    SessionController *session = m_session.data();
    if (!request || !session) {
        // Queued: the engine connects to finished() only after this function returns.
        QMetaObject::invokeMethod(
            response, [response] { response->finish({}, QStringLiteral("Unknown photo address.")); },
            Qt::QueuedConnection);
        return response;
    }
    QPointer<PhotoResponse> guard(response);
    QPointer<SessionController> sessionGuard(session);
    // On the GUI thread: the only thread that may touch the store.
    QMetaObject::invokeMethod(
        session,
        [guard, sessionGuard, request = *request, requestedSize] {
            if (!guard)
                return;
            store::Session *store = sessionGuard ? sessionGuard->storeSession() : nullptr;
            if (!store) {
                guard->finish({}, QStringLiteral("locked"));
                return;
            }
            QByteArray bytes;
            QString error;
            if (request.original) {
                QBuffer sink(&bytes);
                sink.open(QIODevice::WriteOnly);
                if (Status read =
                        store->attachments().readOriginal(request.seizure, request.attachment, sink);
                    !read)
                    error = read.error().message;
            } else if (auto thumb = store->attachments().thumbnail(request.seizure, request.attachment);
                       thumb) {
                bytes = *thumb;
            } else {
                error = thumb.error().message;
            }
            if (!error.isEmpty() || bytes.isEmpty()) {
                guard->finish({}, error.isEmpty() ? QStringLiteral("No image for this attachment.") : error);
                return;
            }
            const int maxEdge = request.original ? kMaxDecodedEdge : 1024;
            // Moved, not shared: this lambda holds the only copy of the plaintext and zeroes it.
            QThreadPool::globalInstance()->start(
                [guard, bytes = std::move(bytes), requestedSize, maxEdge]() mutable {
                    QImage image = decode(bytes, requestedSize, maxEdge);
                    bytes.fill('\0');
                    if (guard)
                        guard->finish(image, image.isNull()
                                                 ? QStringLiteral("The file is not an image Qt can show.")
                                                 : QString());
                });
        },
        Qt::QueuedConnection);
    return response;
}

} // namespace saisie::gui
