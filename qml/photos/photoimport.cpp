#include "photoimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace saisie::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PhotoImport", text);
}
} // namespace

ImportedFile readImportFile(const QUrl &url, qint64 limit)
{
    // Android's file picker hands out content:// URLs, which QFile opens by their full text.
    QString path;
    if (url.isLocalFile())
        path = url.toLocalFile();
    else if (url.scheme() == QLatin1String("content"))
        path = url.toString();
    if (path.isEmpty())
        return {{}, tr("Only files on this device can be attached.")};

    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    const QString tooLarge = tr("The file %1 is larger than %2. Nothing was attached.")
                                 .arg(name, QLocale().formattedDataSize(limit, 0));
    QFile file(path);
    if (!file.exists())
        return {{}, tr("The file %1 does not exist any more. Nothing was attached.").arg(name)};
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return {{},
                tr("The file %1 cannot be read (%2). Nothing was attached.").arg(name, file.errorString())};
    if (file.size() > limit)
        return {{}, tooLarge};

    // One byte past the limit: the size of some content URLs is only known by reading them.
    ImportedFile result;
    result.bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        result.error =
            tr("The file %1 cannot be read (%2). Nothing was attached.").arg(name, file.errorString());
    else if (result.bytes.isEmpty())
        result.error = tr("The file %1 is empty. Nothing was attached.").arg(name);
    else if (result.bytes.size() > limit)
        result.error = tooLarge;
    if (!result.error.isEmpty()) {
        result.bytes.fill('\0');
        result.bytes.clear();
    }
    return result;
}

} // namespace saisie::gui
