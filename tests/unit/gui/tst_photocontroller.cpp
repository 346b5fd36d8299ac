// PhotoController and PhotoImageProvider against a real vault and store: import of JPEG and PNG
// files (hash of the untouched original), refusals that store nothing, in-memory capture,
// kind/caption edits, removal, the finalized-record lock-down, the image provider serving
// decrypted thumbnails and originals only while unlocked, and the list emptying on lock.
#include "model/seizure.h"
#include "photos/photocontroller.h"
#include "photos/photoimageprovider.h"
#include "store/session.h"
#include "storetesthelpers.h"
#include "unlockedprofile.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCameraDevice>
#include <QCryptographicHash>
#include <QImageReader>
#include <QMediaDevices>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using saisie::gui::AttachmentListModel;
using saisie::gui::PhotoController;
using saisie::gui::PhotoImageProvider;
using saisie::gui::SessionController;

namespace {
constexpr int kWorkTimeoutMs = 30000;

QImage drawing(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QPainter painter(&image);
    painter.setPen(QPen(Qt::yellow, 3));
    for (int i = 0; i < 20; ++i)
        painter.drawLine(i * 20, 0, width - i * 10, height);
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    image.save(&out, format);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Asks the provider for an image and waits for its answer.
struct Served
{
    QImage image;
    QString error;
};
Served serve(PhotoImageProvider &provider, const QString &id, const QSize &size = {})
{
    std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(id, size));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    // The answer always comes later (the engine connects after the call returns): a spy made now sees it.
    if (!finished.wait(kWorkTimeoutMs))
        return {{}, QStringLiteral("timeout")};
    std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
    return {factory ? factory->image() : QImage(), response->errorString()};
}
} // namespace

class TestPhotoController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<PhotoController> m_photos;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_record;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    int storedCount()
    {
        auto listing = m_session->storeSession()->attachments().listLatest(QUuid::fromString(m_record));
        return listing ? int(listing->items.size()) : -1;
    }

    QVariant role(int row, int role) const
    {
        return m_photos->model()->data(m_photos->model()->index(row), role);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = saisie::testing::createProfileController(m_dir->path() + QStringLiteral("/data"));
        QVERIFY(m_session);
        QVERIFY(saisie::testing::unlockProfile(*m_session));
        // A record that meets the finalize rules, so finalizedRecordIsReadOnly can sign it.
        auto saved = m_session->storeSession()->seizures().saveDraft(saisie::testing::completeSeizure());
        QVERIFY(saved);
        m_record = saved->uuid.toString(QUuid::WithoutBraces);

        m_photos = std::make_unique<PhotoController>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_photos->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_photos->setSession(m_session.get());
        m_photos->setSeizureId(m_record);
        QVERIFY(m_photos->canAdd());
        QCOMPARE(m_photos->model()->count(), 0);
    }

    void cleanup()
    {
        m_tester.reset();
        m_photos.reset();
        m_session.reset();
        m_dir.reset();
    }

    void importsImages_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("jpeg") << QByteArray("JPEG") << QStringLiteral("image/jpeg");
        QTest::newRow("png") << QByteArray("PNG") << QStringLiteral("image/png");
    }
    void importsImages()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mimeType);
        const QByteArray bytes = encoded(drawing(640, 480), format.constData());
        const QString path =
            writeFile(QStringLiteral("photo.") + QString::fromLatin1(format).toLower(), bytes);
        QSignalSpy changed(m_photos.get(), &PhotoController::attachmentsChanged);

        QVERIFY2(m_photos->importFile(QUrl::fromLocalFile(path), QStringLiteral("CONCEALMENT"),
                                      QStringLiteral(" Tank ")),
                 qPrintable(m_photos->errorString()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_photos->errorString().isEmpty());
        QVERIFY(!m_photos->isBusy());
        QCOMPARE(m_photos->model()->count(), 1);
        QCOMPARE(storedCount(), 1);
        const QString id = role(0, AttachmentListModel::IdRole).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(role(0, AttachmentListModel::KindRole).toString(), QStringLiteral("CONCEALMENT"));
        QCOMPARE(role(0, AttachmentListModel::CaptionRole).toString(), QStringLiteral("Tank"));
        QCOMPARE(role(0, AttachmentListModel::Sha256Role).toString(), sha256(bytes)); // original untouched
        QCOMPARE(role(0, AttachmentListModel::SizeRole).toLongLong(), qint64(bytes.size()));
        QCOMPARE(role(0, AttachmentListModel::MimeTypeRole).toString(), mimeType);
        QVERIFY(role(0, AttachmentListModel::IsImageRole).toBool());
        QVERIFY(role(0, AttachmentListModel::EditableRole).toBool());
        QVERIFY(role(0, AttachmentListModel::CenShareableRole).toBool());
        QVERIFY(!role(0, AttachmentListModel::CapturedAtRole).toString().isEmpty());
        QCOMPARE(role(0, AttachmentListModel::ThumbnailUrlRole).toString(),
                 QStringLiteral("image://saisie-photo/thumb/%1/%2").arg(m_record, id));
        QCOMPARE(role(0, AttachmentListModel::ImageUrlRole).toString(),
                 QStringLiteral("image://saisie-photo/original/%1/%2").arg(m_record, id));
        QCOMPARE(m_photos->details(id).value(QStringLiteral("sha256")).toString(), sha256(bytes));

        PhotoImageProvider provider(m_session.get());
        const Served thumb = serve(provider, QStringLiteral("thumb/%1/%2").arg(m_record, id));
        QVERIFY2(!thumb.image.isNull(), qPrintable(thumb.error));
        QCOMPARE(qMax(thumb.image.width(), thumb.image.height()), saisie::store::Attachments::kThumbnailEdge);
        const Served original = serve(provider, QStringLiteral("original/%1/%2").arg(m_record, id));
        QVERIFY2(!original.image.isNull(), qPrintable(original.error));
        QCOMPARE(original.image.size(), QSize(640, 480));
        const Served scaled =
            serve(provider, QStringLiteral("original/%1/%2").arg(m_record, id), QSize(320, 0));
        QCOMPARE(scaled.image.size(), QSize(320, 240));
    }

    void providerRefusals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("locked");
        QTest::newRow("locked") << QStringLiteral("thumb/%1/%2") << true;
        QTest::newRow("unknown part") << QStringLiteral("full/%1/%2") << false;
        QTest::newRow("not a uuid") << QStringLiteral("thumb/%1/x") << false;
        QTest::newRow("other attachment")
            << QStringLiteral("thumb/%1/00000000-0000-4000-8000-000000000001") << false;
        QTest::newRow("too many parts") << QStringLiteral("thumb/%1/%2/x") << false;
    }
    void providerRefusals()
    {
        QFETCH(QString, id);
        QFETCH(bool, locked);
        QVERIFY(m_photos->addCapturedImage(drawing(200, 100), QStringLiteral("GOODS")));
        const QString attachment = role(0, AttachmentListModel::IdRole).toString();
        if (locked) {
            m_session->lock();
            QCOMPARE(m_photos->model()->count(), 0); // nothing decrypted stays listed
            QVERIFY(!m_photos->canAdd());
        }
        PhotoImageProvider provider(m_session.get());
        const Served served = serve(provider, id.contains(QLatin1String("%2")) ? id.arg(m_record, attachment)
                                                                               : id.arg(m_record));
        QVERIFY(served.image.isNull());
        QVERIFY(!served.error.isEmpty());
        QVERIFY(served.error != QLatin1String("timeout"));
        if (locked) {
            QCOMPARE(served.error, QStringLiteral("locked"));
            QVERIFY(saisie::testing::unlockProfile(*m_session));
            QCOMPARE(m_photos->model()->count(), 1); // back after unlocking
        }
    }

    /// The engine's own path: an Image asks from its reader thread, the store answers on this one.
    void qmlImageLoadsThroughEngine()
    {
        QVERIFY(m_photos->addCapturedImage(drawing(640, 480), QStringLiteral("GOODS")));
        const QString url = role(0, AttachmentListModel::ThumbnailUrlRole).toString();
        QQmlEngine engine;
        PhotoImageProvider::install(&engine, m_session.get());
        auto load = [&engine](const QString &source) {
            QQmlComponent component(&engine);
            component.setData(
                QStringLiteral("import QtQuick\nImage { cache: false; source: \"%1\" }").arg(source).toUtf8(),
                QUrl(QStringLiteral("qrc:/test/Probe.qml")));
            return std::unique_ptr<QObject>(component.create());
        };
        const auto image = load(url);
        QVERIFY(image);
        QTRY_COMPARE_WITH_TIMEOUT(image->property("status").toInt(), 1, kWorkTimeoutMs); // Image.Ready
        QCOMPARE(image->property("sourceSize").toSize(), QSize(320, 240));

        m_session->lock();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked")));
        const auto refused = load(url);
        QVERIFY(refused);
        QTRY_COMPARE_WITH_TIMEOUT(refused->property("status").toInt(), 3, kWorkTimeoutMs); // Image.Error
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind"); // "missing", "empty", "directory", "large", "remote", "bad kind"
        QTest::addColumn<QString>("mention"); // part of the sentence
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("gone.jpg");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty.jpg");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("folder");
        QTest::newRow("too large") << QStringLiteral("large") << QStringLiteral("large.bin");
        QTest::newRow("remote url") << QStringLiteral("remote") << QStringLiteral("device");
        QTest::newRow("unknown kind") << QStringLiteral("bad kind") << QString();
    }
    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mention);
        QUrl url;
        QString photoKind = QStringLiteral("GOODS");
        if (kind == QLatin1String("missing")) {
            url = QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("gone.jpg")));
        } else if (kind == QLatin1String("empty")) {
            url = QUrl::fromLocalFile(writeFile(QStringLiteral("empty.jpg"), {}));
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
            url = QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("folder")));
        } else if (kind == QLatin1String("large")) {
            QFile large(m_dir->filePath(QStringLiteral("large.bin")));
            QVERIFY(large.open(QIODevice::WriteOnly));
            QVERIFY(large.resize(PhotoController::kMaxImportBytes + 1)); // sparse: cheap
            large.close();
            url = QUrl::fromLocalFile(large.fileName());
        } else if (kind == QLatin1String("remote")) {
            url = QUrl(QStringLiteral("https://example.org/photo.jpg"));
        } else {
            url = QUrl::fromLocalFile(writeFile(QStringLiteral("ok.jpg"), encoded(drawing(10, 10), "JPEG")));
            photoKind = QStringLiteral("selfie");
        }
        QSignalSpy changed(m_photos.get(), &PhotoController::attachmentsChanged);
        QSignalSpy inserted(m_photos->model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!m_photos->importFile(url, photoKind));
        QVERIFY(!m_photos->errorString().isEmpty());
        if (!mention.isEmpty())
            QVERIFY2(m_photos->errorString().contains(mention), qPrintable(m_photos->errorString()));
        QVERIFY(m_photos->errorString().endsWith(QLatin1Char('.')));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(storedCount(), 0);
        QVERIFY(!m_photos->isBusy());
        QCOMPARE(m_session->storeSession()->blobs().files().size(), 0); // nothing encrypted either
    }

    void capturedImageIsStoredAsJpeg()
    {
        QVERIFY(!m_photos->addCapturedImage(QImage(), QStringLiteral("GOODS")));
        QVERIFY(!m_photos->errorString().isEmpty());
        QVERIFY(
            m_photos->addCapturedImage(drawing(800, 600), QStringLiteral("SCENE"), QStringLiteral("Quay")));
        QVERIFY(m_photos->errorString().isEmpty()); // a success clears the last error
        QCOMPARE(role(0, AttachmentListModel::MimeTypeRole).toString(), QStringLiteral("image/jpeg"));
        const QUuid id = QUuid::fromString(role(0, AttachmentListModel::IdRole).toString());
        QByteArray original;
        QBuffer sink(&original);
        sink.open(QIODevice::WriteOnly);
        QVERIFY(m_session->storeSession()->attachments().readOriginal(QUuid::fromString(m_record), id, sink));
        QVERIFY(original.startsWith("\xFF\xD8\xFF"));
        QCOMPARE(QImage::fromData(original).size(), QSize(800, 600));
        QCOMPARE(role(0, AttachmentListModel::Sha256Role).toString(), sha256(original));
    }

    void captureNeedsAReadyCamera()
    {
        QVERIFY(!m_photos->capture(nullptr, QStringLiteral("GOODS")));
        QVERIFY(!m_photos->errorString().isEmpty());
        QVERIFY(!m_photos->isBusy());
        // This build machine has no camera; a device with one reports it.
        QCOMPARE(m_photos->cameraAvailable(), !QMediaDevices::videoInputs().isEmpty());
    }

    void setDetailsRoundTrips()
    {
        QVERIFY(
            m_photos->addCapturedImage(drawing(100, 100), QStringLiteral("GOODS"), QStringLiteral("Boxes")));
        const QString id = role(0, AttachmentListModel::IdRole).toString();
        QSignalSpy dataChanged(m_photos->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_photos->model(), &QAbstractItemModel::rowsRemoved);
        QVERIFY2(m_photos->setDetails(id, QStringLiteral("PERSON"), QStringLiteral("Driver")),
                 qPrintable(m_photos->errorString()));
        QCOMPARE(dataChanged.count(), 1); // one row changed in place, not a reset
        QCOMPARE(removed.count(), 0);
        QCOMPARE(role(0, AttachmentListModel::KindRole).toString(), QStringLiteral("PERSON"));
        QCOMPARE(role(0, AttachmentListModel::CaptionRole).toString(), QStringLiteral("Driver"));
        QVERIFY(!role(0, AttachmentListModel::CenShareableRole).toBool()); // people never reach CEN
        auto stored = m_session->storeSession()->seizures().get(QUuid::fromString(m_record));
        QVERIFY(stored);
        QCOMPARE(stored->attachments.first().kind.value_or(QString()), QStringLiteral("PERSON"));
        QCOMPARE(stored->attachments.first().caption.value(), QStringLiteral("Driver"));

        QVERIFY(!m_photos->setDetails(id, QStringLiteral("nonsense"), QString()));
        QVERIFY(!m_photos->errorString().isEmpty());
        QCOMPARE(role(0, AttachmentListModel::KindRole).toString(), QStringLiteral("PERSON"));
    }

    void removeDropsOneRow()
    {
        QVERIFY(m_photos->addCapturedImage(drawing(100, 100), QStringLiteral("GOODS")));
        QVERIFY(m_photos->addCapturedImage(drawing(120, 100), QStringLiteral("SCENE")));
        QCOMPARE(m_photos->model()->count(), 2);
        const QString first = role(0, AttachmentListModel::IdRole).toString();
        QVERIFY(m_photos->remove(role(1, AttachmentListModel::IdRole).toString()));
        QCOMPARE(m_photos->model()->count(), 1);
        QCOMPARE(role(0, AttachmentListModel::IdRole).toString(), first);
        QCOMPARE(storedCount(), 1);
    }

    void finalizedRecordIsReadOnly()
    {
        QVERIFY(m_photos->addCapturedImage(drawing(100, 100), QStringLiteral("GOODS")));
        const QString id = role(0, AttachmentListModel::IdRole).toString();
        QVERIFY(m_session->storeSession()->seizures().finalize(QUuid::fromString(m_record), {}));
        m_photos->refresh();
        QVERIFY(!m_photos->canAdd());
        QVERIFY(!role(0, AttachmentListModel::EditableRole).toBool());
        QVERIFY(!m_photos->setDetails(id, QStringLiteral("SCENE"), QString()));
        QVERIFY(m_photos->errorString().contains(QLatin1String("finalized")));
        QVERIFY(!m_photos->addCapturedImage(drawing(50, 50), QStringLiteral("GOODS")));
        QCOMPARE(storedCount(), 1);
    }

    void recordNotStoredYet()
    {
        m_photos->setSeizureId(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(m_photos->model()->count(), 0);
        QVERIFY(m_photos->errorString().isEmpty()); // normal for a new record
        QVERIFY(m_photos->canAdd());
        m_photos->setSeizureId(QString());
        QVERIFY(!m_photos->addCapturedImage(drawing(50, 50), QStringLiteral("GOODS")));
        QVERIFY(!m_photos->errorString().isEmpty());
    }
};

QTEST_MAIN(TestPhotoController)
#include "tst_photocontroller.moc"
