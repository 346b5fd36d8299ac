// The real saisie-server over HTTPS: the fixture (server process, shared vault, main device),
// enrolment, device state and configuration.
#include "serverapitest.h"
#include "testsupport.h"

#include "config/serverconfig.h"
#include "model/canonicaljson.h"
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/requestauth.h"
#include "protocol/signedobject.h"
#include "store/blobdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>

using namespace saisie;
using namespace saisie::testing;

std::unique_ptr<ApiClient> TstServerApi::newClient()
{
    return std::make_unique<ApiClient>(m_server.url(), m_server.caCertificates());
}

std::unique_ptr<ApiClient> TstServerApi::enrolledClient()
{
    auto client = newClient();
    const QString code = m_server.issueCode();
    const ApiReply reply = client->enrol(code, m_server.publicUrl());
    if (code.isEmpty() || reply.status != 201 || client->deviceId.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("enrolment failed: %1 %2").arg(reply.status).arg(
                         QString::fromUtf8(reply.body))), __FILE__, __LINE__);
        return nullptr;
    }
    return client;
}

SignedRecord TstServerApi::finalizeRecord(const QList<int> &attachmentSizes)
{
    SignedRecord out;
    auto draft = m_vault.s().seizures().saveDraft(completeSeizure());
    if (!draft)
        return out;
    for (int size : attachmentSizes) {
        const QByteArray bytes = randomBytes(size);
        auto info = attach(m_vault.s(), draft->uuid, bytes, QStringLiteral("DOCUMENT"));
        if (info)
            out.originals.insert(info->id, bytes);
    }
    auto signedVersion = m_vault.s().seizures().finalize(draft->uuid, {});
    if (!signedVersion) {
        QTest::qFail(qPrintable(signedVersion.error().message), __FILE__, __LINE__);
        return out;
    }
    out.version = *signedVersion;
    auto infos = store::loadAttachmentInfos(m_vault.db(), draft->uuid, signedVersion->version);
    if (infos)
        out.attachments = *infos;
    return out;
}

QJsonObject TstServerApi::recordBody(const SignedRecord &record, const QString &state) const
{
    QJsonArray declared;
    for (const model::AttachmentInfo &info : record.attachments)
        declared.append(QJsonObject{{QStringLiteral("id"), protocol::uuidText(info.id)},
                                    {QStringLiteral("sha256"), info.sha256},
                                    {QStringLiteral("state"), state}});
    return {{QStringLiteral("payload"), protocol::toBase64(record.version.payload)},
            {QStringLiteral("contentHash"), record.version.contentHash},
            {QStringLiteral("signature"), protocol::toBase64(record.version.signature)},
            {QStringLiteral("vaultKeyId"), protocol::keyIdOf(m_vault.session->signingPublicKey())},
            {QStringLiteral("attachments"), declared},
            {QStringLiteral("deviceClockOffsetS"), 0}};
}

QByteArray TstServerApi::recordTarget(const store::SignedVersion &version, const char *suffix)
{
    return "/v1/records/" + protocol::uuidText(version.uuid).toLatin1() + "/versions/" +
           QByteArray::number(version.version) + suffix;
}

void TstServerApi::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    qInfo("backend: %s, server at %s", qPrintable(m_server.backendName()), qPrintable(m_server.url().toString()));
    QVERIFY2(m_vault.create(&error), qPrintable(error));

    auto client = newClient();
    const ApiReply first = client->enrol(m_server.issueCode(), m_server.publicUrl());
    QCOMPARE(first.status, 201);
    // The first trusted key is the one the config names and signs with (the QR's "sk" in real life).
    const auto config = protocol::SignedObject::fromJson(first.json().value(QStringLiteral("config")));
    QVERIFY(config);
    const QJsonObject configPayload = QJsonDocument::fromJson(config->payload).object();
    const QJsonObject key = configPayload.value(QStringLiteral("serverKeys")).toArray().first().toObject();
    m_serverKeys.insert(key.value(QStringLiteral("keyId")).toString(),
                        *protocol::decodeBase64Strict(key.value(QStringLiteral("publicKey")).toString().toLatin1()));
    QVERIFY(!verified(first.json().value(QStringLiteral("config")), m_serverKeys, QStringLiteral("saisie-config/1")).isEmpty());
    m_main = std::move(client);
    m_main->vaultKeyId = protocol::keyIdOf(m_vault.session->signingPublicKey());
}

void TstServerApi::cleanupTestCase()
{
    // SIGTERM is a clean stop.
    QCOMPARE(m_server.stop(), 0);
}

void TstServerApi::enrolment()
{
    auto client = newClient();
    const QString code = m_server.issueCode();
    QVERIFY(!code.isEmpty());
    const ApiReply first = client->enrol(code, m_server.publicUrl());
    QCOMPARE(first.status, 201);
    checkCommonHeaders(first);
    const QJsonObject enrolment = verified(first.json().value(QStringLiteral("enrolment")), m_serverKeys,
                                           QStringLiteral("saisie-enrolment/1"));
    QVERIFY(!enrolment.isEmpty());
    QVERIFY(!protocol::parseUuid(enrolment.value(QStringLiteral("deviceId")).toString()).isNull());
    QCOMPARE(enrolment.value(QStringLiteral("devicePublicKey")).toString(), protocol::toBase64(client->devicePublicKey()));
    QCOMPARE(enrolment.value(QStringLiteral("server")).toString(), m_server.publicUrl());
    QCOMPARE(enrolment.value(QStringLiteral("codeSha256")).toString(),
             protocol::sha256Hex(protocol::normaliseEnrolmentCode(code)->toUtf8()));
    QVERIFY(!verified(first.json().value(QStringLiteral("codeLists")), m_serverKeys,
                      QStringLiteral("saisie-codelists/1")).isEmpty());

    // A lost response: the same code (typed differently) and key get the same bytes.
    const ApiReply again = client->enrol(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), m_server.publicUrl());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    // Another key with a used code: possible compromise.
    auto other = newClient();
    const ApiReply used = other->enrol(code, m_server.publicUrl());
    QCOMPARE(used.status, 409);
    QCOMPARE(used.errorCode(), QStringLiteral("enrolment_code_used"));
    const ApiReply unknown = newClient()->enrol(QStringLiteral("7K3M-Q9XD-2F8R-WT4B-HN6C"), m_server.publicUrl());
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), QStringLiteral("enrolment_code_unknown"));
    // The enrolled key now signs requests.
    QCOMPARE(client->get("/v1/device").status, 200);
}

void TstServerApi::deviceAndConfig()
{
    const ApiReply device = m_main->get("/v1/device?configSerial=0&codeListSerial=0");
    QCOMPARE(device.status, 200);
    checkCommonHeaders(device);
    const QJsonObject state = device.json();
    QCOMPARE(state.value(QStringLiteral("deviceId")).toString(), m_main->deviceId);
    QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(state.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("major")).toInt(), 1);
    QCOMPARE(state.value(QStringLiteral("limits")).toObject().value(QStringLiteral("maxChunk")).toInteger(), 8388608);

    const ApiReply config = m_main->get("/v1/config");
    QCOMPARE(config.status, 200);
    const QJsonObject payload = verified(config.json(), m_serverKeys, QStringLiteral("saisie-config/1"));
    QVERIFY(!payload.isEmpty());
    QCOMPARE(payload.value(QStringLiteral("server")).toString(), m_server.publicUrl());
    QCOMPARE(payload.value(QStringLiteral("pins")).toArray().size(), 2);
    QVERIFY(payload.value(QStringLiteral("serial")).toInt() >= 1);
}

QTEST_GUILESS_MAIN(TstServerApi)
