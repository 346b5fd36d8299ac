// Section 3 (vault unlock) and the disk probe.
#include "benches.h"
#include "raw.h"

#include "common/securebuffer.h"
#include "vault/kdfparams.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace saisie::bench {

namespace {
const QByteArray kPin = QByteArrayLiteral("4711-bench-pin");

SecureBuffer pinBuffer() { return SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(kPin.constData()), std::size_t(kPin.size())); }

double fsyncOnce(const QString &path, bool atomicReplace)
{
    const QByteArray page(4096, 'x');
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    QElapsedTimer t;
    t.start();
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::write(fd, page.constData(), size_t(page.size())) != page.size() || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    ::close(fd);
    if (atomicReplace) {
        if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0)
            return -1;
        const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        if (dir < 0 || ::fsync(dir) != 0)
            return -1;
        ::close(dir);
    }
    return msSince(t);
}
} // namespace

void probeDisk(const Options &options, Report &report)
{
    const QString dir = options.dir + QStringLiteral("/disk-probe");
    QDir().mkpath(dir);
    QList<double> plain;
    QList<double> atomic;
    for (int i = 0; i < 20; ++i) {
        plain << fsyncOnce(dir + QStringLiteral("/plain"), false);
        atomic << fsyncOnce(dir + QStringLiteral("/atomic"), true);
    }
    if (std::any_of(plain.cbegin(), plain.cend(), [](double v) { return v < 0; })
        || std::any_of(atomic.cbegin(), atomic.cend(), [](double v) { return v < 0; })) {
        report.fail(QStringLiteral("disk probe: write/fsync failed in %1").arg(dir));
        return;
    }
    report.note(QStringLiteral("Disk: 4 KiB write + fsync median %1 ms (p90 %2 ms); the same + rename + directory "
                               "fsync (an atomic file replace) median %3 ms.")
                    .arg(fmt(median(plain), 2), fmt(percentile(plain, 90), 2), fmt(median(atomic), 2)));
}

OpenVault benchUnlock(const Options &options, Report &report)
{
    OpenVault result;
    struct Kind
    {
        const char *name;
        vault::KdfParams params;
        QString target;
    };
    const QList<Kind> kinds = {
        {"moderate", vault::KdfParams::moderate(), QStringLiteral("none; S5 wants 0.5-1 s on the tablet")},
        {"interactive", vault::KdfParams::interactive(), QStringLiteral("none (the floor)")}};
    for (const Kind &kind : kinds) {
        const QString dir = options.dir + QStringLiteral("/vault-") + QString::fromLatin1(kind.name);
        vault::VaultOptions vaultOptions;
        vaultOptions.kdf = kind.params;
        progress(QStringLiteral("unlock: creating a %1 vault (%2)")
                     .arg(QString::fromLatin1(kind.name), kind.params.describe()));
        auto created = vault::Vault::create(dir, QStringLiteral("bench"), pinBuffer(), vaultOptions);
        if (!created) {
            report.fail(QStringLiteral("Vault::create (%1): %2").arg(QString::fromLatin1(kind.name), created.error().message));
            return result;
        }
        auto loaded = vault::Vault::load(dir);
        if (!loaded) {
            report.fail(QStringLiteral("Vault::load: %1").arg(loaded.error().message));
            return result;
        }
        QList<double> ours;
        QList<double> raw;
        std::optional<vault::VaultKeys> lastKeys;
        for (int i = 0; i < options.kdfRuns; ++i) {
            // Alternate so that drift on the shared machine hits both sides alike.
            QElapsedTimer t;
            t.start();
            auto keys = loaded->unlock(pinBuffer());
            ours << msSince(t);
            if (!keys) {
                report.fail(QStringLiteral("Vault::unlock: %1").arg(keys.error().message));
                return result;
            }
            lastKeys = std::move(*keys);
            t.restart();
            if (!rawPwhash(kPin, kind.params.opslimit, kind.params.memlimit)) {
                report.fail(QStringLiteral("crypto_pwhash failed (out of memory?)"));
                return result;
            }
            raw << msSince(t);
        }
        const double o = median(ours);
        const double r = median(raw);
        report.add({QStringLiteral("Vault unlock, %1 (%2), median of %3 [ms]")
                        .arg(QString::fromLatin1(kind.name), kind.params.describe())
                        .arg(options.kdfRuns),
                    fmt(o, 1), fmt(r, 1), ratioText(r / o), kind.target});
        report.note(QStringLiteral("Unlock %1: ours min/max %2/%3 ms, raw crypto_pwhash min/max %4/%5 ms; ours - raw "
                                   "(median) = %6 ms (attempt counter written + reset: 2 atomic file replaces, "
                                   "unwrap, crypto_kdf subkeys, Ed25519 key pair).")
                        .arg(QString::fromLatin1(kind.name), fmt(*std::min_element(ours.cbegin(), ours.cend()), 1),
                             fmt(*std::max_element(ours.cbegin(), ours.cend()), 1),
                             fmt(*std::min_element(raw.cbegin(), raw.cend()), 1),
                             fmt(*std::max_element(raw.cbegin(), raw.cend()), 1), fmt(o - r, 1)));
        if (kind.params.memlimit == vault::KdfParams::moderate().memlimit
            && kind.params.opslimit == vault::KdfParams::moderate().opslimit) {
            result.vault.emplace(std::move(*loaded));
            result.keys = std::move(lastKeys);
        }
    }
    return result;
}

OpenVault openUntimed(const Options &options, Report &report)
{
    OpenVault result;
    const QString dir = options.dir + QStringLiteral("/vault-store");
    vault::VaultOptions vaultOptions;
    vaultOptions.kdf = vault::KdfParams::interactive();
    auto created = vault::Vault::create(dir, QStringLiteral("bench"), pinBuffer(), vaultOptions);
    auto loaded = created ? vault::Vault::load(dir) : Expected<vault::Vault>(created.error());
    if (!loaded) {
        report.fail(QStringLiteral("vault for the store: %1").arg(loaded.error().message));
        return result;
    }
    result.vault.emplace(std::move(*loaded));
    auto keys = result.vault->unlock(pinBuffer());
    if (!keys) {
        report.fail(QStringLiteral("Vault::unlock: %1").arg(keys.error().message));
        return result;
    }
    result.keys = std::move(*keys);
    report.note(QStringLiteral("Sections run: %1 (the store uses an untimed INTERACTIVE vault).")
                    .arg(options.sections.join(QStringLiteral(", "))));
    return result;
}

} // namespace saisie::bench
