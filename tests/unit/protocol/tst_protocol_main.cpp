#include "tst_protocol.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    TestStrictJson strictJson;
    failed += QTest::qExec(&strictJson, argc, argv);
    TestEncoding encoding;
    failed += QTest::qExec(&encoding, argc, argv);
    TestSignedObject signedObject;
    failed += QTest::qExec(&signedObject, argc, argv);
    return failed == 0 ? 0 : 1;
}
