#pragma once
// One HTTP request and its answer as the route code sees them, free of cpp-httplib: only
// httpserver.cpp includes the library, so its macros and ABI stay in one translation unit.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace saisie::server::http {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method;  // upper case
    QByteArray target;  // the request-target exactly as on the request line (signed, §5.2)
    QByteArray path;    // target without the query
    QStringList params; // captures of the matched route pattern
    HeaderList headers; // as received, names as sent
    std::optional<qint64> contentLength; // nullopt when the header is absent
    /// Reads exactly Content-Length bytes (the caller checked them against its limit first);
    /// false when the connection failed or timed out mid-body.
    std::function<bool(QByteArray *out)> readBody;
    QString requestId;

    /// First value of a header (names compare case-insensitively); empty when absent.
    QByteArray header(QByteArrayView name) const;
    int headerCount(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return headerCount(name) > 0; }
};

struct HttpResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;
    QByteArray contentType;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

} // namespace saisie::server::http
