// LocationController on Qt's real NMEA parser, fed the synthetic Le Havre track
// (tests/data/nmea/port-le-havre.nmea) epoch by epoch through a sequential device, so the tests
// decide when each second of the log "arrives". One test replays the file through the real NMEA
// plugin, as `saisie --nmea` does.
#include "desktop/desktopplatform.h"
#include "location/locationcontroller.h"
#include "location/positioningsingleton.h"
#include "model/seizure.h"
#include "positionsourcefactory.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QGuiApplication>
#include <QNmeaPositionInfoSource>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(SaisiePlugin)

using namespace saisie;
using namespace Qt::StringLiterals;
using gui::LocationController;

namespace {

const QString kTrack = QStringLiteral(SAISIE_TEST_DATA_DIR "/nmea/port-le-havre.nmea");
const QDateTime kTrackStart(QDate(2025, 3, 14), QTime(8, 30, 0), Qt::UTC);

/// A sequential device the test writes NMEA into, like a serial GNSS receiver.
class FeedDevice : public QIODevice
{
public:
    explicit FeedDevice(QObject *parent) : QIODevice(parent) { open(QIODevice::ReadOnly); }
    void feed(const QByteArray &bytes)
    {
        m_buffer += bytes;
        Q_EMIT readyRead();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffer.size() + QIODevice::bytesAvailable(); }
    bool canReadLine() const override { return m_buffer.contains('\n') || QIODevice::canReadLine(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_buffer.size());
        memcpy(data, m_buffer.constData(), size_t(n));
        m_buffer.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_buffer;
};

/// Hands out real-time NMEA sources reading a FeedDevice (or none, for a device without GNSS).
class FeedFactory final : public platform::PositionSourceFactory
{
public:
    bool available = true;
    bool replay = false;
    mutable QPointer<FeedDevice> device;
    mutable QPointer<QGeoPositionInfoSource> source;

    QGeoPositionInfoSource *create(QObject *parent) const override
    {
        if (!available)
            return nullptr;
        auto *nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode, parent);
        nmea->setUserEquivalentRangeError(platform::kNmeaUserEquivalentRangeErrorM);
        device = new FeedDevice(nmea);
        nmea->setDevice(device);
        source = nmea;
        return nmea;
    }
    QString description() const override { return QStringLiteral("test feed"); }
    bool isReplay() const override { return replay; }
};

/// One second of the track: its two sentences and what an independent reading of GGA says.
struct Epoch
{
    QByteArray lines;
    bool hasFix = false;
    double latitude = 0, longitude = 0, hdop = 0;
    QDateTime time;
};

double nmeaDegrees(const QByteArray &value, const QByteArray &hemisphere)
{
    const double raw = value.toDouble();
    const double degrees = std::floor(raw / 100) + std::fmod(raw, 100) / 60;
    return hemisphere == "S" || hemisphere == "W" ? -degrees : degrees;
}

QList<Epoch> loadTrack()
{
    QFile file(kTrack);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Epoch> epochs;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("$GPRMC")) {
            epochs.append(Epoch{line + '\n', false, 0, 0, 0, QDateTime()});
        } else if (line.startsWith("$GPGGA") && !epochs.isEmpty()) {
            Epoch &e = epochs.last();
            e.lines += line + '\n';
            const QList<QByteArray> f = line.split(',');
            e.time = kTrackStart.addSecs(epochs.size() - 1);
            e.hasFix = f[6].toInt() > 0;
            if (e.hasFix) {
                e.latitude = nmeaDegrees(f[2], f[3]);
                e.longitude = nmeaDegrees(f[4], f[5]);
                e.hdop = f[8].toDouble();
            }
        }
    }
    return epochs;
}

double accuracyFor(double hdop)
{
    return 2 * hdop * platform::kNmeaUserEquivalentRangeErrorM;
}

} // namespace

class TestLocationController : public QObject
{
    Q_OBJECT

    QList<Epoch> m_track;
    QDateTime m_now;
    std::unique_ptr<FeedFactory> m_factory;
    std::unique_ptr<gui::PositioningService> m_service;
    std::unique_ptr<LocationController> m_controller;

    LocationController &controller() { return *m_controller; }
    /// Epochs [from, to], one second of the log at a time, as a receiver sends them: the parser
    /// holds each epoch back briefly (for sentences of the same second) and would merge a burst.
    void feed(qsizetype from, qsizetype to)
    {
        QVERIFY(m_factory->device && m_factory->source);
        for (qsizetype i = from; i <= to; ++i) {
            m_factory->device->feed(m_track[i].lines);
            if (m_track[i].hasFix)
                QVERIFY(parsed(m_track[i].time));
        }
    }
    /// Lets the event loop run until the parser has released the epoch of `time`.
    bool parsed(const QDateTime &time)
    {
        QDeadlineTimer deadline(5000);
        while (m_factory->source->lastKnownPosition().timestamp() != time && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        return m_factory->source->lastKnownPosition().timestamp() == time;
    }
    /// Epochs [from, to] in one burst; only the last is sure to come out on its own.
    void burst(qsizetype from, qsizetype to)
    {
        QByteArray bytes;
        for (qsizetype i = from; i <= to; ++i)
            bytes += m_track[i].lines;
        m_factory->device->feed(bytes);
        QVERIFY(parsed(m_track[to].time));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Qt Positioning hides "Testable": false plugins (NMEA) while QTest runs: see tst_positionsource.
        qunsetenv("QT_QTESTLIB_RUNNING");
        m_track = loadTrack();
        QCOMPARE(m_track.size(), 152);
        QVERIFY(!m_track[1].hasFix);
        QVERIFY(m_track[2].hasFix);
    }

    void init()
    {
        m_now = kTrackStart.addSecs(10);
        m_factory = std::make_unique<FeedFactory>();
        m_service = std::make_unique<gui::PositioningService>(*m_factory);
        m_controller = std::make_unique<LocationController>();
        m_controller->setClock([this] { return m_now; });
        m_controller->setTimeZone(QTimeZone::utc());
        m_controller->setService(m_service.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_service.reset();
        m_factory.reset();
    }

    void noSource()
    {
        LocationController bare;
        QCOMPARE(bare.state(), LocationController::State::NoSource);
        QVERIFY(!bare.isSourceAvailable());
        QVERIFY(!bare.start());
        QVERIFY(!bare.isActive());

        FeedFactory none;
        none.available = false;
        gui::PositioningService service(none);
        QVERIFY(!service.isAvailable());
        bare.setService(&service);
        QCOMPARE(bare.state(), LocationController::State::NoSource);
        QVERIFY(!bare.start());
        QCOMPARE(bare.state(), LocationController::State::NoSource);
        QCOMPARE(controller().state(), LocationController::State::Idle); // the fixture's has a source
    }

    void firstFix()
    {
        QSignalSpy obtained(&controller(), &LocationController::fixObtained);
        QVERIFY(controller().start());
        QCOMPARE(controller().state(), LocationController::State::Searching);
        QVERIFY(controller().isActive());
        feed(0, 1); // cold start: no fix yet
        QVERIFY(!controller().hasFix());
        feed(2, 2);
        QCOMPARE(obtained.size(), 1);
        QCOMPARE(controller().latitude(), m_track[2].latitude);
        QCOMPARE(controller().longitude(), m_track[2].longitude);
        QCOMPARE(controller().accuracyM(), accuracyFor(9.0));
        QCOMPARE(controller().source(), QStringLiteral("GNSS"));
        QCOMPARE(controller().fixTime(), m_track[2].time);
        QCOMPARE(controller().ageSeconds(), 8);
        QVERIFY(!controller().isMock());
        QCOMPARE(controller().state(), LocationController::State::Fix);
        QVERIFY2(!controller().isActive(), "a one-shot request stops the source once it has its fix");
    }

    void accuracyFromHdop_data()
    {
        QTest::addColumn<int>("epoch");
        QTest::newRow("poor, HDOP 9.0") << 2;
        QTest::newRow("improving, HDOP 2.0") << 9;
        QTest::newRow("driving, HDOP ~0.9") << 40;
        QTest::newRow("stationary, HDOP ~0.7") << 140;
    }
    void accuracyFromHdop()
    {
        QFETCH(int, epoch);
        m_now = m_track[epoch].time;
        controller().setKeepUpdating(true);
        QVERIFY(controller().start());
        burst(0, epoch);
        QCOMPARE(controller().fixTime(), m_track[epoch].time);
        QCOMPARE(controller().accuracyM(), accuracyFor(m_track[epoch].hdop));
        QVERIFY2(controller().isActive(), "keepUpdating keeps the source running");
    }

    void staleFixDoesNotEndTheSearch()
    {
        m_now = kTrackStart.addSecs(3600); // a cached position an hour old
        QVERIFY(controller().start());
        feed(0, 2);
        QTRY_VERIFY(controller().hasFix());
        QCOMPARE(controller().state(), LocationController::State::Searching);
        QVERIFY(controller().isActive());
        QCOMPARE(controller().ageSeconds(), 3598);
    }

    void waitForBetter()
    {
        QSignalSpy obtained(&controller(), &LocationController::fixObtained);
        QVERIFY(controller().start());
        feed(0, 2);
        QCOMPARE(obtained.size(), 1);
        const double first = controller().accuracyM();
        QVERIFY(!controller().waitForBetter(0, 30));
        QVERIFY(controller().waitForBetter(15, 30));
        QCOMPARE(controller().state(), LocationController::State::Searching);
        feed(3, 40);
        QCOMPARE(obtained.size(), 2);
        QCOMPARE(controller().state(), LocationController::State::Fix);
        QVERIFY(controller().accuracyM() <= 15);
        QVERIFY(controller().accuracyM() < first);
        qsizetype within = 3; // it stopped at the first epoch within 15 m
        while (accuracyFor(m_track[within].hdop) > 15)
            ++within;
        QCOMPARE(controller().fixTime(), m_track[within].time);
        QVERIFY(!controller().isActive());
    }

    void waitForBetterTimesOutWithTheBest()
    {
        QVERIFY(controller().waitForBetter(1.0, 1));
        QSignalSpy obtained(&controller(), &LocationController::fixObtained);
        feed(0, 9); // HDOP 9.0 ... 2.0, never within 1 m
        QVERIFY(obtained.wait(5000));
        QCOMPARE(controller().accuracyM(), accuracyFor(2.0));
        QCOMPARE(controller().latitude(), m_track[9].latitude);
        QVERIFY(!controller().isActive());
    }

    void averageOfFive()
    {
        const int from = 120; // stationary at the stack
        m_now = m_track[from + 4].time;
        QVERIFY(!controller().average(1));
        QVERIFY(controller().average(5));
        QCOMPARE(controller().state(), LocationController::State::Averaging);
        QSignalSpy obtained(&controller(), &LocationController::fixObtained);
        feed(from, from + 9);
        QCOMPARE(obtained.size(), 1);
        QCOMPARE(controller().averagedCount(), 5);
        QCOMPARE(controller().averageTarget(), 5);
        double lat = 0, lon = 0, accuracy = 0;
        for (int i = from; i < from + 5; ++i) {
            lat += m_track[i].latitude / 5;
            lon += m_track[i].longitude / 5;
            accuracy += accuracyFor(m_track[i].hdop) / 5;
        }
        QVERIFY2(std::abs(controller().latitude() - lat) < 1e-9,
                 qPrintable(QString::number(controller().latitude() - lat)));
        QVERIFY(std::abs(controller().longitude() - lon) < 1e-9);
        // Stationary scatter (< 1 m) is below the fixes' own accuracy: their mean is reported, not
        // divided by sqrt(5).
        QVERIFY(std::abs(controller().accuracyM() - accuracy) < 1e-9);
        QCOMPARE(controller().fixTime(), m_track[from + 4].time);
        QCOMPARE(controller().state(), LocationController::State::Fix);
        QVERIFY(!controller().isActive());
    }

    void averageWhileMovingReportsTheScatter()
    {
        QVERIFY(controller().average(5));
        QSignalSpy obtained(&controller(), &LocationController::fixObtained);
        feed(50, 54); // driving at 8.3 m/s: fixes 33 m apart
        QCOMPARE(obtained.size(), 1);
        QVERIFY2(controller().accuracyM() > 20, qPrintable(QString::number(controller().accuracyM())));
    }

    void fixMap_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("fixTime");
        QTest::newRow("UTC") << u"UTC"_s << u"2025-03-14T08:30:02+00:00"_s;
        QTest::newRow("Paris, winter time") << u"Europe/Paris"_s << u"2025-03-14T09:30:02+01:00"_s;
        QTest::newRow("New York, daylight time") << u"America/New_York"_s << u"2025-03-14T04:30:02-04:00"_s;
        QTest::newRow("Kolkata, half hour") << u"Asia/Kolkata"_s << u"2025-03-14T14:00:02+05:30"_s;
    }
    void fixMap()
    {
        QFETCH(QString, zone);
        QFETCH(QString, fixTime);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY2(tz.isValid(), "tzdata is installed");
        controller().setTimeZone(tz);
        QVERIFY(controller().start());
        feed(0, 2);
        QTRY_VERIFY(controller().hasFix());
        const QVariantMap fix = controller().fix();
        QCOMPARE(fix.keys(),
                 (QStringList{u"accuracyM"_s, u"fixTime"_s, u"lat"_s, u"lon"_s, u"mock"_s, u"source"_s}));
        QCOMPARE(fix[u"lat"_s].toDouble(), m_track[2].latitude);
        QCOMPARE(fix[u"lon"_s].toDouble(), m_track[2].longitude);
        QCOMPARE(fix[u"accuracyM"_s].toDouble(), accuracyFor(9.0));
        QCOMPARE(fix[u"source"_s].toString(), QStringLiteral("GNSS"));
        QCOMPARE(fix[u"mock"_s].toBool(), false);
        QCOMPARE(fix[u"fixTime"_s].toString(), fixTime);
        QVERIFY(model::isIsoTimestamp(fix[u"fixTime"_s].toString()));
    }

    void replayIsMockAndStampedNow()
    {
        m_factory->replay = true;
        m_now = QDateTime(QDate(2026, 1, 5), QTime(10, 0, 0), Qt::UTC);
        QVERIFY(controller().start());
        feed(0, 2);
        QTRY_VERIFY(controller().hasFix());
        QVERIFY(controller().isMock());
        QCOMPARE(controller().fix()[u"mock"_s].toBool(), true);
        QCOMPARE(controller().fixTime(), m_now);
        QCOMPARE(controller().ageSeconds(), 0);
        m_now = m_now.addSecs(8);
        QCOMPARE(controller().ageSeconds(), 8);
    }

    void stopsWhenTheAppIsNotActive_data()
    {
        QTest::addColumn<int>("appState");
        QTest::newRow("inactive") << int(Qt::ApplicationInactive);
        QTest::newRow("hidden") << int(Qt::ApplicationHidden);
        QTest::newRow("suspended") << int(Qt::ApplicationSuspended);
    }
    void stopsWhenTheAppIsNotActive()
    {
        QFETCH(int, appState);
        controller().setKeepUpdating(true);
        QVERIFY(controller().start());
        feed(0, 2);
        QTRY_VERIFY(controller().hasFix());
        QVERIFY(controller().isActive());
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationState(appState));
        QVERIFY(!controller().isActive());
        QCOMPARE(controller().state(), LocationController::State::Fix);
        QSignalSpy changed(&controller(), &LocationController::fixChanged);
        feed(3, 5);
        QVERIFY2(!changed.wait(300), "no fix is taken once stopped");
        QCOMPARE(controller().latitude(), m_track[2].latitude);
    }

    void destroyingStopsTheSource()
    {
        QVERIFY(controller().start());
        QVERIFY(m_factory->source);
        m_controller.reset();
        QVERIFY(!m_factory->source);
    }

    void manualFix_data()
    {
        QTest::addColumn<QString>("lat");
        QTest::addColumn<QString>("lon");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("expectedLat");
        QTest::addColumn<double>("expectedLon");
        const QString why = QStringLiteral("  No signal inside the warehouse ");
        const double dmsLat = 49 + 28 / 60.0 + 52.3 / 3600, dmsLon = -(6 / 60.0 + 33.8 / 3600);
        QTest::newRow("decimal") << u"49.4812"_s << u"-0.1094"_s << why << true << 49.4812 << -0.1094;
        QTest::newRow("decimal comma") << u"49,4812"_s << u"0,1094"_s << why << true << 49.4812 << 0.1094;
        QTest::newRow("DMS") << u"49°28'52.3\"N"_s << u"0°6'33.8\"W"_s << why << true << dmsLat << dmsLon;
        QTest::newRow("DMS primes") << u"49° 28′ 52.3″ N"_s << u"0° 6′ 33.8″ W"_s << why << true << dmsLat
                                    << dmsLon;
        QTest::newRow("DMS spaces") << u"49 28 52.3 n"_s << u"W 0 6 33.8"_s << why << true << dmsLat
                                    << dmsLon;
        QTest::newRow("degrees, decimal minutes")
            << u"N 49°28.5'"_s << u"0°10.5'E"_s << why << true << 49.475 << 0.175;
        QTest::newRow("ouest") << u"-33.5"_s << u"70.25 O"_s << why << true << -33.5 << -70.25;
        QTest::newRow("limits") << u"-90"_s << u"180"_s << why << true << -90.0 << 180.0;
        QTest::newRow("latitude out of range") << u"90.5"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("longitude out of range") << u"45"_s << u"-180.01"_s << why << false << 0.0 << 0.0;
        QTest::newRow("60 minutes") << u"49°60'"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("decimal degrees with minutes")
            << u"49.5°30'"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("garbage") << u"abc"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("two numbers glued") << u"49.48.12"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("sign and letter") << u"-49 N"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("longitude letter on latitude") << u"49 E"_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("empty latitude") << u""_s << u"0"_s << why << false << 0.0 << 0.0;
        QTest::newRow("empty longitude") << u"49"_s << u" "_s << why << false << 0.0 << 0.0;
        QTest::newRow("missing reason") << u"49.4812"_s << u"-0.1094"_s << u" \n "_s << false << 0.0 << 0.0;
    }
    void manualFix()
    {
        QFETCH(QString, lat);
        QFETCH(QString, lon);
        QFETCH(QString, reason);
        QFETCH(bool, ok);
        QCOMPARE(controller().manualFix(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("before")),
                 QString());
        const QVariantMap before = controller().fix();

        const QString problem = controller().manualFix(lat, lon, reason);
        if (!ok) {
            QVERIFY(problem.endsWith(u'.'));
            QCOMPARE(controller().fix(), before);
            return;
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QFETCH(double, expectedLat);
        QFETCH(double, expectedLon);
        QVERIFY(std::abs(controller().latitude() - expectedLat) < 1e-12);
        QVERIFY(std::abs(controller().longitude() - expectedLon) < 1e-12);
        const QVariantMap fix = controller().fix();
        QCOMPARE(fix.keys(),
                 (QStringList{u"fixTime"_s, u"lat"_s, u"lon"_s, u"manualReason"_s, u"mock"_s, u"source"_s}));
        QCOMPARE(fix[u"source"_s].toString(), QStringLiteral("MANUAL"));
        QCOMPARE(fix[u"manualReason"_s].toString(), QStringLiteral("No signal inside the warehouse"));
        QCOMPARE(fix[u"fixTime"_s].toString(), QStringLiteral("2025-03-14T08:30:10+00:00"));
        QCOMPARE(controller().accuracyM(), -1.0);
        QCOMPARE(controller().state(), LocationController::State::Fix);
    }

    void problemsForInlineErrors()
    {
        QCOMPARE(controller().latitudeProblem(QStringLiteral("49.4812")), QString());
        QVERIFY(controller().latitudeProblem(QStringLiteral("120")).contains(QStringLiteral("90")));
        QVERIFY(controller().longitudeProblem(QStringLiteral("x")).contains(QStringLiteral("longitude")));
    }

    void noFixNeedsAReason()
    {
        QCOMPARE(controller().manualFix(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("before")),
                 QString());
        const QVariantMap before = controller().fix();
        QVERIFY(!controller().noFix(QStringLiteral("   ")).isEmpty());
        QCOMPARE(controller().fix(), before);
        QVERIFY(controller().hasFix());

        QCOMPARE(controller().noFix(QStringLiteral(" Inside a steel hold ")), QString());
        QVERIFY(!controller().hasFix());
        QCOMPARE(controller().fix(), (QVariantMap{{u"manualReason"_s, u"Inside a steel hold"_s}}));
        QCOMPARE(controller().ageSeconds(), -1);
        QVERIFY(std::isnan(controller().latitude()));
        QCOMPARE(controller().state(), LocationController::State::Idle);
    }

    void nmeaPluginReplay()
    {
        platform::desktop::DesktopPositionSourceFactory factory(kTrack);
        gui::PositioningService service(factory);
        if (!service.isAvailable())
            QFAIL("Qt's NMEA position plugin is not installed (libqt6positioning6-plugins)");
        QVERIFY(service.isReplay());
        LocationController replay;
        replay.setClock([this] { return m_now; });
        replay.setService(&service);
        QSignalSpy obtained(&replay, &LocationController::fixObtained);
        QVERIFY(replay.start());
        QVERIFY(obtained.wait(10000)); // the plugin replays at the log's pace: 2 s without fix first
        QCOMPARE(replay.latitude(), m_track[2].latitude);
        QCOMPARE(replay.longitude(), m_track[2].longitude);
        QCOMPARE(replay.accuracyM(), accuracyFor(9.0));
        QCOMPARE(replay.source(), QStringLiteral("GNSS"));
        QVERIFY(replay.isMock());
        QVERIFY(!replay.isActive());
    }

    void qmlSingleton()
    {
        gui::Injected<gui::PositioningService>::inject(m_service.get());
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData("import Saisie\nLocationController { service: Positioning }", QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *created = qobject_cast<LocationController *>(object.get());
        QVERIFY(created);
        QCOMPARE(created->service(), m_service.get());
        QCOMPARE(created->state(), LocationController::State::Idle);
        gui::Injected<gui::PositioningService>::inject(nullptr);
    }
};

QTEST_MAIN(TestLocationController)
#include "tst_locationcontroller.moc"
