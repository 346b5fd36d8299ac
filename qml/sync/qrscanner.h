#pragma once
// Reads QR codes from a live camera: watches a QVideoSink (VideoOutput.videoSink in QML) and
// decodes at most one frame at a time on a worker thread, a few frames a second, so the preview
// stays fluid on a cheap tablet. Emits found() once per distinct text.
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QElapsedTimer>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace saisie::gui {

class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The sink whose frames are scanned; null stops scanning.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    /// Scanning only while true (the page is shown and no enrolment runs).
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /// Least time between two decoded frames, in milliseconds.
    Q_PROPERTY(int interval READ interval WRITE setInterval NOTIFY intervalChanged)

public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    int interval() const { return m_interval; }
    void setInterval(int ms);

    /// Scans one frame now (tests, and the sink's frames through the throttle).
    void offer(const QVideoFrame &frame);
    /// Forgets the last text, so the same code is reported again (after a failed enrolment).
    Q_INVOKABLE void reset() { m_lastText.clear(); }

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void intervalChanged();
    /// A QR code was read from the camera.
    void found(const QString &text);

private:
    void finished();

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_connection;
    bool m_active = true;
    int m_interval = 250;
    QElapsedTimer m_sinceLast;
    QFutureWatcher<std::optional<QString>> m_watcher;
    QString m_lastText;
};

} // namespace saisie::gui
