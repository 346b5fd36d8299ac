#include "chaosproxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace chaosproxy {

ChaosProxy::ChaosProxy(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::onNewConnection);
}

bool ChaosProxy::start(QString *error)
{
    if (m_server.listen(m_options.listen.host, m_options.listen.port))
        return true;
    *error = QStringLiteral("cannot listen on %1:%2: %3")
                 .arg(m_options.listen.host.toString())
                 .arg(m_options.listen.port)
                 .arg(m_server.errorString());
    return false;
}

void ChaosProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const quint64 index = ++m_stats.connections;
        auto *link = new Link(client, m_options, index, &m_stats, this);
        connect(link, &Link::finished, link, &QObject::deleteLater);
    }
}

QByteArray ChaosProxy::statsJson() const
{
    const auto n = [](quint64 v) { return QJsonValue(qint64(v)); };
    const QJsonObject o{
        {QStringLiteral("connections"), n(m_stats.connections)},
        {QStringLiteral("cuts"), n(m_stats.cuts)},
        {QStringLiteral("stalls"), n(m_stats.stalls)},
        {QStringLiteral("delays"), n(m_stats.delays)},
        {QStringLiteral("lostResponses"), n(m_stats.lostResponses)},
        {QStringLiteral("bytesUp"), n(m_stats.bytesUp)},
        {QStringLiteral("bytesDown"), n(m_stats.bytesDown)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace chaosproxy
