#pragma once
// Serves decrypted photos to QML Image items, in memory only:
//   image://saisie-photo/thumb/<seizure>/<attachment>     the encrypted thumbnail made at capture
//   image://saisie-photo/original/<seizure>/<attachment>  the original, checked against its hash
//
// Threading: the store is one SQLite connection owned by the GUI thread and is not thread-safe.
// The engine asks an asynchronous provider from its image reader thread, so every request is
// marshalled to the GUI thread with a queued call (never a blocking one: the GUI thread waits for
// the reader thread at shutdown, and a blocking call could then deadlock). There the bytes are
// decrypted; decoding, the slow part, runs on the global thread pool. A request made while the
// session is locked fails with "locked". Pixels must not outlive a lock, so QML Images showing
// these URLs set `cache: false` and the list empties on lock.
#include <QPointer>
#include <QQuickAsyncImageProvider>

class QQmlEngine;

namespace saisie::gui {

class SessionController;

class PhotoImageProvider : public QQuickAsyncImageProvider
{
public:
    static constexpr const char *kProviderId = "saisie-photo";
    /// Originals larger than this (either side) are scaled down unless a size is requested.
    static constexpr int kMaxDecodedEdge = 4096;

    explicit PhotoImageProvider(SessionController *session);
    /// Registers a provider for `session` under kProviderId; the engine owns it.
    static void install(QQmlEngine *engine, SessionController *session);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    QPointer<SessionController> m_session;
};

} // namespace saisie::gui
