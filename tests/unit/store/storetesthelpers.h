#pragma once
// An officer vault in a temporary directory with an open Session, and seizure records to put
// in it. Real vault files, real SQLCipher, real libsodium.
#include "vaulttesthelpers.h"

#include "model/seizurejson.h"
#include "store/session.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace saisie::testing {

inline const char *const kTestPin = "482915";

/// A clock that moves one second per reading, so updated_at orders records deterministically.
inline store::Session::Clock steppingClock()
{
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2024, 5, 14), QTime(4, 0), Qt::UTC));
    return [t] {
        *t = t->addSecs(1);
        return t->toString(Qt::ISODateWithMs);
    };
}

struct TestVault {
    QTemporaryDir tmp;
    QString dir;
    std::optional<vault::Vault> vault;
    std::unique_ptr<store::Session> session;
    store::Session::Clock clock = steppingClock();

    /// Creates the vault and opens a session; false (with *error) on failure.
    bool create(QString *error = nullptr, const vault::VaultOptions &options = testOptions())
    {
        dir = tmp.filePath(QStringLiteral("vault"));
        auto keys = vault::Vault::create(dir, QStringLiteral("Test"), pin(kTestPin), options);
        if (!keys)
            return fail(error, keys.error());
        auto loaded = vault::Vault::load(dir);
        if (!loaded)
            return fail(error, loaded.error());
        vault.emplace(std::move(*loaded));
        return openWith(std::move(*keys), error);
    }
    /// Closes the session (checkpointing the WAL) and unlocks and opens it again.
    bool reopen(QString *error = nullptr)
    {
        close();
        auto loaded = vault::Vault::load(dir);
        if (!loaded)
            return fail(error, loaded.error());
        vault.emplace(std::move(*loaded));
        auto keys = vault->unlock(pin(kTestPin));
        if (!keys)
            return fail(error, keys.error());
        return openWith(std::move(*keys), error);
    }
    void close() { session.reset(); }

    store::Session &s() { return *session; }
    vault::Database &db() { return session->database(); }

private:
    bool openWith(vault::VaultKeys keys, QString *error)
    {
        auto opened = store::Session::open(*vault, std::move(keys), clock);
        if (!opened)
            return fail(error, opened.error());
        session = std::move(*opened);
        return true;
    }
    static bool fail(QString *error, const Error &e)
    {
        if (error)
            *error = e.code + QStringLiteral(": ") + e.message;
        return false;
    }
};

/// A record that meets the finalize rules (the quick-entry mandatory set), built in code.
inline model::Seizure completeSeizure()
{
    model::Seizure s;
    s.reportingCountry = QStringLiteral("FR");
    s.occurredAt = QStringLiteral("2024-05-14T06:42:00+02:00");
    s.placeName = QStringLiteral("Port de Marseille, mole Leon Gourret");
    s.locationType = QStringLiteral("B");
    model::GeoFix gps;
    gps.lat = 43.29517;
    gps.lon = 5.37424;
    gps.accuracyM = 8.5;
    gps.source = QStringLiteral("GNSS");
    gps.fixTime = QStringLiteral("2024-05-14T06:41:37+02:00");
    s.gps = gps;
    s.direction = QStringLiteral("IMPORT");
    s.transportMode = QStringLiteral("1");
    s.route.departureCountry = QStringLiteral("MA");
    s.route.destinationCountry = QStringLiteral("FR");
    model::CommodityItem item;
    item.category = QStringLiteral("TOBACCO");
    item.subtype = QStringLiteral("CIGARETTES");
    item.quantity = 12000.0;
    item.unit = QStringLiteral("H87");
    s.items << item;
    model::Conveyance box;
    box.type = QStringLiteral("vessel");
    box.containerNumber = QStringLiteral("CSQU3054383");
    s.conveyances << box;
    return s;
}

/// A record read from tests/data/model/<name>.json in Input mode, if the file exists and parses.
inline std::optional<model::Seizure> seizureFromDataFile(const QString &name, QStringList *errors = nullptr)
{
    const QByteArray bytes = readFile(QStringLiteral(SAISIE_TEST_DATA_DIR "/model/") + name);
    if (bytes.isEmpty())
        return std::nullopt;
    return model::seizureFromJson(QJsonDocument::fromJson(bytes).object(), model::JsonMode::Input, errors);
}

/// A real JPEG (starts with FF D8 FF) of a drawn scene.
inline QByteArray makeJpeg(int width = 640, int height = 480, const QColor &color = Qt::darkCyan)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setPen(Qt::yellow);
    for (int i = 0; i < 40; ++i)
        painter.drawLine(i * 16, 0, width - i * 8, height);
    painter.end();
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "JPEG", 90);
    return bytes;
}

inline Expected<model::AttachmentInfo> attach(store::Session &session, const QUuid &seizure, const QByteArray &bytes,
                                              const QString &kind = QStringLiteral("GOODS"),
                                              const QString &caption = QString())
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    store::AttachRequest request;
    request.seizure = seizure;
    request.kind = kind;
    request.caption = caption;
    return session.attachments().add(request, buffer);
}

/// One-value query helper for raw SQL in tests.
inline QVariant sqlValue(vault::Database &db, const QString &sql, const QString &bind = QString())
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return QStringLiteral("<prepare failed: %1>").arg(stmt.error().message);
    if (!bind.isNull())
        stmt->bind(1, bind);
    if (!stmt->step())
        return QVariant();
    return stmt->isNull(0) ? QVariant() : QVariant(stmt->text(0));
}

} // namespace saisie::testing
