#pragma once
// tst_serverapi: the real saisie-server over HTTPS, driven as a tablet would drive it. The flows
// (tst_serverapi.cpp, recordflows.cpp, authflows.cpp), what the server enforces below the
// endpoints (serverpolicy.cpp), and the malformed-input table, each row checked for its status,
// its error code and "nothing changed" (malformedbodies.cpp, malformedtransport.cpp).
#include "apiclient.h"
#include "serverprocess.h"
#include "storetesthelpers.h"

#include "store/seizurerepository.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace saisie::testing {

/// A finalized version with the original bytes of its attachments.
struct SignedRecord {
    store::SignedVersion version;
    QList<model::AttachmentInfo> attachments;
    QHash<QUuid, QByteArray> originals;
};

} // namespace saisie::testing

class TstServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // tst_serverapi.cpp
    void enrolment();
    void deviceAndConfig();
    // recordflows.cpp
    void recordWithoutAttachments();
    void recordWithChunkedAttachments();
    void recordConflicts();
    void tamperedRecordSignature();
    // authflows.cpp
    void requestAuthentication();
    void revokedDevice();
    void notServedYet();
    void logHasNoSecrets();

    // serverpolicy.cpp
    void tlsPolicy();
    void headErrors();
    void feedQuery_data();
    void feedQuery();
    void faultInjection();

    // malformedbodies.cpp, malformedtransport.cpp
    void malformedRecordUpload_data();
    void malformedRecordUpload();
    void malformedUploadCreate_data();
    void malformedUploadCreate();
    void malformedChunk_data();
    void malformedChunk();
    void malformedEnrolment_data();
    void malformedEnrolment();
    void malformedFraming_data();
    void malformedFraming();

private:
    using ApiClient = saisie::testing::ApiClient;
    using SignedRecord = saisie::testing::SignedRecord;
    using RequestOptions = saisie::testing::RequestOptions;
    using ApiReply = saisie::testing::ApiReply;

    /// A client with a freshly enrolled device (fails the test on error).
    std::unique_ptr<ApiClient> enrolledClient();
    std::unique_ptr<ApiClient> newClient();
    /// Finalizes a complete record in the shared vault with `attachmentSizes` random attachments.
    SignedRecord finalizeRecord(const QList<int> &attachmentSizes);
    /// The R1 body for a signed version, every attachment declared `state`.
    QJsonObject recordBody(const SignedRecord &record, const QString &state = QStringLiteral("pending")) const;
    static QByteArray recordTarget(const saisie::store::SignedVersion &version, const char *suffix = "");
    /// The server's trusted keys, from the config in the first enrolment (key id -> public key).
    QHash<QString, QByteArray> m_serverKeys;

    saisie::testing::ServerProcess m_server;
    saisie::testing::TestVault m_vault;
    std::unique_ptr<ApiClient> m_main; // the device that delivers m_vault's records
    QStringList m_secretsSeen;         // signatures and nonces the log must never contain
};
