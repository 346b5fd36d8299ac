// The --nmea replay path: the desktop factory builds Qt's NMEA plugin on a log file and fixes come
// out of it; the dummy factory has no source.
#include "desktop/desktopplatform.h"
#include "dummy/dummyplatform.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saisie::platform;

class TestPositionSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Qt Positioning hides plugins marked "Testable": false (the NMEA one is) whenever
        // QT_QTESTLIB_RUNNING is set, which QTest does. We test our factory on the real plugin,
        // so undo that before Qt Positioning first scans its plugins.
        qunsetenv("QT_QTESTLIB_RUNNING");
    }

    void nmeaReplay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("track.nmea"));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid checksums matter: the plugin drops sentences that fail them.
        file.write("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A\r\n"
                   "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"
                   "$GPRMC,123520,A,4807.040,N,01131.002,E,022.4,084.4,230394,003.1,W*6D\r\n"
                   "$GPGGA,123520,4807.040,N,01131.002,E,1,08,0.9,545.4,M,46.9,M,,*40\r\n"
                   "$GPRMC,123521,A,4807.042,N,01131.004,E,022.4,084.4,230394,003.1,W*68\r\n");
        file.close();

        desktop::DesktopPositionSourceFactory factory(log);
        QVERIFY(factory.description().contains(QStringLiteral("track.nmea")));
        QObject owner;
        QGeoPositionInfoSource *source = factory.create(&owner);
        if (!source)
            QFAIL("Qt's NMEA position plugin is not installed (libqt6positioning6-plugins, installed by scripts/setup)");
        QCOMPARE(source->parent(), &owner);
        QSignalSpy updated(source, &QGeoPositionInfoSource::positionUpdated);
        source->startUpdates();
        QVERIFY(updated.wait(10000));
        const auto info = updated.first().first().value<QGeoPositionInfo>();
        QVERIFY(info.isValid());
        QCOMPARE(qRound(info.coordinate().latitude() * 1000), 48117);
        QCOMPARE(qRound(info.coordinate().longitude() * 1000), 11517);
        // The factory sets a UERE, so HDOP 0.9 becomes an accuracy of 2 x 0.9 x UERE.
        QVERIFY(info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy));
        QCOMPARE(info.attribute(QGeoPositionInfo::HorizontalAccuracy), 2 * 0.9 * kNmeaUserEquivalentRangeErrorM);
        QVERIFY(factory.isReplay());
        QVERIFY(!desktop::DesktopPositionSourceFactory(QString()).isReplay());
    }

    void dummyHasNone()
    {
        dummy::NoPositionSourceFactory factory;
        QObject owner;
        QCOMPARE(factory.create(&owner), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPositionSource)
#include "tst_positionsource.moc"
