// Follows the 5-byte TLS record headers of the client->server stream (it never decrypts) to tell
// when the client starts sending encrypted application records: from then on, whatever the
// server sends belongs to a request (TLS 1.2: the request itself; TLS 1.3: also the client
// Finished, whose outer type is application_data too). A stream that does not look like TLS
// (a plain-text test) counts as "application data" from its first byte.
#pragma once

#include <QByteArrayView>

namespace chaosproxy {

class TlsRecordScanner
{
public:
    // Feeds the next bytes of the client->server stream; true once application data was seen.
    bool feed(QByteArrayView bytes)
    {
        for (qsizetype i = 0; i < bytes.size() && !m_applicationData;) {
            if (m_skip > 0) {
                const qsizetype n = qMin<qsizetype>(m_skip, bytes.size() - i);
                m_skip -= n;
                i += n;
                continue;
            }
            m_header[m_headerFill++] = quint8(bytes[i++]);
            if (m_headerFill < int(sizeof m_header))
                continue;
            m_headerFill = 0;
            const quint8 type = m_header[0];
            const bool plausible = type >= 20 && type <= 24 && m_header[1] == 3;
            if (!plausible || type == kApplicationData)
                m_applicationData = true;
            m_skip = (qsizetype(m_header[3]) << 8) | m_header[4];
        }
        return m_applicationData;
    }

    bool applicationDataSeen() const { return m_applicationData; }

private:
    static constexpr quint8 kApplicationData = 23;
    quint8 m_header[5] = {};
    int m_headerFill = 0;
    qsizetype m_skip = 0;
    bool m_applicationData = false;
};

} // namespace chaosproxy
