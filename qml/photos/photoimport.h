#pragma once
// Reading a file the officer picked, before anything reaches the store: it must exist, be
// readable, hold at least one byte and no more than the limit. Failures are sentences naming the
// file and saying that nothing was attached.
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace saisie::gui {

struct ImportedFile
{
    QByteArray bytes; // the file exactly as read; empty on failure
    QString error;    // a sentence for the officer; empty on success
};

/// Reads a local file URL (or an Android content:// URL) of at most `limit` bytes.
ImportedFile readImportFile(const QUrl &url, qint64 limit);

} // namespace saisie::gui
