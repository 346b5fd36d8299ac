// SyncController, part two: enrolment (docs/protocol.md §7) and the device identity on disk.
#include "synccontroller.h"

#include "qrdecoder.h"
#include "synctext.h"

#include "sync/deviceidentity.h"
#include "sync/enrolmentclient.h"
#include "sync/enrolmentqr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncUi)

namespace {
// §7.2: a QR payload holds at most 1,024 bytes; a little room for what a template adds.
constexpr qsizetype kMaxQrPayloadBytes = 2048;
} // namespace

namespace saisie::gui {

void SyncController::reloadIdentity()
{
    bool enrolled = false;
    QString shortId;
    QString origin;
    if (sync::DeviceIdentity::existsIn(m_deviceDir)) {
        auto identity = sync::DeviceIdentity::load(m_deviceDir);
        if (identity) {
            enrolled = true;
            shortId = identity->deviceKeyId().left(16);
            origin = identity->origin;
        } else {
            // A damaged file is not an enrolment: the officer sees "not connected" and may enrol
            // again; the file itself is left for support to look at.
            qCWarning(lcSyncUi) << "device identity unreadable:" << identity.error().code;
        }
    }
    if (enrolled == m_enrolled && shortId == m_deviceIdShort && origin == m_serverOrigin)
        return;
    m_enrolled = enrolled;
    m_deviceIdShort = shortId;
    m_serverOrigin = origin;
    Q_EMIT enrolledChanged();
    Q_EMIT stateChanged();
    updateEngine();
}

bool SyncController::enrolFromQrText(const QString &text)
{
    if (m_enrolling)
        return false;
    if (m_enrolled) {
        setEnrolmentError(syncErrorSentence(QStringLiteral("already_enrolled")));
        return false;
    }
    return startEnrolment(text.trimmed().toUtf8(), {});
}

bool SyncController::enrolFromImage(const QUrl &url)
{
    if (m_enrolling)
        return false;
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QrFileError error = QrFileError::None;
    const std::optional<QString> text = decodeQrFile(path, &error);
    if (!text) {
        switch (error) {
        case QrFileError::Unreadable:
            setEnrolmentError(syncErrorSentence(QStringLiteral("image_unreadable")));
            break;
        case QrFileError::NotAnImage:
            setEnrolmentError(syncErrorSentence(QStringLiteral("image_invalid")));
            break;
        case QrFileError::TooLarge:
            setEnrolmentError(syncErrorSentence(QStringLiteral("image_too_large")));
            break;
        case QrFileError::NoCode:
        case QrFileError::None:
            setEnrolmentError(syncErrorSentence(QStringLiteral("image_no_code")));
            break;
        }
        return false;
    }
    return enrolFromQrText(*text);
}

bool SyncController::enrolWithCode(const QString &code)
{
    if (!m_template.isValid()) {
        setEnrolmentError(syncErrorSentence(QStringLiteral("qr_invalid")));
        return false;
    }
    if (m_enrolling)
        return false;
    if (m_enrolled) {
        setEnrolmentError(syncErrorSentence(QStringLiteral("already_enrolled")));
        return false;
    }
    // The national template is the QR payload without its code; the typed code completes it.
    const QJsonObject payload{{QStringLiteral("saisie"), QStringLiteral("enrol/1")},
                              {QStringLiteral("url"), m_template.url},
                              {QStringLiteral("sk"), m_template.serverKeyId},
                              {QStringLiteral("pins"), QJsonArray::fromStringList(m_template.pins)},
                              {QStringLiteral("ca"), QJsonArray::fromStringList(m_template.caFingerprints)}};
    return startEnrolment(QJsonDocument(payload).toJson(QJsonDocument::Compact), code);
}

bool SyncController::startEnrolment(const QByteArray &payload, const QString &typedCode)
{
    if (payload.size() > kMaxQrPayloadBytes) {
        setEnrolmentError(syncErrorSentence(QStringLiteral("qr_invalid")));
        return false;
    }
    auto qr = sync::parseEnrolmentQr(payload, m_nationalCa, typedCode);
    if (!qr) {
        // The reason names a member, never the code's value: safe for the log.
        qCInfo(lcSyncUi) << "enrolment payload refused:" << qr.error().code << qr.error().message;
        setEnrolmentError(syncErrorSentence(qr.error().code));
        return false;
    }
    QList<QByteArray> pems;
    for (const QSslCertificate &certificate : std::as_const(m_nationalCa))
        pems << certificate.toPem();
    m_enrolment = std::make_unique<sync::EnrolmentClient>(m_deviceDir, pems);
    setEnrolmentError({});
    setEnrolling(true);
    qCInfo(lcSyncUi) << "enrolling with" << qr->origin;
    // The client lives as long as this request: the callback only reports, the reset is queued.
    m_enrolment->enrol(*qr, sync::ClientInfo::current(QCoreApplication::applicationVersion()),
                       [this](Expected<QString> result) {
                           QMetaObject::invokeMethod(this, [this] { m_enrolment.reset(); }, Qt::QueuedConnection);
                           if (!result) {
                               qCWarning(lcSyncUi) << "enrolment failed:" << result.error().code;
                               finishEnrolment(false, syncErrorSentence(result.error().code));
                               return;
                           }
                           qCInfo(lcSyncUi) << "enrolled";
                           finishEnrolment(true, {});
                       });
    return true;
}

void SyncController::finishEnrolment(bool ok, const QString &error)
{
    setEnrolling(false);
    if (!ok) {
        setEnrolmentError(error);
        return;
    }
    setEnrolmentError({});
    reloadIdentity();
    Q_EMIT enrolmentSucceeded();
}

} // namespace saisie::gui
