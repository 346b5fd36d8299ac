#pragma once
// The photos and files of one record for the photo panel: in-app capture (into memory only, never
// a file or the gallery), import of a file the officer picks, kind and caption corrections. Every
// file goes straight into the encrypted blob store through store::Attachments, which keeps the
// original bytes and their SHA-256 untouched (SECURITY.md S1, D2, E1).
//
// All store calls run on the GUI thread: the store is one SQLite connection owned by that thread.
// Imports are bounded (kMaxImportBytes), so a synchronous add is short; `busy` also covers the
// time between a shutter press and the camera delivering the frame.
#include "attachmentlistmodel.h"

#include <QHash>
#include <QImage>
#include <QImageCapture> // complete type for moc (an invokable takes one)
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QMediaDevices;
class QVideoFrame;

namespace saisie::store {
class Session;
}

namespace saisie::gui {

class SessionController;

class PhotoController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The session the photos are stored in; the list empties while it is locked.
    Q_PROPERTY(saisie::gui::SessionController *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The record (lower-case uuid). It must be stored before anything can be added.
    Q_PROPERTY(QString seizureId READ seizureId WRITE setSeizureId NOTIFY seizureIdChanged)
    /// The record's attachments, in capture order.
    Q_PROPERTY(saisie::gui::AttachmentListModel *model READ model CONSTANT)
    /// True while a file is being stored or a shutter press waits for its frame.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// The last failure as a sentence; empty after a success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    /// A camera is present (QMediaDevices::videoInputs()); otherwise the UI offers import only.
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraAvailableChanged)
    /// Files can be added: unlocked, and the record is a draft or not stored yet.
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY canAddChanged)
    /// The attachment_kind list: [{code, label, cenShareable}], labels in `language`.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY languageChanged)
    /// The kind new photos get by default.
    Q_PROPERTY(QString defaultKind READ defaultKind CONSTANT)
    /// Language of the kind labels ("en", "fr"); empty follows the default locale.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// Largest file importFile() accepts, in bytes (64 MiB: far above any tablet photo, small
    /// enough to hash, encrypt and thumbnail in memory without stalling the UI for long).
    Q_PROPERTY(qint64 maxImportBytes READ maxImportBytes CONSTANT)

public:
    static constexpr qint64 kMaxImportBytes = qint64(64) * 1024 * 1024;
    static constexpr int kJpegQuality = 92;

    explicit PhotoController(QObject *parent = nullptr);
    ~PhotoController() override;

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString seizureId() const { return m_seizureId; }
    void setSeizureId(const QString &id);
    AttachmentListModel *model() const { return m_model; }
    bool isBusy() const { return m_busyCount > 0; }
    QString errorString() const { return m_errorString; }
    bool cameraAvailable() const { return m_cameraAvailable; }
    bool canAdd() const { return m_canAdd; }
    QVariantList kinds() const;
    QString defaultKind() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    qint64 maxImportBytes() const { return kMaxImportBytes; }

    /// Stores a file picked by the officer (a local path or an Android content:// URL). A missing,
    /// unreadable, empty or too large file stores nothing and sets errorString.
    Q_INVOKABLE bool importFile(const QUrl &url, const QString &kind, const QString &caption = QString());
    /// Stores a captured image as a JPEG encoded in memory (quality kJpegQuality).
    Q_INVOKABLE bool addCapturedImage(const QImage &image, const QString &kind,
                                      const QString &caption = QString());
    /// Asks an ImageCapture for a frame (QImageCapture::capture(), never captureToFile) and
    /// stores it when it arrives, with this kind and caption. False when the camera is not ready.
    Q_INVOKABLE bool capture(QImageCapture *imageCapture, const QString &kind,
                             const QString &caption = QString());
    /// Changes the kind and caption of an attachment added in the current draft.
    Q_INVOKABLE bool setDetails(const QString &id, const QString &kind, const QString &caption);
    /// Removes an attachment added in the current draft (a wrong shot).
    Q_INVOKABLE bool remove(const QString &id);
    /// Every role of one row as a map (the viewer), or an empty map.
    Q_INVOKABLE QVariantMap details(const QString &id) const;
    /// The label of a kind code in `language`.
    Q_INVOKABLE QString kindLabel(const QString &code) const;
    /// Re-reads the list from the store.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sessionChanged();
    void seizureIdChanged();
    void busyChanged();
    void errorChanged();
    void cameraAvailableChanged();
    void canAddChanged();
    void languageChanged();
    /// A file was added, changed or removed (the editor re-reads its attachment count).
    void attachmentsChanged();

private:
    store::Session *storeSession() const;
    bool addBytes(QByteArray &bytes, const QString &kind, const QString &caption);
    bool checkReady(const QString &kind);
    void onImageAvailable(int requestId, const QVideoFrame &frame);
    void onCaptureError(int requestId, const QString &message);
    void forget(QImageCapture *imageCapture);
    void onLockedChanged();
    void updateCameraAvailable();
    void setCanAdd(bool canAdd);
    void setError(const QString &message);
    void changeBusy(int delta);
    QString sentenceFor(const QString &code, const QString &coreMessage) const;

    struct PendingShot
    {
        QString kind;
        QString caption;
    };

    QPointer<SessionController> m_session;
    QString m_seizureId;
    AttachmentListModel *m_model;
    std::unique_ptr<QMediaDevices> m_devices;
    QHash<QPair<QImageCapture *, int>, PendingShot> m_pending;
    QList<QImageCapture *> m_watched;
    QString m_errorString;
    QString m_language;
    int m_busyCount = 0;
    bool m_cameraAvailable = false;
    bool m_canAdd = false;
};

} // namespace saisie::gui
