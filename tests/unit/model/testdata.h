#pragma once
// Shared helpers for the model tests: golden files under tests/data/model.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace saisie::model::test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(SAISIE_TEST_DATA_DIR "/model/") + name;
}

inline QByteArray readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline QJsonObject readObject(const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readData(name), &error);
    if (!doc.isObject())
        qFatal("%s is not a JSON object: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc.object();
}

inline QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        qFatal("test JSON is not an object: %s: %s", json.constData(), qPrintable(error.errorString()));
    return doc.object();
}

/// Compares bytes with a golden file; on mismatch writes <name>.fail beside it so the difference
/// can be inspected with diff and, after review, copied over the golden.
inline bool matchesGolden(const QByteArray &actual, const QString &name)
{
    const QByteArray expected = readData(name);
    if (actual == expected) {
        QFile::remove(dataPath(name + QStringLiteral(".fail")));
        return true;
    }
    QFile f(dataPath(name + QStringLiteral(".fail")));
    if (f.open(QIODevice::WriteOnly))
        f.write(actual);
    qWarning("golden mismatch: diff %s %s.fail", qPrintable(dataPath(name)), qPrintable(dataPath(name)));
    return false;
}

} // namespace saisie::model::test
