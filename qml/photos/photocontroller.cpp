#include "photocontroller.h"

#include "photoimport.h"
#include "photokinds.h"
#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QBuffer>
#include <QCameraDevice>
#include <QImageCapture>
#include <QLocale>
#include <QMediaDevices>
#include <QVideoFrame>

namespace saisie::gui {

PhotoController::PhotoController(QObject *parent)
    : QObject(parent), m_model(new AttachmentListModel(this)), m_devices(std::make_unique<QMediaDevices>())
{
    connect(m_devices.get(), &QMediaDevices::videoInputsChanged, this,
            &PhotoController::updateCameraAvailable);
    updateCameraAvailable();
}

PhotoController::~PhotoController() = default;

store::Session *PhotoController::storeSession() const
{
    return m_session ? m_session->storeSession() : nullptr;
}

void PhotoController::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &SessionController::lockedChanged, this, &PhotoController::onLockedChanged);
    Q_EMIT sessionChanged();
    refresh();
}

void PhotoController::setSeizureId(const QString &id)
{
    if (id == m_seizureId)
        return;
    m_seizureId = id;
    Q_EMIT seizureIdChanged();
    refresh();
}

void PhotoController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_model->setLanguage(language.isEmpty() ? QLocale().name().section(QLatin1Char('_'), 0, 0) : language);
    Q_EMIT languageChanged();
}

QVariantList PhotoController::kinds() const
{
    return PhotoKinds::entries(m_language.isEmpty() ? QLocale().name().section(QLatin1Char('_'), 0, 0)
                                                    : m_language);
}

QString PhotoController::defaultKind() const
{
    return PhotoKinds::defaultKind();
}

QString PhotoController::kindLabel(const QString &code) const
{
    return PhotoKinds::label(code, m_language.isEmpty() ? QLocale().name().section(QLatin1Char('_'), 0, 0)
                                                        : m_language);
}

void PhotoController::onLockedChanged()
{
    // Shots still in flight belong to a closed store: drop them, and the rows with them.
    if (m_session && m_session->isLocked() && !m_pending.isEmpty()) {
        m_pending.clear();
        m_busyCount = 0;
        Q_EMIT busyChanged();
    }
    refresh();
}

void PhotoController::refresh()
{
    store::Session *s = storeSession();
    const QUuid seizure = QUuid::fromString(m_seizureId);
    if (!s) {
        m_model->clear();
        setCanAdd(false);
        return;
    }
    if (seizure.isNull()) {
        m_model->clear();
        setCanAdd(true); // the panel stores the record first (ensureStored)
        return;
    }
    auto listing = s->attachments().listLatest(seizure);
    if (!listing) {
        m_model->clear();
        // Not stored yet is normal for a new record: it will be stored before the first photo.
        setCanAdd(listing.error().code == QLatin1String("not_found"));
        if (listing.error().code != QLatin1String("not_found"))
            setError(sentenceFor(listing.error().code, listing.error().message));
        return;
    }
    QList<AttachmentRow> rows;
    for (const auto &info : std::as_const(listing->items))
        rows << AttachmentRow{info, seizure, listing->editable.contains(info.id),
                              listing->thumbnailed.contains(info.id)};
    m_model->setRows(rows);
    setCanAdd(listing->draft);
}

bool PhotoController::checkReady(const QString &kind)
{
    if (!storeSession()) {
        setError(tr("The profile is locked. Unlock it and add the photo again."));
        return false;
    }
    if (QUuid::fromString(m_seizureId).isNull()) {
        setError(tr(
            "The record is not saved yet, so nothing can be attached to it. Fill in a field and try again."));
        return false;
    }
    if (!PhotoKinds::contains(kind)) {
        setError(tr("Choose what the photo shows before adding it."));
        return false;
    }
    return true;
}

bool PhotoController::importFile(const QUrl &url, const QString &kind, const QString &caption)
{
    if (!checkReady(kind))
        return false;
    changeBusy(+1);
    ImportedFile file = readImportFile(url, kMaxImportBytes);
    bool added = false;
    if (file.error.isEmpty())
        added = addBytes(file.bytes, kind, caption);
    else
        setError(file.error);
    file.bytes.fill('\0');
    changeBusy(-1);
    return added;
}

bool PhotoController::addCapturedImage(const QImage &image, const QString &kind, const QString &caption)
{
    if (!checkReady(kind))
        return false;
    if (image.isNull()) {
        setError(tr("The camera gave no image. Take the photo again."));
        return false;
    }
    changeBusy(+1);
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    bool added = false;
    if (!image.save(&out, "JPEG", kJpegQuality))
        setError(tr("The photo could not be encoded. Take it again."));
    else
        added = addBytes(jpeg, kind, caption);
    jpeg.fill('\0');
    changeBusy(-1);
    return added;
}

bool PhotoController::capture(QImageCapture *imageCapture, const QString &kind, const QString &caption)
{
    if (!checkReady(kind))
        return false;
    if (!imageCapture || !imageCapture->isReadyForCapture()) {
        setError(tr("The camera is not ready. Wait a moment and press the shutter again."));
        return false;
    }
    if (!m_watched.contains(imageCapture)) {
        m_watched << imageCapture;
        connect(imageCapture, &QImageCapture::imageAvailable, this, &PhotoController::onImageAvailable);
        connect(
            imageCapture, &QImageCapture::errorOccurred, this,
            [this](int id, QImageCapture::Error, const QString &message) { onCaptureError(id, message); });
        connect(imageCapture, &QObject::destroyed, this, [this, imageCapture] { forget(imageCapture); });
    }
    const int id = imageCapture->capture(); // into memory: imageAvailable, no file
    if (id < 0) {
        setError(tr("The camera could not take the photo (%1).").arg(imageCapture->errorString()));
        return false;
    }
    m_pending.insert({imageCapture, id}, PendingShot{kind, caption});
    changeBusy(+1);
    return true;
}

void PhotoController::onImageAvailable(int requestId, const QVideoFrame &frame)
{
    auto *source = qobject_cast<QImageCapture *>(sender());
    const auto it = m_pending.constFind({source, requestId});
    if (it == m_pending.cend())
        return; // a shot from before a lock, or from another controller's request
    const PendingShot shot = it.value();
    m_pending.erase(it);
    changeBusy(-1);
    addCapturedImage(frame.toImage(), shot.kind, shot.caption);
}

void PhotoController::forget(QImageCapture *imageCapture)
{
    m_watched.removeAll(imageCapture);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.key().first != imageCapture) {
            ++it;
            continue;
        }
        it = m_pending.erase(it);
        changeBusy(-1);
    }
}

void PhotoController::onCaptureError(int requestId, const QString &message)
{
    auto *source = qobject_cast<QImageCapture *>(sender());
    if (m_pending.remove({source, requestId}) > 0)
        changeBusy(-1);
    setError(tr("The camera could not take the photo (%1).").arg(message));
}

bool PhotoController::addBytes(QByteArray &bytes, const QString &kind, const QString &caption)
{
    QBuffer source(&bytes);
    source.open(QIODevice::ReadOnly);
    store::AttachRequest request;
    request.seizure = QUuid::fromString(m_seizureId);
    request.kind = kind;
    request.caption = caption.trimmed();
    auto added = storeSession()->attachments().add(request, source);
    if (!added) {
        setError(sentenceFor(added.error().code, added.error().message));
        return false;
    }
    clearError();
    refresh();
    Q_EMIT attachmentsChanged();
    return true;
}

bool PhotoController::setDetails(const QString &id, const QString &kind, const QString &caption)
{
    if (!checkReady(kind))
        return false;
    auto updated = storeSession()->attachments().updateDetails(
        QUuid::fromString(m_seizureId), QUuid::fromString(id), kind, caption.trimmed());
    if (!updated) {
        setError(sentenceFor(updated.error().code, updated.error().message));
        return false;
    }
    clearError();
    refresh();
    Q_EMIT attachmentsChanged();
    return true;
}

bool PhotoController::remove(const QString &id)
{
    if (!checkReady(PhotoKinds::defaultKind()))
        return false;
    auto removed =
        storeSession()->attachments().removeFromDraft(QUuid::fromString(m_seizureId), QUuid::fromString(id));
    if (!removed) {
        setError(sentenceFor(removed.error().code, removed.error().message));
        return false;
    }
    clearError();
    refresh();
    Q_EMIT attachmentsChanged();
    return true;
}

QVariantMap PhotoController::details(const QString &id) const
{
    const int row = m_model->indexOfId(QUuid::fromString(id));
    if (row < 0)
        return {};
    QVariantMap out;
    const QModelIndex index = m_model->index(row);
    const auto roles = m_model->roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), m_model->data(index, it.key()));
    return out;
}

QString PhotoController::sentenceFor(const QString &code, const QString &coreMessage) const
{
    if (code == QLatin1String("signed"))
        return tr(
            "This record is finalized: its photos are evidence and cannot change. Amend the record to add or "
            "correct photos.");
    if (code == QLatin1String("not_found"))
        return tr("This photo or record is no longer in the vault. The list was refreshed.");
    if (code == QLatin1String("caption"))
        return tr("The caption is too long: keep it under 4000 characters.");
    if (code == QLatin1String("kind"))
        return tr("Choose what the photo shows from the list.");
    return tr("The vault refused the change: %1").arg(coreMessage);
}

void PhotoController::updateCameraAvailable()
{
    const bool available = !QMediaDevices::videoInputs().isEmpty();
    if (available == m_cameraAvailable)
        return;
    m_cameraAvailable = available;
    Q_EMIT cameraAvailableChanged();
}

void PhotoController::setCanAdd(bool canAdd)
{
    if (canAdd == m_canAdd)
        return;
    m_canAdd = canAdd;
    Q_EMIT canAddChanged();
}

void PhotoController::setError(const QString &message)
{
    if (message == m_errorString)
        return;
    m_errorString = message;
    Q_EMIT errorChanged();
}

void PhotoController::clearError()
{
    setError(QString());
}

void PhotoController::changeBusy(int delta)
{
    const bool was = isBusy();
    m_busyCount = qMax(0, m_busyCount + delta);
    if (was != isBusy())
        Q_EMIT busyChanged();
}

} // namespace saisie::gui
