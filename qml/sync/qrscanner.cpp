#include "qrscanner.h"

#include "qrdecoder.h"

#include <QVideoFrame>
#include <QtConcurrent/QtConcurrentRun>

namespace saisie::gui {

QrScanner::QrScanner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &QrScanner::finished);
}

QrScanner::~QrScanner()
{
    // The worker only holds its own copy of the frame: waiting keeps the pool tidy at exit.
    m_watcher.waitForFinished();
}

void QrScanner::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_connection);
    m_sink = sink;
    if (m_sink)
        m_connection = connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::offer);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void QrScanner::setInterval(int ms)
{
    ms = qMax(0, ms);
    if (ms == m_interval)
        return;
    m_interval = ms;
    Q_EMIT intervalChanged();
}

void QrScanner::offer(const QVideoFrame &frame)
{
    if (!m_active || !frame.isValid() || m_watcher.isRunning())
        return;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < m_interval)
        return;
    m_sinceLast.start();
    // toImage() maps and converts the frame (YUV to RGB): worker-thread work, like the decoding.
    m_watcher.setFuture(QtConcurrent::run([frame]() -> std::optional<QString> {
        QImage image = frame.toImage();
        // A QR code fills a good part of the view: 1280 pixels across are plenty and halve the
        // work on 4K tablet cameras.
        if (image.width() > 1280)
            image = image.scaledToWidth(1280, Qt::FastTransformation);
        return decodeQrCode(image);
    }));
}

void QrScanner::finished()
{
    const std::optional<QString> text = m_watcher.result();
    if (!text || !m_active || *text == m_lastText)
        return;
    m_lastText = *text;
    Q_EMIT found(*text);
}

} // namespace saisie::gui
