#include "synctext.h"

#include <QCoreApplication>
#include <QHash>

namespace saisie::gui {

namespace {
// Marked with QT_TRANSLATE_NOOP at each use so lupdate finds them.
QString t(const char *text)
{
    return QCoreApplication::translate("SyncText", text);
}
} // namespace

QString syncErrorSentence(const QString &code)
{
    if (code.isEmpty())
        return {};
    // Client-side conditions first (no answer from the server, or an answer we refuse).
    if (code == u"network" || code == u"offline" || code == u"timeout" || code == u"dns")
        return t(QT_TRANSLATE_NOOP("SyncText", "The national server cannot be reached. Records stay on this tablet and are sent when the network is back."));
    if (code == u"tls_certificate" || code == u"certificate_invalid" || code == u"pin_mismatch" ||
        code == u"redirect_refused")
        return t(QT_TRANSLATE_NOOP("SyncText", "The connection was refused because the server could not prove it is the national server. Nothing was sent. If this keeps happening, tell your administrator (the network may be intercepting traffic)."));
    if (code.startsWith(u"receipt_") || code == u"untrusted_key" || code == u"payload_not_canonical" ||
        code == u"format_mismatch")
        return t(QT_TRANSLATE_NOOP("SyncText", "The server's answer could not be verified, so the record is kept as not delivered. It will be sent again."));
    if (code == u"unavailable" || code == u"internal_error" || code == u"bad_gateway" || code == u"gateway_timeout" ||
        code == u"request_timeout" || code == u"too_early" || code.startsWith(u"http_5"))
        return t(QT_TRANSLATE_NOOP("SyncText", "The national server is temporarily unavailable. Sync will try again by itself."));
    if (code == u"rate_limited")
        return t(QT_TRANSLATE_NOOP("SyncText", "The national server asked to wait before trying again. Sync will try again by itself."));
    if (code == u"clock_skew")
        return t(QT_TRANSLATE_NOOP("SyncText", "This tablet's clock is too far from the server's. Sync will adjust and try again; if it keeps failing, check the date and time."));
    if (code == u"device_suspended")
        return t(QT_TRANSLATE_NOOP("SyncText", "Your administrator has suspended this tablet. Records stay on it. Contact your administrator."));
    if (code == u"device_revoked")
        return t(QT_TRANSLATE_NOOP("SyncText", "This tablet has been revoked by an administrator and its profiles were erased."));
    if (code == u"wipe_unverifiable")
        return t(QT_TRANSLATE_NOOP("SyncText", "The server sent a revocation that could not be verified: nothing was erased, and sync will try again. Tell your administrator."));
    if (code == u"attachment_damaged")
        return t(QT_TRANSLATE_NOOP("SyncText", "A photo or file of a record no longer matches what was signed, so the record was not sent. Tell your administrator."));
    if (code == u"client_outdated" || code == u"protocol_unsupported" || code == u"protocol_mismatch")
        return t(QT_TRANSLATE_NOOP("SyncText", "This version of the app is too old for the national server. Update the app; no record is lost."));
    if (code == u"unknown_device" || code == u"signature_invalid" || code == u"auth_missing" ||
        code == u"vault_signature_invalid" || code == u"nonce_replayed")
        return t(QT_TRANSLATE_NOOP("SyncText", "Sync is not authorised: contact your administrator. Records stay on this tablet."));
    if (code == u"body_too_large" || code == u"attachment_too_large" || code == u"chunk_too_large")
        return t(QT_TRANSLATE_NOOP("SyncText", "The record or one of its files is larger than the server accepts. It stays on this tablet; contact your administrator."));
    if (code == u"record_version_conflict" || code == u"record_uuid_conflict" || code == u"vault_key_bound_elsewhere" ||
        code == u"vault_key_conflict" || code == u"audit_fork" || code == u"audit_chain_broken")
        return t(QT_TRANSLATE_NOOP("SyncText", "The server already holds different data for this record. It stays on this tablet; contact your administrator."));
    // Enrolment (E1) and the QR payload.
    if (code == u"qr_invalid")
        return t(QT_TRANSLATE_NOOP("SyncText", "This is not a Saisie enrolment code. Scan the QR code shown in the administrator's console."));
    if (code == u"qr_expired" || code == u"code_expired" || code == u"enrolment_code_expired")
        return t(QT_TRANSLATE_NOOP("SyncText", "This enrolment code has expired. Ask your administrator for a new one."));
    if (code == u"qr_unknown_ca" || code == u"ca_unknown")
        return t(QT_TRANSLATE_NOOP("SyncText", "This enrolment code is for a server this app does not trust. Check that it comes from your national administrator."));
    if (code == u"code_invalid")
        return t(QT_TRANSLATE_NOOP("SyncText", "The code must have 20 letters and digits, as shown under the QR code. Check it and try again."));
    if (code == u"enrolment_code_unknown")
        return t(QT_TRANSLATE_NOOP("SyncText", "The server does not know this enrolment code. Check it, or ask your administrator for a new one."));
    if (code == u"enrolment_code_used")
        return t(QT_TRANSLATE_NOOP("SyncText", "This enrolment code has already been used by another tablet. Tell your administrator at once: it may have been copied."));
    if (code == u"enrolment_response_invalid")
        return t(QT_TRANSLATE_NOOP("SyncText", "The server's answer could not be verified against the enrolment code, so this tablet was not connected. Tell your administrator."));
    if (code == u"device_id_changed")
        return t(QT_TRANSLATE_NOOP("SyncText", "This re-enrolment code belongs to another tablet. Ask your administrator for this tablet's code."));
    if (code == u"ca_invalid")
        return t(QT_TRANSLATE_NOOP("SyncText", "The app's list of national certificates is missing or damaged, so no server can be trusted. Reinstall the app or contact your administrator."));
    if (code == u"device_file")
        return t(QT_TRANSLATE_NOOP("SyncText", "This tablet's connection details are damaged. Contact your administrator to connect it again."));
    if (code == u"enrolment_proof_invalid" || code == u"enrolment_invalid")
        return t(QT_TRANSLATE_NOOP("SyncText", "The server refused this tablet's enrolment. Try again; if it fails again, contact your administrator."));
    if (code == u"already_enrolled")
        return t(QT_TRANSLATE_NOOP("SyncText", "This tablet is already connected to the national server."));
    if (code == u"storage")
        return t(QT_TRANSLATE_NOOP("SyncText", "The tablet could not save its enrolment. Free some storage and try again."));
    if (code == u"image_unreadable")
        return t(QT_TRANSLATE_NOOP("SyncText", "This file could not be opened. Choose another photo or screenshot."));
    if (code == u"image_invalid")
        return t(QT_TRANSLATE_NOOP("SyncText", "This file is not an image. Choose a photo or screenshot of the QR code."));
    if (code == u"image_too_large")
        return t(QT_TRANSLATE_NOOP("SyncText", "This image is too large. Choose a smaller photo or a screenshot of the QR code."));
    if (code == u"image_no_code")
        return t(QT_TRANSLATE_NOOP("SyncText", "No QR code was found in this image. Take a sharper photo of the whole code and try again."));
    return t(QT_TRANSLATE_NOOP("SyncText", "Sync failed. Records stay on this tablet and sync will try again; if this keeps happening, contact your administrator."));
}

QString syncProgressSentence(int record, int records, int attachment, int attachments)
{
    records = qMax(records, record);
    if (attachments <= 0 || attachment <= 0)
        return QCoreApplication::translate("SyncText", "Sending record %1 of %2").arg(record).arg(records);
    //: %1 of %2 records, %3 of %4 photos of the current record
    return QCoreApplication::translate("SyncText", "Sending record %1 of %2 – photo %3 of %4")
        .arg(record)
        .arg(records)
        .arg(attachment)
        .arg(attachments);
}

} // namespace saisie::gui
