// saisie_crash_writer <vault dir>  (PIN on stdin, one line)
// Unlocks the vault and saves new draft seizures as fast as it can; every 5th one also gets an
// attachment. After each COMMIT has returned it prints "committed <uuid>" (and "attached <uuid>
// <attachment id>") and flushes stdout, so a parent that SIGKILLs it at a random moment knows
// exactly which records the store promised to keep (SECURITY.md D1, D2). Never exits by itself
// unless something fails (exit status 2, reason on stderr).
#include "store/session.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <cstdio>
#include <cstring>
#include <sodium.h>

using namespace saisie;

namespace {
int fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "crash_writer: %s: %s: %s\n", what, qPrintable(e.code), qPrintable(e.message));
    return 2;
}

QByteArray smallJpeg()
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "JPEG", 80);
    return bytes;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: saisie_crash_writer <vault dir>  (PIN on stdin)\n");
        return 2;
    }
    char line[300] = {};
    if (!std::fgets(line, sizeof line, stdin)) {
        std::fprintf(stderr, "crash_writer: no PIN on stdin\n");
        return 2;
    }
    std::size_t length = std::strcspn(line, "\r\n");
    const SecureBuffer pin = SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(line), length);
    sodium_memzero(line, sizeof line);

    auto vault = vault::Vault::load(QFile::decodeName(argv[1]));
    if (!vault)
        return fail("load", vault.error());
    auto keys = vault->unlock(pin);
    if (!keys)
        return fail("unlock", keys.error());
    auto session = store::Session::open(*vault, std::move(*keys));
    if (!session)
        return fail("open", session.error());
    store::Session &s = **session;
    const QByteArray jpeg = smallJpeg();

    for (qint64 i = 1;; ++i) {
        model::Seizure seizure;
        seizure.placeName = QStringLiteral("Crash quay %1").arg(i);
        seizure.occurredAt = QStringLiteral("2024-05-14T06:42:00+02:00");
        seizure.narrative = QString(200 + int(i % 7) * 100, QLatin1Char('n'));
        model::CommodityItem item;
        item.category = QStringLiteral("TOBACCO");
        item.quantity = double(i);
        seizure.items << item;
        auto saved = s.seizures().saveDraft(seizure);
        if (!saved)
            return fail("save", saved.error());
        const QByteArray uuid = saved->uuid.toString(QUuid::WithoutBraces).toLatin1();
        std::printf("committed %s\n", uuid.constData());
        std::fflush(stdout);
        if (i % 5 != 0)
            continue;
        QByteArray bytes;
        if (i % 10 == 0) {
            bytes = jpeg; // an image: original + encrypted thumbnail
        } else {
            bytes.resize(1000 + int(i % 13) * 1500);
            randombytes_buf(bytes.data(), size_t(bytes.size()));
        }
        QBuffer source(&bytes);
        source.open(QIODevice::ReadOnly);
        store::AttachRequest request;
        request.seizure = saved->uuid;
        request.kind = QStringLiteral("GOODS");
        auto attached = s.attachments().add(request, source);
        if (!attached)
            return fail("attach", attached.error());
        std::printf("attached %s %s\n", uuid.constData(),
                    attached->id.toString(QUuid::WithoutBraces).toLatin1().constData());
        std::fflush(stdout);
    }
}
