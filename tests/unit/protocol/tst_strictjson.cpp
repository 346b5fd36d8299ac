#include "protocol/strictjson.h"
#include "tst_protocol.h"

#include <QTest>

using saisie::protocol::parseStrictObject;

void TestStrictJson::accepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("members");
    QTest::newRow("empty object") << QByteArray("{}") << 0;
    QTest::newRow("spaces") << QByteArray(" { \"a\" : 1 , \"b\":[true,false,null] }\n") << 2;
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[1,2.5,-3e2]}}})") << 1;
    QTest::newRow("escapes") << QByteArray(R"({"a":"\"\\\/\b\f\n\r\t\u00e9"})") << 1;
    QTest::newRow("surrogate pair") << QByteArray(R"({"a":"\ud83d\ude00"})") << 1;
    QTest::newRow("utf8") << QByteArray("{\"caf\xC3\xA9\":\"\xE2\x82\xAC\"}") << 1;
    QTest::newRow("keys differing by case") << QByteArray(R"({"a":1,"A":2})") << 2;
}

void TestStrictJson::accepts()
{
    QFETCH(QByteArray, text);
    QFETCH(int, members);
    const auto parsed = parseStrictObject(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->size(), members);
}

void TestStrictJson::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    const QString invalid = QStringLiteral("json_invalid");
    QTest::newRow("empty") << QByteArray() << invalid;
    QTest::newRow("array at top") << QByteArray("[1]") << invalid;
    QTest::newRow("string at top") << QByteArray("\"a\"") << invalid;
    QTest::newRow("trailing bytes") << QByteArray("{} x") << invalid;
    QTest::newRow("two objects") << QByteArray("{}{}") << invalid;
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)") << invalid;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << invalid;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << invalid;
    QTest::newRow("bare word") << QByteArray(R"({"a":yes})") << invalid;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << invalid;
    QTest::newRow("bare minus") << QByteArray(R"({"a":-})") << invalid;
    QTest::newRow("dot without digits") << QByteArray(R"({"a":1.})") << invalid;
    QTest::newRow("control char in string") << QByteArray("{\"a\":\"x\ny\"}") << invalid;
    QTest::newRow("bad escape") << QByteArray(R"({"a":"\x41"})") << invalid;
    QTest::newRow("lone high surrogate") << QByteArray(R"({"a":"\ud83d"})") << invalid;
    QTest::newRow("lone low surrogate") << QByteArray(R"({"a":"\ude00"})") << invalid;
    QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xC3\x28\"}") << invalid;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{}") << invalid;
    QTest::newRow("nul byte") << QByteArray("{}\0", 3) << invalid;
    const QString duplicate = QStringLiteral("json_duplicate_key");
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})") << duplicate;
    QTest::newRow("duplicate nested") << QByteArray(R"({"x":{"a":1,"b":2,"a":1}})") << duplicate;
    QTest::newRow("duplicate via escape") << QByteArray(R"({"a":1,"\u0061":2})") << duplicate;
}

void TestStrictJson::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const auto parsed = parseStrictObject(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestStrictJson::depthLimit()
{
    auto nested = [](int depth) {
        QByteArray text;
        for (int i = 1; i < depth; ++i)
            text += "{\"a\":";
        text += "{}";
        for (int i = 1; i < depth; ++i)
            text += '}';
        return text;
    };
    QVERIFY(parseStrictObject(nested(32)).ok());
    const auto deep = parseStrictObject(nested(33));
    QVERIFY(!deep.ok());
    QCOMPARE(deep.error().code, QStringLiteral("json_too_deep"));
    // Far beyond the limit must still answer (no stack exhaustion), with the same error.
    QByteArray hostile = "{\"a\":" + QByteArray(100000, '[');
    const auto refused = parseStrictObject(hostile);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("json_too_deep"));
    QVERIFY(parseStrictObject(nested(3), 2).error().code == QStringLiteral("json_too_deep"));
}
