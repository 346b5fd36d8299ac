#include "store/seizurerepository.h"

#include "model/canonicaljson.h"
#include "model/completeness.h"
#include "model/finalize.h"
#include "model/searchkeys.h"
#include "model/seizurejson.h"
#include "store/attachments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <sodium.h>

namespace saisie::store {

namespace {
const auto *u8(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QString sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, u8(data), size_t(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

Error notFound(const QUuid &uuid)
{
    return makeError(QStringLiteral("not_found"),
                     QStringLiteral("No seizure %1 in this vault.").arg(uuid.toString(QUuid::WithoutBraces)));
}

/// Free text typed into a search box, reduced the way identifiers are stored (upper case, no separators).
QString searchToken(const QString &text)
{
    QString token;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            token.append(c.toUpper());
    return token;
}

/// Words of a place name as search keys, so a place is found through the same index as a container.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList words;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = searchToken(part);
        if (word.size() >= 2 && !words.contains(word))
            words << word;
    }
    return words;
}

/// The smallest string above every string that starts with `prefix`, for an index range scan.
QString prefixEnd(QString prefix)
{
    prefix[prefix.size() - 1] = QChar(prefix.back().unicode() + 1);
    return prefix;
}
} // namespace

SeizureRepository::SeizureRepository(vault::Database &db, vault::BlobStore &blobs, AuditLog &audit,
                                     const SecureBuffer &signingSecret, QByteArray signingPublic, Clock clock)
    : m_db(db), m_blobs(blobs), m_audit(audit), m_secret(signingSecret), m_public(std::move(signingPublic)), m_clock(std::move(clock))
{
}

Expected<int> SeizureRepository::latestVersion(const QUuid &uuid, bool *isSigned)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT version, signature IS NOT NULL FROM seizures WHERE uuid = ? ORDER BY version DESC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuid.toString(QUuid::WithoutBraces));
    if (!stmt->step())
        return stmt->failed() ? stmt->error() : notFound(uuid);
    if (isSigned)
        *isSigned = stmt->int64(1) != 0;
    return int(stmt->int64(0));
}

Status SeizureRepository::writeVersion(const model::Seizure &seizure, bool insert)
{
    const QString id = seizure.uuid.toString(QUuid::WithoutBraces);
    QJsonObject document = model::nonNominalJson(seizure);
    document.remove(QStringLiteral("attachments")); // the attachments table is their home
    const QString category = seizure.items.isEmpty() ? QString() : seizure.items.first().category.value_or(QString());

    auto row = m_db.prepare(insert ? QStringLiteral("INSERT INTO seizures (document, status, occurred_at, place_name, "
                                                    "category, completeness, created_at, updated_at, amends, uuid, "
                                                    "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   : QStringLiteral("UPDATE seizures SET document = ?, status = ?, occurred_at = ?, "
                                                    "place_name = ?, category = ?, completeness = ?, created_at = ?, "
                                                    "updated_at = ?, amends = ? WHERE uuid = ? AND version = ? "
                                                    "AND signature IS NULL"));
    if (!row)
        return row.error();
    row->bind(1, compact(document)).bind(2, model::statusName(seizure.status));
    row->bind(3, seizure.occurredAt.valueOr(QString())).bind(4, seizure.placeName.valueOr(QString()));
    row->bind(5, category).bind(6, model::completeness(seizure));
    row->bind(7, seizure.createdAt.valueOr(QString())).bind(8, seizure.updatedAt.valueOr(QString()));
    row->bind(9, seizure.amends.isEmpty() ? QString() : seizure.amends).bind(10, id).bind(11, seizure.version);
    if (Status s = row->exec(); !s)
        return s;

    // Most quick entries name nobody: no nominal row then, which saves pages on every autosave.
    const QJsonObject nominalDocument = model::nominalJson(seizure);
    auto nominal = m_db.prepare(
        nominalDocument.isEmpty()
            ? QStringLiteral("DELETE FROM seizure_nominal WHERE uuid = ? AND version = ?")
            : QStringLiteral("INSERT OR REPLACE INTO seizure_nominal (uuid, version, document) VALUES (?, ?, ?)"));
    if (!nominal)
        return nominal.error();
    nominal->bind(1, id).bind(2, seizure.version);
    if (!nominalDocument.isEmpty())
        nominal->bind(3, compact(nominalDocument));
    if (Status s = nominal->exec(); !s)
        return s;

    auto clear = m_db.prepare(QStringLiteral("DELETE FROM search_keys WHERE uuid = ? AND version = ?"));
    if (!clear)
        return clear.error();
    clear->bind(1, id).bind(2, seizure.version);
    if (Status s = clear->exec(); !s)
        return s;
    auto key = m_db.prepare(QStringLiteral("INSERT INTO search_keys (uuid, version, kind, value) VALUES (?, ?, ?, ?)"));
    if (!key)
        return key.error();
    QList<model::SearchKey> keys = model::searchKeys(seizure);
    keys.append({QStringLiteral("uuid"), searchToken(id)});
    for (const QString &word : searchWords(seizure.placeName.valueOr(QString())))
        keys.append({QStringLiteral("place"), word});
    for (const model::SearchKey &k : std::as_const(keys)) {
        key->reset();
        key->bind(1, id).bind(2, seizure.version).bind(3, k.kind).bind(4, k.value);
        if (Status s = key->exec(); !s)
            return s;
    }
    return success();
}

Expected<model::Seizure> SeizureRepository::saveDraft(model::Seizure seizure)
{
    if (seizure.uuid.isNull())
        seizure.uuid = QUuid::createUuid();
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();

    bool isSigned = false;
    auto latest = latestVersion(seizure.uuid, &isSigned);
    const bool isNew = !latest && latest.error().code == QLatin1String("not_found");
    if (!latest && !isNew)
        return latest.error();
    if (!isNew && isSigned)
        return makeError(QStringLiteral("signed"),
                         QStringLiteral("This seizure is finalized and signed; amend it to make a correction."));
    const QString now = m_clock();
    if (isNew) {
        seizure.version = 1;
        seizure.amends.clear();
        seizure.createdAt = now;
    } else {
        auto current = get(seizure.uuid, *latest);
        if (!current)
            return current.error();
        seizure.version = *latest;
        seizure.amends = current->amends;
        seizure.createdAt = current->createdAt;
    }
    seizure.status = model::Status::Draft;
    seizure.updatedAt = now;
    seizure.attachments.clear();
    if (Status s = writeVersion(seizure, isNew); !s)
        return s.error();
    const QByteArray docHash = model::canonicalJson(model::toJson(seizure));
    if (Status s = m_audit.append(isNew ? audit::Create : audit::Edit, seizure.uuid.toString(QUuid::WithoutBraces),
                                  seizure.version, {{QStringLiteral("documentHash"), sha256Hex(docHash)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    // What was written is what is returned; only the attachment list lives elsewhere.
    auto attachments = loadAttachmentInfos(m_db, seizure.uuid, seizure.version);
    if (!attachments)
        return attachments.error();
    seizure.attachments = *attachments;
    return seizure;
}

Expected<model::Seizure> SeizureRepository::get(const QUuid &uuid, int version)
{
    if (version <= 0) {
        auto latest = latestVersion(uuid);
        if (!latest)
            return latest.error();
        version = *latest;
    }
    const QString id = uuid.toString(QUuid::WithoutBraces);
    auto stmt = m_db.prepare(QStringLiteral("SELECT s.document, n.document FROM seizures s LEFT JOIN seizure_nominal n "
                                            "ON n.uuid = s.uuid AND n.version = s.version "
                                            "WHERE s.uuid = ? AND s.version = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, version);
    if (!stmt->step())
        return stmt->failed() ? stmt->error() : notFound(uuid);
    QStringList errors;
    auto seizure = model::mergeNominal(parseObject(stmt->text(0)), parseObject(stmt->text(1)), &errors);
    if (!seizure)
        return makeError(QStringLiteral("corrupt_record"),
                         QStringLiteral("Stored seizure %1 v%2 does not parse: %3")
                             .arg(id)
                             .arg(version)
                             .arg(errors.join(QLatin1Char(' '))));
    auto attachments = loadAttachmentInfos(m_db, uuid, version);
    if (!attachments)
        return attachments.error();
    seizure->attachments = *attachments;
    return *seizure;
}

namespace {
using Binder = std::function<void(vault::Statement &, int)>;

/// The FROM and WHERE of a list query (latest versions only) and its parameters, shared by
/// list() and count(). `grouped` is set when a text search can join one record several times.
QString listFilter(const ListQuery &query, QList<Binder> &binds, bool &grouped)
{
    // Text goes through the search_keys index alone (identifiers, place-name words, uuid), driven
    // from that index so that a search costs a few page reads however many records the vault holds.
    const QString token = searchToken(query.text);
    QString sql;
    grouped = !token.isEmpty();
    if (token.isEmpty()) {
        sql += QStringLiteral("FROM seizures s WHERE 1");
    } else {
        // As typed with separators removed (a container "CSQU 305438-3"), or its longest word (a place).
        QString word = token;
        for (const QString &w : searchWords(query.text))
            if (w.size() >= 3 && (word == token || w.size() > word.size()))
                word = w;
        sql += QStringLiteral("FROM search_keys k CROSS JOIN seizures s ON s.uuid = k.uuid AND s.version = k.version "
                              "WHERE ((k.value >= ? AND k.value < ?) OR (k.value >= ? AND k.value < ?))");
        for (const QString &bound : {token, prefixEnd(token), word, prefixEnd(word)})
            binds << [bound](vault::Statement &s, int i) { s.bind(i, bound); };
    }
    sql += QStringLiteral(" AND s.version = (SELECT max(version) FROM seizures l WHERE l.uuid = s.uuid)");
    QStringList statuses = query.statuses;
    if (!query.status.isEmpty())
        statuses << query.status;
    statuses.removeDuplicates();
    if (!statuses.isEmpty()) {
        QStringList marks(statuses.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND s.status IN (%1)").arg(marks.join(QLatin1Char(',')));
        for (const QString &st : std::as_const(statuses))
            binds << [st](vault::Statement &s, int i) { s.bind(i, st); };
    }
    if (!query.fromDate.isEmpty()) {
        sql += QStringLiteral(" AND substr(s.occurred_at, 1, 10) >= ?");
        binds << [d = query.fromDate](vault::Statement &s, int i) { s.bind(i, d); };
    }
    if (!query.toDate.isEmpty()) {
        sql += QStringLiteral(" AND substr(s.occurred_at, 1, 10) <= ?");
        binds << [d = query.toDate](vault::Statement &s, int i) { s.bind(i, d); };
    }
    if (!query.sinceDate.isEmpty()) {
        sql += QStringLiteral(" AND substr(coalesce(nullif(s.occurred_at, ''), s.updated_at), 1, 10) >= ?");
        binds << [d = query.sinceDate](vault::Statement &s, int i) { s.bind(i, d); };
    }
    return sql;
}
} // namespace

Expected<QList<SeizureSummary>> SeizureRepository::list(const ListQuery &query)
{
    QList<Binder> binds;
    bool grouped = false;
    QString sql = QStringLiteral(
        "SELECT s.uuid, s.version, s.status, s.occurred_at, s.place_name, s.category, s.completeness, s.updated_at, "
        "(SELECT count(*) FROM attachments a WHERE a.uuid = s.uuid AND a.added_in_version <= s.version) ");
    sql += listFilter(query, binds, grouped);
    if (grouped)
        sql += QStringLiteral(" GROUP BY s.uuid");
    sql += QStringLiteral(" ORDER BY s.updated_at DESC, s.uuid LIMIT ? OFFSET ?");
    binds << [n = qBound(1, query.limit, 1000)](vault::Statement &s, int i) { s.bind(i, n); }
          << [o = qMax(0, query.offset)](vault::Statement &s, int i) { s.bind(i, o); };

    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < binds.size(); ++i)
        binds[i](*stmt, i + 1);
    QList<SeizureSummary> rows;
    while (stmt->step()) {
        SeizureSummary r;
        r.uuid = QUuid::fromString(stmt->text(0));
        r.version = int(stmt->int64(1));
        r.status = stmt->text(2);
        r.occurredAt = stmt->text(3);
        r.placeName = stmt->text(4);
        r.commodityCategory = stmt->text(5);
        r.completeness = stmt->real(6);
        r.updatedAt = stmt->text(7);
        r.attachmentCount = int(stmt->int64(8));
        rows.append(r);
    }
    if (stmt->failed())
        return stmt->error();
    return rows;
}

Expected<int> SeizureRepository::count(const ListQuery &query)
{
    QList<Binder> binds;
    bool grouped = false;
    const QString filter = listFilter(query, binds, grouped);
    const QString sql = grouped ? QStringLiteral("SELECT count(*) FROM (SELECT s.uuid %1 GROUP BY s.uuid)").arg(filter)
                                : QStringLiteral("SELECT count(*) %1").arg(filter);
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < binds.size(); ++i)
        binds[i](*stmt, i + 1);
    if (!stmt->step())
        return stmt->failed() ? stmt->error() : makeError(QStringLiteral("io"), QStringLiteral("count returned no row"));
    return int(stmt->int64(0));
}

Expected<SignedVersion> SeizureRepository::finalize(const QUuid &uuid, const QHash<QString, QString> &overrides,
                                                   QList<model::Issue> *warnings)
{
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    bool isSigned = false;
    auto latest = latestVersion(uuid, &isSigned);
    if (!latest)
        return latest.error();
    if (isSigned)
        return makeError(QStringLiteral("signed"), QStringLiteral("This seizure version is already finalized."));
    auto seizure = get(uuid, *latest);
    if (!seizure)
        return seizure.error();

    const model::FinalizeCheck check = model::checkFinalize(*seizure, overrides);
    if (!check.canFinalize) {
        QStringList lines;
        for (const model::Issue &issue : check.blocking)
            lines << QStringLiteral("%1: %2").arg(issue.path, issue.message);
        return makeError(QStringLiteral("incomplete"),
                         QStringLiteral("The seizure cannot be finalized yet:\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    QJsonObject usedOverrides;
    for (const model::Issue &issue : check.warnings)
        if (issue.overridden)
            usedOverrides.insert(issue.path, overrides.value(issue.path));

    const QString now = m_clock();
    seizure->status = model::Status::Finalized;
    SignedVersion result;
    result.uuid = uuid;
    result.version = seizure->version;
    // E1: the signature covers the whole record, every attachment's original hash and the
    // override reasons, in one canonical byte string that is stored as signed.
    const QJsonObject envelope{{QStringLiteral("format"), QStringLiteral("saisie-record/1")},
                               {QStringLiteral("record"), model::toJson(*seizure)},
                               {QStringLiteral("overrides"), usedOverrides},
                               {QStringLiteral("finalizedAt"), now},
                               {QStringLiteral("signer"), QString::fromLatin1(m_public.toBase64())}};
    QString canonicalError;
    result.payload = model::canonicalJson(envelope, &canonicalError);
    if (result.payload.isEmpty())
        return makeError(QStringLiteral("canonical"), canonicalError);
    result.contentHash = sha256Hex(result.payload);
    result.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(result.signature.data()), nullptr, u8(result.payload),
                         size_t(result.payload.size()), m_secret.data());

    if (Status s = writeVersion(*seizure, false); !s)
        return s.error();
    auto seal = m_db.prepare(QStringLiteral("UPDATE seizures SET signed_payload = ?, content_hash = ?, signature = ?, "
                                            "finalized_at = ? WHERE uuid = ? AND version = ? AND signature IS NULL"));
    if (!seal)
        return seal.error();
    const QString id = uuid.toString(QUuid::WithoutBraces);
    seal->bind(1, result.payload).bind(2, result.contentHash).bind(3, result.signature).bind(4, now);
    seal->bind(5, id).bind(6, result.version);
    if (Status s = seal->exec(); !s)
        return s.error();
    // D3: the outbox entry commits with the signature, so a finalized record is always queued.
    auto outbox = m_db.prepare(
        QStringLiteral("INSERT INTO outbox (uuid, version, state, enqueued_at) VALUES (?, ?, 'queued', ?)"));
    if (!outbox)
        return outbox.error();
    outbox->bind(1, id).bind(2, result.version).bind(3, now);
    if (Status s = outbox->exec(); !s)
        return s.error();
    if (Status s = m_audit.append(audit::Finalize, id, result.version,
                                  {{QStringLiteral("contentHash"), result.contentHash},
                                   {QStringLiteral("overrides"), usedOverrides.size()}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (warnings)
        *warnings = check.warnings;
    return result;
}

Expected<model::Seizure> SeizureRepository::amend(const QUuid &uuid)
{
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    bool isSigned = false;
    auto latest = latestVersion(uuid, &isSigned);
    if (!latest)
        return latest.error();
    if (!isSigned)
        return makeError(QStringLiteral("draft"), QStringLiteral("The latest version is still a draft; edit it directly."));
    auto previous = signedVersion(uuid, *latest);
    if (!previous)
        return previous.error();
    auto seizure = get(uuid, *latest);
    if (!seizure)
        return seizure.error();
    seizure->version = *latest + 1;
    seizure->amends = previous->contentHash;
    seizure->status = model::Status::Draft;
    seizure->updatedAt = m_clock();
    if (Status s = writeVersion(*seizure, true); !s)
        return s.error();
    if (Status s = m_audit.append(audit::Amend, uuid.toString(QUuid::WithoutBraces), seizure->version,
                                  {{QStringLiteral("amends"), previous->contentHash}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(uuid, seizure->version);
}

Status SeizureRepository::discardDraft(const QUuid &uuid)
{
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    bool isSigned = false;
    auto latest = latestVersion(uuid, &isSigned);
    if (!latest)
        return latest.error();
    if (isSigned)
        return makeError(QStringLiteral("signed"), QStringLiteral("A finalized seizure cannot be discarded."));
    const QString id = uuid.toString(QUuid::WithoutBraces);
    auto del = m_db.prepare(QStringLiteral("DELETE FROM seizures WHERE uuid = ? AND version = ? AND signature IS NULL"));
    if (!del)
        return del.error();
    del->bind(1, id).bind(2, *latest);
    if (Status s = del->exec(); !s)
        return s;
    // Photos added to this draft go with it (they may show people); those of earlier signed
    // versions stay, and the immutability triggers guarantee that.
    QStringList files;
    auto attached = m_db.prepare(QStringLiteral("SELECT blob_file, thumb_file FROM attachments "
                                                "WHERE uuid = ? AND added_in_version = ?"));
    if (!attached)
        return attached.error();
    attached->bind(1, id).bind(2, *latest);
    while (attached->step()) {
        files << attached->text(0);
        if (!attached->isNull(1))
            files << attached->text(1);
    }
    if (attached->failed())
        return attached->error();
    auto forget = m_db.prepare(QStringLiteral("DELETE FROM attachments WHERE uuid = ? AND added_in_version = ?"));
    if (!forget)
        return forget.error();
    forget->bind(1, id).bind(2, *latest);
    if (Status s = forget->exec(); !s)
        return s;
    if (Status s = m_audit.append(audit::Discard, id, *latest, {{QStringLiteral("attachments"), files.size()}}); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    // After the commit: a crash before these deletions leaves orphans, which the next open quarantines.
    for (const QString &file : files)
        (void)m_blobs.remove(file);
    return success();
}

Expected<SignedVersion> SeizureRepository::signedVersion(const QUuid &uuid, int version)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT signed_payload, content_hash, signature FROM seizures "
                                            "WHERE uuid = ? AND version = ? AND signature IS NOT NULL"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuid.toString(QUuid::WithoutBraces)).bind(2, version);
    if (!stmt->step())
        return stmt->failed() ? stmt->error()
                              : makeError(QStringLiteral("not_signed"),
                                          QStringLiteral("Version %1 of this seizure is not finalized.").arg(version));
    return SignedVersion{uuid, version, stmt->blob(0), stmt->text(1), stmt->blob(2)};
}

Status SeizureRepository::verifySigned(const SignedVersion &signedVersion, const QByteArray &publicKey)
{
    if (sha256Hex(signedVersion.payload) != signedVersion.contentHash)
        return makeError(QStringLiteral("hash_mismatch"),
                         QStringLiteral("Seizure v%1: the signed content does not match its hash.").arg(signedVersion.version));
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signedVersion.signature.size() != crypto_sign_BYTES
        || crypto_sign_verify_detached(u8(signedVersion.signature), u8(signedVersion.payload),
                                       size_t(signedVersion.payload.size()), u8(publicKey))
               != 0)
        return makeError(QStringLiteral("bad_signature"),
                         QStringLiteral("Seizure v%1: the signature does not verify.").arg(signedVersion.version));
    return success();
}

Status SeizureRepository::recordView(const QUuid &uuid, int version)
{
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status s = m_audit.append(audit::View, uuid.toString(QUuid::WithoutBraces), version); !s)
        return s;
    return tx.commit();
}

} // namespace saisie::store
