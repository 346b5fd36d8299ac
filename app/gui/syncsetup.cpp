#include "syncsetup.h"

#include "commandline.h"
#include "sync/synccontroller.h"

#include "sync/enrolmentqr.h"

#include <QFile>
#include <QObject>
#include <cstdio>

namespace saisie::app {

bool applyNationalCa(gui::SyncController &sync, const Options &options)
{
    if (options.nationalCaFile.isEmpty())
        return true;
    QFile file(options.nationalCaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "saisie: cannot read the national CA file %s.\n", qPrintable(options.nationalCaFile));
        return false;
    }
    auto cas = sync::parseNationalCas(file.read(1024 * 1024));
    if (!cas) {
        std::fprintf(stderr, "saisie: %s holds no usable PEM certificate (%s).\n",
                     qPrintable(options.nationalCaFile), qPrintable(cas.error().code));
        return false;
    }
    sync.setNationalCaCertificates(*cas);
    return true;
}

bool startEnrolmentFromFile(gui::SyncController &sync, const Options &options)
{
    if (options.enrolQrFile.isEmpty() || sync.isEnrolled())
        return true;
    QFile file(options.enrolQrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "saisie: cannot read %s.\n", qPrintable(options.enrolQrFile));
        return false;
    }
    // The QR payload is at most 1,024 bytes (docs/protocol.md §7.2); a little room for a newline.
    const QByteArray payload = file.read(4096).trimmed();
    QObject::connect(&sync, &gui::SyncController::enrolmentSucceeded, &sync, [&sync] {
        std::fprintf(stderr, "saisie: this tablet is now enrolled with %s (device key %s).\n",
                     qPrintable(sync.serverOrigin()), qPrintable(sync.deviceIdShort()));
    });
    QObject::connect(&sync, &gui::SyncController::enrolmentErrorChanged, &sync, [&sync] {
        if (!sync.enrolmentError().isEmpty())
            std::fprintf(stderr, "saisie: enrolment failed: %s\n", qPrintable(sync.enrolmentError()));
    });
    if (!sync.enrolFromQrText(QString::fromUtf8(payload)))
        return false;
    return true;
}

} // namespace saisie::app
