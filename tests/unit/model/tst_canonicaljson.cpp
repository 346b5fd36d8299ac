// Canonical JSON (SECURITY.md E1): the bytes that get hashed and signed must never drift.
#include "model/canonicaljson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace saisie::model;
using namespace saisie::model::test;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenVectors_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"nested", "unicode", "escapes", "numbers"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void goldenVectors()
    {
        QFETCH(QString, name);
        const QJsonDocument doc =
            QJsonDocument::fromJson(readData(QStringLiteral("canonical/") + name + QStringLiteral(".json")));
        QVERIFY(!doc.isNull());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        QString error;
        const QByteArray bytes = canonicalJson(value, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(matchesGolden(bytes, QStringLiteral("canonical/") + name + QStringLiteral(".canon")));
    }

    void scalars_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one") << QJsonValue(1) << QByteArray("1");
        QTest::newRow("minus zero") << QJsonValue(-0.0) << QByteArray("0");
        QTest::newRow("one and a half") << QJsonValue(1.5) << QByteArray("1.5");
        QTest::newRow("1e21") << QJsonValue(1e21) << QByteArray("1000000000000000000000");
        QTest::newRow("0.1") << QJsonValue(0.1) << QByteArray("0.1");
        QTest::newRow("0.1 + 0.2") << QJsonValue(0.1 + 0.2) << QByteArray("0.30000000000000004");
        QTest::newRow("integral double") << QJsonValue(12000.0) << QByteArray("12000");
        QTest::newRow("negative") << QJsonValue(-42.25) << QByteArray("-42.25");
        QTest::newRow("int64 beyond 2^53")
            << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
        QTest::newRow("1e-7") << QJsonValue(1e-7) << QByteArray("1e-07");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArray("null");
        QTest::newRow("true") << QJsonValue(true) << QByteArray("true");
        QTest::newRow("empty string") << QJsonValue(QString()) << QByteArray("\"\"");
        QTest::newRow("control") << QJsonValue(QString(QChar(0x1b))) << QByteArray("\"\\u001b\"");
        QTest::newRow("euro") << QJsonValue(QStringLiteral("\u20ac")) << QByteArray("\"\xe2\x82\xac\"");
        QTest::newRow("empty object") << QJsonValue(QJsonObject()) << QByteArray("{}");
        QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QByteArray("[]");
    }

    void scalars()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        QString error;
        QCOMPARE(canonicalJson(value, &error), expected);
        QVERIFY(error.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        const QString notFinite = QStringLiteral("NaN and infinite numbers have no JSON representation.");
        QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << notFinite;
        QTest::newRow("inf") << QJsonValue(std::numeric_limits<double>::infinity()) << notFinite;
        QTest::newRow("-inf in array")
            << QJsonValue(QJsonArray{1, -std::numeric_limits<double>::infinity()}) << notFinite;
        const QString surrogate = QStringLiteral("A string contains an unpaired UTF-16 surrogate.");
        QTest::newRow("lone high surrogate") << QJsonValue(QString(QChar(0xd83d))) << surrogate;
        QTest::newRow("lone low surrogate in key")
            << QJsonValue(QJsonObject{{QString(QChar(0xde00)), 1}}) << surrogate;
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined)
                                   << QStringLiteral("An undefined JSON value cannot be serialized.");
    }

    void rejects()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(canonicalJson(value, &actual).isEmpty());
        QCOMPARE(actual, error);
    }

    void keyOrderIgnoresInsertionOrder()
    {
        QJsonObject a;
        a.insert(QStringLiteral("b"), 1);
        a.insert(QStringLiteral("a"), 2);
        QJsonObject b;
        b.insert(QStringLiteral("a"), 2);
        b.insert(QStringLiteral("b"), 1);
        QCOMPARE(canonicalJson(a), QByteArray("{\"a\":2,\"b\":1}"));
        QCOMPARE(canonicalJson(a), canonicalJson(b));
    }

    void idempotentThroughParsing()
    {
        // Re-reading canonical bytes and serializing again must give the same bytes, or a
        // verifier re-serializing a received record would compute a different hash.
        for (const char *name : {"nested", "unicode", "escapes", "numbers"}) {
            const QByteArray once =
                readData(QStringLiteral("canonical/%1.canon").arg(QLatin1StringView(name)));
            const QJsonDocument doc = QJsonDocument::fromJson(once);
            const QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            QCOMPARE(canonicalJson(v), once);
        }
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
