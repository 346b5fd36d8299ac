// The administration subcommands, driven through runAdminCommand as main.cpp does, on test
// certificates made with the openssl CLI.
#include "admin/admincommands.h"
#include "config/serverconfig.h"
#include "protocol/encoding.h"
#include "protocol/enrolmentcode.h"
#include "protocol/signedobject.h"
#include "protocol/strictjson.h"
#include "store/blobdirectory.h"
#include "store/serverstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>
#include <sys/stat.h>

using namespace saisie;
using namespace saisie::server;

namespace {
struct Run {
    int code;
    QString out;
    QString err;
};

Run run(const QString &command, const QStringList &args)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = runAdminCommand(command, args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

bool openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

const QString kDevice = QStringLiteral("0b7c1f3e-2a4d-4c8e-9f10-1a2b3c4d5e6f");
const QString kRecord = QStringLiteral("11111111-2222-4333-8444-555555555555");
} // namespace

class TestServerAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QString m_expectedPin;
    QString m_backupPin = protocol::toBase64(protocol::sha256("next key"));
    std::unique_ptr<QTemporaryDir> m_dir;

    QString data() const { return m_dir->path() + QStringLiteral("/server"); }
    QString cert(const char *name) const { return m_certs.path() + QLatin1Char('/') + QLatin1String(name); }
    QStringList initArgs() const
    {
        return {QStringLiteral("--data"),     data(),           QStringLiteral("--url"),
                QStringLiteral("https://localhost:8443"),       QStringLiteral("--tls-cert"), cert("server.pem"),
                QStringLiteral("--tls-key"),  cert("server.key"), QStringLiteral("--ca-certs"), cert("ca.pem"),
                QStringLiteral("--backup-pin"), m_backupPin};
    }
    void init_server() { QCOMPARE(run(QStringLiteral("init"), initArgs()).code, 0); }

    std::unique_ptr<ServerStore> openStore()
    {
        auto config = ServerConfig::load(data());
        if (!config)
            return nullptr;
        auto store = openServerStore(config->store);
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        const QString dir = m_certs.path();
        QVERIFY(openssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                              QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                              QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                              QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Saisie Test CA")}));
        QVERIFY(openssl(dir, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                              QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                              QStringLiteral("/CN=localhost")}));
        QVERIFY(openssl(dir, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                              QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                              QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                              QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                              QStringLiteral("2")}));
        // The pin computed independently of Qt: openssl's DER SubjectPublicKeyInfo, hashed.
        QVERIFY(openssl(dir, {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("server.pem"),
                              QStringLiteral("-pubkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
                              QStringLiteral("pub.pem")}));
        QVERIFY(openssl(dir, {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                              QStringLiteral("pub.pem"), QStringLiteral("-outform"), QStringLiteral("der"),
                              QStringLiteral("-out"), QStringLiteral("pub.der")}));
        QFile der(cert("pub.der"));
        QVERIFY(der.open(QIODevice::ReadOnly));
        m_expectedPin = protocol::toBase64(protocol::sha256(der.readAll()));
    }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void commandNames()
    {
        for (const char *name : {"init", "enrol", "devices", "revoke", "show-record"})
            QVERIFY(isAdminCommand(QLatin1String(name)));
        QVERIFY(!isAdminCommand(QStringLiteral("serve")));
        QCOMPARE(run(QStringLiteral("frobnicate"), {}).code, 2);
    }

    void initWritesConfig()
    {
        const Run r = run(QStringLiteral("init"), initArgs());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto config = ServerConfig::load(data());
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().message));
        QCOMPARE(config->pins, (QStringList{m_expectedPin, m_backupPin}));
        QCOMPARE(config->tlsCert, cert("server.pem"));
        QCOMPARE(config->publicUrl, QStringLiteral("https://localhost:8443"));
        QCOMPARE(config->store, QStringLiteral("sqlcipher:") + data() + QStringLiteral("/store"));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(config->signingKeyFile).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        auto key = loadSigningKey(config->signingKeyFile);
        QVERIFY(key.ok());
        QVERIFY(r.out.contains(key->keyId));
        QCOMPARE(caFingerprints(cert("ca.pem")).value().size(), 1);

        const QByteArray before = [&] { QFile f(data() + QStringLiteral("/server.json")); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const Run again = run(QStringLiteral("init"), initArgs());
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QFile f(data() + QStringLiteral("/server.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << "init" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--colour")};
        QTest::newRow("missing data") << "devices" << QStringList{};
        QTest::newRow("value missing") << "devices" << QStringList{QStringLiteral("--data")};
        QTest::newRow("positional") << "devices" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("extra")};
        QTest::newRow("enrol no unit") << "enrol" << QStringList{QStringLiteral("--data"), QStringLiteral("x")};
        QTest::newRow("enrol expiry") << "enrol" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--unit"), QStringLiteral("u"), QStringLiteral("--expires"), QStringLiteral("1m")};
        QTest::newRow("enrol device") << "enrol" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--unit"), QStringLiteral("u"), QStringLiteral("--device"), QStringLiteral("NOT-A-UUID")};
        QTest::newRow("json twice") << "devices" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("--json"), QStringLiteral("--json")};
        QTest::newRow("revoke both") << "revoke" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), kDevice, QStringLiteral("--suspend"), QStringLiteral("--reactivate")};
        QTest::newRow("revoke no id") << "revoke" << QStringList{QStringLiteral("--data"), QStringLiteral("x")};
        QTest::newRow("show bad uuid") << "show-record" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), QStringLiteral("1234")};
        QTest::newRow("show bad version") << "show-record" << QStringList{QStringLiteral("--data"), QStringLiteral("x"), kRecord, QStringLiteral("--version"), QStringLiteral("0")};
    }
    void badArguments()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        const Run r = run(command, args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("saisie-server ")));
        QVERIFY(r.out.isEmpty());
    }

    void initBadArguments_data()
    {
        QTest::addColumn<QStringList>("drop");
        QTest::addColumn<QStringList>("add");
        QTest::newRow("no backup pin") << QStringList{QStringLiteral("--backup-pin")} << QStringList{};
        QTest::newRow("bad backup pin") << QStringList{QStringLiteral("--backup-pin")} << QStringList{QStringLiteral("--backup-pin"), QStringLiteral("abc")};
        QTest::newRow("same pin twice") << QStringList{} << QStringList{QStringLiteral("--backup-pin"), m_backupPin};
        QTest::newRow("url with path") << QStringList{QStringLiteral("--url")} << QStringList{QStringLiteral("--url"), QStringLiteral("https://localhost:8443/sync")};
        QTest::newRow("http url") << QStringList{QStringLiteral("--url")} << QStringList{QStringLiteral("--url"), QStringLiteral("http://localhost")};
        QTest::newRow("bad listen") << QStringList{} << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")};
        QTest::newRow("no tls cert") << QStringList{QStringLiteral("--tls-cert")} << QStringList{};
    }
    void initBadArguments()
    {
        QFETCH(QStringList, drop);
        QFETCH(QStringList, add);
        QStringList args = initArgs();
        for (const QString &option : drop) {
            const qsizetype at = args.indexOf(option);
            args.remove(at, 2);
        }
        args += add;
        const Run r = run(QStringLiteral("init"), args);
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(data()));
    }

    void initMissingCertificate()
    {
        QStringList args = initArgs();
        args[args.indexOf(QStringLiteral("--tls-cert")) + 1] = m_dir->path() + QStringLiteral("/none.pem");
        const Run r = run(QStringLiteral("init"), args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(data()));
    }

    void enrolJson()
    {
        init_server();
        const Run r = run(QStringLiteral("enrol"), {QStringLiteral("--data"), data(), QStringLiteral("--unit"),
                                                    QStringLiteral("brigade-nord"), QStringLiteral("--expires"),
                                                    QStringLiteral("15m"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        auto payload = protocol::parseStrictObject(r.out.trimmed().toUtf8());
        QVERIFY(payload.ok());
        QCOMPARE(payload->size(), 7);
        QCOMPARE(payload->value(QStringLiteral("saisie")).toString(), QStringLiteral("enrol/1"));
        QCOMPARE(payload->value(QStringLiteral("url")).toString(), QStringLiteral("https://localhost:8443"));
        QCOMPARE(payload->value(QStringLiteral("pins")).toArray().size(), 2);
        QCOMPARE(payload->value(QStringLiteral("pins")).toArray().first().toString(), m_expectedPin);
        const auto ca = caFingerprints(cert("ca.pem")).value();
        QCOMPARE(payload->value(QStringLiteral("ca")).toArray().first().toString(), ca.first());
        auto config = ServerConfig::load(data()).value();
        QCOMPARE(payload->value(QStringLiteral("sk")).toString(), loadSigningKey(config.signingKeyFile)->keyId);
        const auto code = protocol::normaliseEnrolmentCode(payload->value(QStringLiteral("code")).toString());
        QVERIFY(code.has_value());
        const QDateTime exp = QDateTime::fromString(payload->value(QStringLiteral("exp")).toString(), Qt::ISODateWithMs);
        QVERIFY(exp > QDateTime::currentDateTimeUtc());
        QVERIFY(exp <= QDateTime::currentDateTimeUtc().addSecs(15 * 60));
        QVERIFY(r.out.toUtf8().size() <= 1024);

        auto store = openStore();
        QVERIFY(store);
        const auto stored = store->enrolmentCode(protocol::sha256Hex(code->toUtf8())).value();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->unitId, QStringLiteral("brigade-nord"));
        QVERIFY(stored->reenrolDeviceId.isEmpty());
    }

    void enrolHuman()
    {
        init_server();
        const Run r = run(QStringLiteral("enrol"), {QStringLiteral("--data"), data(), QStringLiteral("--unit"), QStringLiteral("u1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QChar(0x2588)));
        QVERIFY(r.out.contains(QStringLiteral("\"saisie\":\"enrol/1\"")));
        const Run unknown = run(QStringLiteral("enrol"), {QStringLiteral("--data"), data(), QStringLiteral("--unit"),
                                                          QStringLiteral("u1"), QStringLiteral("--device"), kDevice});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no device")));
        const Run missing = run(QStringLiteral("devices"), {QStringLiteral("--data"), m_dir->path() + QStringLiteral("/none")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("init")));
    }

    void revokeSignsWipe()
    {
        init_server();
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->addEnrolmentCode({protocol::sha256Hex("c"), QStringLiteral("u1"), protocol::utcNowText(),
                                             QStringLiteral("2999-01-01T00:00:00.000Z"), {}}).ok());
            Device d{kDevice, QByteArray(32, 'k'), QStringLiteral("u1"), DeviceState::Active, {}, {}, {}, {}};
            QCOMPARE(store->enrol(protocol::sha256Hex("c"), d, "body", protocol::utcNowText())->outcome,
                     EnrolOutcome::Enrolled);
        }
        const QStringList base{QStringLiteral("--data"), data(), kDevice};
        QCOMPARE(run(QStringLiteral("revoke"), base + QStringList{QStringLiteral("--suspend")}).code, 0);
        QVERIFY(run(QStringLiteral("devices"), {QStringLiteral("--data"), data()}).out.contains(QStringLiteral("suspended")));
        QCOMPARE(run(QStringLiteral("revoke"), base + QStringList{QStringLiteral("--reactivate")}).code, 0);
        const Run revoked = run(QStringLiteral("revoke"), base + QStringList{QStringLiteral("--by"), QStringLiteral("admin-7")});
        QVERIFY2(revoked.code == 0, qPrintable(revoked.err));

        auto config = ServerConfig::load(data()).value();
        auto loaded = loadSigningKey(config.signingKeyFile);
        QVERIFY(loaded.ok());
        SigningKey &key = loaded.value();
        QByteArray instruction;
        {
            auto store = openStore();
            const auto device = store->device(kDevice).value();
            QCOMPARE(device->state, DeviceState::Revoked);
            instruction = device->wipeInstruction;
        }
        auto object = protocol::SignedObject::fromJson(protocol::parseStrictObject(instruction).value());
        QVERIFY(object.ok());
        auto payload = protocol::verifyObject(*object, {{key.keyId, key.publicKey}}, QStringLiteral("saisie-wipe/1"));
        QVERIFY2(payload.ok(), payload.ok() ? "" : qPrintable(payload.error().message));
        QCOMPARE(payload->value(QStringLiteral("deviceId")).toString(), kDevice);
        QCOMPARE(payload->value(QStringLiteral("devicePublicKeyId")).toString(), protocol::keyIdOf(QByteArray(32, 'k')));
        QCOMPARE(payload->value(QStringLiteral("action")).toString(), QStringLiteral("wipe"));
        QCOMPARE(payload->value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
        QCOMPARE(payload->value(QStringLiteral("issuedBy")).toString(), QStringLiteral("admin-7"));
        QVERIFY(!protocol::parseUuid(payload->value(QStringLiteral("wipeId")).toString()).isNull());

        QCOMPARE(run(QStringLiteral("revoke"), base).code, 0); // again: unchanged
        QCOMPARE(openStore()->device(kDevice).value()->wipeInstruction, instruction);
        QCOMPARE(run(QStringLiteral("revoke"), base + QStringList{QStringLiteral("--reactivate")}).code, 1);
        const Run list = run(QStringLiteral("devices"), {QStringLiteral("--data"), data(), QStringLiteral("--json")});
        const QJsonArray devices = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first()[QStringLiteral("state")].toString(), QStringLiteral("revoked"));
        QCOMPARE(run(QStringLiteral("revoke"), {QStringLiteral("--data"), data(), QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")}).code, 1);
    }

    void showRecordUnknown()
    {
        init_server();
        const Run r = run(QStringLiteral("show-record"), {QStringLiteral("--data"), data(), kRecord});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no record ") + kRecord + QStringLiteral(" is stored")));
    }

    void showRecordVerifies()
    {
        init_server();
        auto config = ServerConfig::load(data()).value();
        auto loadedKey = loadSigningKey(config.signingKeyFile);
        QVERIFY(loadedKey.ok());
        SigningKey &serverKey = loadedKey.value();
        const QByteArray photo("JPEG bytes of the seized goods");
        const QString photoSha = protocol::sha256Hex(photo);
        const QString attachmentId = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");

        SecureBuffer vaultSecret(crypto_sign_SECRETKEYBYTES);
        QByteArray vaultPublic(crypto_sign_PUBLICKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(vaultPublic.data()), vaultSecret.data());
        const QJsonObject envelope{
            {QStringLiteral("format"), QStringLiteral("saisie-record/1")},
            {QStringLiteral("record"), QJsonObject{{QStringLiteral("officerName"), QStringLiteral("Jean Dupont")}}},
            {QStringLiteral("signer"), protocol::toBase64(vaultPublic)}};
        auto signedRecord = protocol::signObject(envelope, vaultSecret, vaultPublic).value();
        StoredRecord r;
        r.deviceId = kDevice;
        r.uuid = protocol::parseUuid(kRecord);
        r.version = 1;
        r.vaultKeyId = protocol::keyIdOf(vaultPublic);
        r.payload = signedRecord.payload;
        r.contentHash = protocol::sha256Hex(r.payload);
        r.signature = signedRecord.signature;
        r.receivedAt = protocol::utcNowText();
        r.attachments = {{protocol::parseUuid(attachmentId), photoSha, photo.size()}};
        const QJsonObject receipt{{QStringLiteral("format"), QStringLiteral("saisie-receipt/1")},
                                  {QStringLiteral("recordUuid"), kRecord},
                                  {QStringLiteral("version"), 1},
                                  {QStringLiteral("contentHash"), r.contentHash}};
        auto signedReceipt = protocol::signObject(receipt, serverKey.secret, serverKey.publicKey).value();
        {
            auto store = openStore();
            QCOMPARE(store->insertRecord(r)->outcome, InsertOutcome::Inserted);
        }
        const QStringList args{QStringLiteral("--data"), data(), kRecord, QStringLiteral("--version"), QStringLiteral("1")};
        Run shown = run(QStringLiteral("show-record"), args);
        QVERIFY2(shown.code == 0, qPrintable(shown.out + shown.err));
        QVERIFY(shown.out.contains(QStringLiteral("awaiting attachments")));

        BlobDirectory blobs(config.blobs);
        QVERIFY(blobs.appendChunk(QStringLiteral("upload-0123456789abcdef"), 0, photo).ok());
        QVERIFY(blobs.commit(QStringLiteral("upload-0123456789abcdef"), photoSha).ok());
        {
            auto store = openStore();
            QVERIFY(store->setReceipt(kDevice, r.uuid, 1, QJsonDocument(signedReceipt.toJson()).toJson(QJsonDocument::Compact),
                                      protocol::utcNowText()).ok());
        }
        shown = run(QStringLiteral("show-record"), args);
        QVERIFY2(shown.code == 0, qPrintable(shown.out + shown.err));
        QVERIFY(shown.out.contains(QStringLiteral("signature:     valid")));
        QVERIFY(shown.out.contains(QStringLiteral("present, signature valid")));
        QVERIFY(shown.out.contains(QStringLiteral("present, hash ok")));
        QVERIFY(shown.out.contains(QStringLiteral("status:        verified\n")));
        QVERIFY(!shown.out.contains(QStringLiteral("Dupont")));

        QFile object(blobs.objectPath(photoSha));
        QVERIFY(object.open(QIODevice::WriteOnly | QIODevice::Truncate));
        object.write("tampered");
        object.close();
        shown = run(QStringLiteral("show-record"), args);
        QCOMPARE(shown.code, 1);
        QVERIFY(shown.out.contains(QStringLiteral("HASH MISMATCH")));
        QVERIFY(!shown.out.contains(QStringLiteral("Dupont")));
        QCOMPARE(run(QStringLiteral("show-record"), {QStringLiteral("--data"), data(), kRecord, QStringLiteral("--version"), QStringLiteral("2")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
