#include "demodata.h"

#include "model/seizurejson.h"
#include "store/session.h"
#include "unlock/sessioncontroller.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTimer>
#include <cstdio>

namespace saisie::app {

namespace {
void typePin(gui::PinBuffer &buffer, const QString &pin)
{
    for (const QChar digit : pin)
        buffer.appendDigit(digit.digitValue());
}

/// A recognisable stand-in for a photo of cartons in a container.
QByteArray demoPhoto()
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor(92, 74, 52));
    QPainter painter(&image);
    for (int row = 0; row < 6; ++row)
        for (int column = 0; column < 8; ++column) {
            const QRect box(60 + column * 185, 80 + row * 180, 170, 165);
            painter.fillRect(box, QColor(196, 160, 110));
            painter.setPen(QPen(QColor(120, 90, 50), 4));
            painter.drawRect(box);
        }
    painter.end();
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "JPEG", 88);
    return bytes;
}
} // namespace

void pumpEvents(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool waitForSession(gui::SessionController &session, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (session.isBusy() && clock.elapsed() < timeoutMs)
        pumpEvents(20);
    return !session.isBusy();
}

bool createDemoProfile(gui::SessionController &session, const QString &alias, const QString &pin)
{
    gui::PinBuffer first;
    gui::PinBuffer second;
    typePin(first, pin);
    typePin(second, pin);
    if (!session.createProfile(alias, QStringLiteral("Claire Martin"), QStringLiteral("FR-4521/B"),
                               QStringLiteral("BSI Le Havre port"), &first, &second) ||
        !waitForSession(session) || session.isLocked()) {
        std::fprintf(stderr, "saisie: demo profile \"%s\" not created: %s\n", qPrintable(alias),
                     qPrintable(session.errorString()));
        return false;
    }
    return true;
}

bool unlockDemoProfile(gui::SessionController &session)
{
    gui::PinBuffer pin;
    typePin(pin, QString::fromLatin1(kDemoPin));
    if (!session.unlock(&pin) || !waitForSession(session) || session.isLocked()) {
        std::fprintf(stderr, "saisie: demo profile not unlocked: %s\n", qPrintable(session.errorString()));
        return false;
    }
    return true;
}

void addDemoSeizures(gui::SessionController &session)
{
    struct Demo
    {
        const char *place;
        const char *when;
        const char *category;
    };
    const Demo demos[] = {
        {"Le Havre, terminal de France", "2025-03-14T09:32:00+01:00", "TOBACCO"},
        {"A16 toll plaza, northbound lane 3", "2025-03-13T22:05:00+01:00", "DRUGS"},
        {"Roissy CDG, cargo hub 6", "2025-03-12T14:47:00+01:00", "IPR_COUNTERFEIT"},
    };
    for (const Demo &demo : demos) {
        model::Seizure seizure;
        seizure.uuid = QUuid::createUuid();
        seizure.placeName = QString::fromUtf8(demo.place);
        seizure.occurredAt = QString::fromUtf8(demo.when);
        model::CommodityItem item;
        item.category = QString::fromUtf8(demo.category);
        seizure.items.append(item);
        auto saved = session.storeSession()->seizures().saveDraft(seizure);
        if (!saved)
            std::fprintf(stderr, "saisie: demo seizure not saved: %s\n", qPrintable(saved.error().message));
    }
    session.refreshSeizures();
}

QString addDemoFullRecord(gui::SessionController &session, bool finalize)
{
    store::Session *store = session.storeSession();
    QFile file(QStringLiteral(":/demo/full-seizure.json"));
    if (!store || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "saisie: demo record unavailable\n");
        return {};
    }
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    document.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QStringList errors;
    auto seizure = model::seizureFromJson(document, model::JsonMode::Input, &errors);
    if (!seizure) {
        std::fprintf(stderr, "saisie: demo record invalid: %s\n", qPrintable(errors.join(u' ')));
        return {};
    }
    auto saved = store->seizures().saveDraft(*seizure);
    if (!saved) {
        std::fprintf(stderr, "saisie: demo record not saved: %s\n", qPrintable(saved.error().message));
        return {};
    }
    QByteArray photo = demoPhoto();
    QBuffer source(&photo);
    source.open(QIODevice::ReadOnly);
    store::AttachRequest request;
    request.seizure = saved->uuid;
    request.kind = QStringLiteral("CONCEALMENT");
    request.caption = QStringLiteral("Cartons behind the false front wall");
    if (auto attached = store->attachments().add(request, source); !attached)
        std::fprintf(stderr, "saisie: demo photo not attached: %s\n", qPrintable(attached.error().message));
    if (finalize) {
        if (auto signedVersion = store->seizures().finalize(saved->uuid, {}); !signedVersion) {
            std::fprintf(stderr, "saisie: demo record not finalized: %s\n",
                         qPrintable(signedVersion.error().message));
            return {};
        }
    }
    session.refreshSeizures();
    return saved->uuid.toString(QUuid::WithoutBraces);
}

} // namespace saisie::app
