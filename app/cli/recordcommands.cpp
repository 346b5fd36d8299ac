// saisiectl add|update|attach|finalize|amend|discard|list|show: one seizure record at a time.
#include "context.h"

#include "model/completeness.h"
#include "model/finalize.h"
#include "model/seizurejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace saisie::cli {

namespace {
const QString kProfile = QStringLiteral("profile");

Expected<QUuid> parseUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return makeError(QStringLiteral("usage"), QStringLiteral("\"%1\" is not a seizure UUID.").arg(text.left(60)));
    return uuid;
}

/// Most record commands take their options and exactly one seizure UUID.
struct OneRecord {
    Args args;
    QUuid uuid;
};

Expected<OneRecord> parseOneRecord(const QStringList &arguments, const OptionSpec &spec, const QString &usage)
{
    auto args = Args::parse(arguments, spec);
    if (!args)
        return args.error();
    if (args->positionals().size() != 1)
        return makeError(QStringLiteral("usage"), usage);
    auto uuid = parseUuid(args->positionals().first());
    if (!uuid)
        return uuid.error();
    return OneRecord{std::move(*args), *uuid};
}

/// Reads a seizure document from a file or, for "-", from what follows the PIN on stdin.
Expected<model::Seizure> readDocument(const QString &source)
{
    QFile file;
    const bool fromStdin = source == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), !file.open(QIODevice::ReadOnly)))
        return makeError(QStringLiteral("io"), QStringLiteral("Cannot read %1.").arg(fromStdin ? QStringLiteral("stdin") : source));
    constexpr qint64 kMaxDocument = 8 * 1024 * 1024;
    const QByteArray bytes = file.read(kMaxDocument + 1);
    if (bytes.size() > kMaxDocument)
        return makeError(QStringLiteral("json"), QStringLiteral("The seizure document is larger than 8 MiB."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("json"), QStringLiteral("The seizure document is not valid JSON: %1 at byte %2.")
                                                     .arg(parseError.errorString())
                                                     .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(QStringLiteral("json"), QStringLiteral("The seizure document must be a JSON object."));
    QStringList errors;
    auto seizure = model::seizureFromJson(doc.object(), model::JsonMode::Input, &errors);
    if (!seizure)
        return makeError(QStringLiteral("json"), QStringLiteral("The seizure document has %1 problem(s):\n  %2")
                                                     .arg(errors.size())
                                                     .arg(errors.join(QStringLiteral("\n  "))));
    return *seizure;
}

QJsonObject summaryOf(const model::Seizure &s)
{
    return {{QStringLiteral("uuid"), s.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("status"), model::statusName(s.status)},
            {QStringLiteral("completeness"), model::completeness(s)}};
}

int save(Context &context, const QStringList &arguments, bool update)
{
    auto args = Args::parse(arguments, {{kProfile}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    const int expected = update ? 2 : 1;
    if (args->positionals().size() != expected)
        return Context::usage(update ? QStringLiteral("update needs UUID and FILE (or - for stdin after the PIN).")
                                     : QStringLiteral("add needs FILE (or - for stdin after the PIN)."));
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    auto seizure = readDocument(args->positionals().last());
    if (!seizure)
        return Context::fail(seizure.error());
    if (update) {
        auto uuid = parseUuid(args->positionals().first());
        if (!uuid)
            return Context::fail(uuid.error());
        if (!seizure->uuid.isNull() && seizure->uuid != *uuid)
            return Context::usage(QStringLiteral("The document's uuid differs from the UUID given on the command line."));
        seizure->uuid = *uuid;
        auto existing = (*session)->seizures().get(*uuid);
        if (!existing)
            return Context::fail(existing.error());
    }
    auto stored = (*session)->seizures().saveDraft(std::move(*seizure));
    if (!stored)
        return Context::fail(stored.error());
    Context::print(QJsonDocument(summaryOf(*stored)));
    return Ok;
}
} // namespace

int addCommand(Context &context, const QStringList &arguments) { return save(context, arguments, false); }
int updateCommand(Context &context, const QStringList &arguments) { return save(context, arguments, true); }

int attachCommand(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{kProfile, QStringLiteral("kind"), QStringLiteral("caption"),
                                         QStringLiteral("captured-at")},
                                        {QStringLiteral("cen-shareable"), QStringLiteral("not-cen-shareable")},
                                        {}});
    if (!args)
        return Context::fail(args.error());
    if (args->positionals().size() != 2 || !args->has(QStringLiteral("kind")))
        return Context::usage(QStringLiteral("attach needs UUID FILE --kind KIND (GOODS, CONCEALMENT, XRAY, DOCUMENT, SCENE, PERSON)."));
    auto uuid = parseUuid(args->positionals().first());
    if (!uuid)
        return Context::fail(uuid.error());
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    store::AttachRequest request;
    request.seizure = *uuid;
    request.kind = args->value(QStringLiteral("kind"));
    request.caption = args->value(QStringLiteral("caption"));
    request.capturedAt = args->value(QStringLiteral("captured-at"));
    if (args->has(QStringLiteral("cen-shareable")))
        request.cenShareable = true;
    if (args->has(QStringLiteral("not-cen-shareable")))
        request.cenShareable = false;
    auto info = (*session)->attachments().addFile(request, args->positionals().last());
    if (!info)
        return Context::fail(info.error());
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("attachment"), info->id.toString(QUuid::WithoutBraces)},
                                             {QStringLiteral("sha256"), info->sha256},
                                             {QStringLiteral("size"), double(info->size)},
                                             {QStringLiteral("mimeType"), info->mimeType}}));
    return Ok;
}

int finalizeCommand(Context &context, const QStringList &arguments)
{
    auto parsed = parseOneRecord(arguments, {{kProfile, QStringLiteral("override")}, {}, {QStringLiteral("override")}},
                                 QStringLiteral("finalize needs the seizure UUID."));
    if (!parsed)
        return Context::fail(parsed.error());
    const Args *args = &parsed->args; // the rest reads like the other commands
    const QUuid *uuid = &parsed->uuid;
    QHash<QString, QString> overrides;
    for (const QString &o : args->values(QStringLiteral("override"))) {
        const QString path = o.section(QLatin1Char('='), 0, 0).trimmed();
        const QString reason = o.section(QLatin1Char('='), 1).trimmed();
        if (path.isEmpty() || reason.isEmpty())
            return Context::usage(QStringLiteral("--override takes PATH=REASON, e.g. "
                                                 "--override 'conveyances[0].containerNumber=marking damaged'."));
        overrides.insert(path, reason);
    }
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    QList<model::Issue> warnings;
    auto signedVersion = (*session)->seizures().finalize(*uuid, overrides, &warnings);
    if (!signedVersion)
        return Context::fail(signedVersion.error());
    for (const model::Issue &w : std::as_const(warnings))
        std::fprintf(stderr, "saisiectl: warning: %s: %s\n", w.path.toLocal8Bit().constData(),
                     w.message.toLocal8Bit().constData());
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("uuid"), uuid->toString(QUuid::WithoutBraces)},
                                             {QStringLiteral("version"), signedVersion->version},
                                             {QStringLiteral("status"), QStringLiteral("finalized")},
                                             {QStringLiteral("contentHash"), signedVersion->contentHash}}));
    return Ok;
}

int amendCommand(Context &context, const QStringList &arguments)
{
    auto parsed = parseOneRecord(arguments, {{kProfile}, {}, {}}, QStringLiteral("amend needs the seizure UUID."));
    if (!parsed)
        return Context::fail(parsed.error());
    auto session = context.unlock(parsed->args);
    if (!session)
        return Context::fail(session.error());
    auto draft = (*session)->seizures().amend(parsed->uuid);
    if (!draft)
        return Context::fail(draft.error());
    QJsonObject out = summaryOf(*draft);
    out.insert(QStringLiteral("amends"), draft->amends);
    Context::print(QJsonDocument(out));
    return Ok;
}

int discardCommand(Context &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("discard needs the seizure UUID and --yes to confirm; the draft is deleted.");
    auto parsed = parseOneRecord(arguments, {{kProfile}, {QStringLiteral("yes")}, {}}, usage);
    if (!parsed)
        return Context::fail(parsed.error());
    if (!parsed->args.has(QStringLiteral("yes")))
        return Context::usage(usage);
    auto session = context.unlock(parsed->args);
    if (!session)
        return Context::fail(session.error());
    if (Status s = (*session)->seizures().discardDraft(parsed->uuid); !s)
        return Context::fail(s.error());
    std::fprintf(stderr, "saisiectl: draft discarded.\n");
    return Ok;
}

int listCommand(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{kProfile, QStringLiteral("search"), QStringLiteral("status"),
                                         QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"),
                                         QStringLiteral("offset")},
                                        {},
                                        {}});
    if (!args)
        return Context::fail(args.error());
    store::ListQuery query;
    query.text = args->value(QStringLiteral("search"));
    query.status = args->value(QStringLiteral("status"));
    query.fromDate = args->value(QStringLiteral("from"));
    query.toDate = args->value(QStringLiteral("to"));
    bool ok = true;
    if (args->has(QStringLiteral("limit")))
        query.limit = args->value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 1000)
        return Context::usage(QStringLiteral("--limit must be a number from 1 to 1000."));
    if (args->has(QStringLiteral("offset")))
        query.offset = args->value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || query.offset < 0)
        return Context::usage(QStringLiteral("--offset must be a number from 0."));
    for (const QString &date : {query.fromDate, query.toDate})
        if (!date.isEmpty() && !model::isIsoDate(date))
            return Context::usage(QStringLiteral("Dates are written YYYY-MM-DD."));
    if (!query.status.isEmpty() && !model::statusFromName(query.status))
        return Context::usage(QStringLiteral("Unknown status \"%1\".").arg(query.status.left(40)));
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    auto rows = (*session)->seizures().list(query);
    if (!rows)
        return Context::fail(rows.error());
    QJsonArray out;
    for (const store::SeizureSummary &r : *rows)
        out.append(QJsonObject{{QStringLiteral("uuid"), r.uuid.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("version"), r.version},
                               {QStringLiteral("status"), r.status},
                               {QStringLiteral("occurredAt"), r.occurredAt},
                               {QStringLiteral("placeName"), r.placeName},
                               {QStringLiteral("category"), r.commodityCategory},
                               {QStringLiteral("completeness"), r.completeness},
                               {QStringLiteral("attachments"), r.attachmentCount},
                               {QStringLiteral("updatedAt"), r.updatedAt}});
    Context::print(QJsonDocument(out));
    return Ok;
}

int showCommand(Context &context, const QStringList &arguments)
{
    auto parsed = parseOneRecord(arguments, {{kProfile, QStringLiteral("version")}, {}, {}},
                                 QStringLiteral("show needs the seizure UUID."));
    if (!parsed)
        return Context::fail(parsed.error());
    const Args *args = &parsed->args; // the rest reads like the other commands
    const QUuid *uuid = &parsed->uuid;
    bool ok = true;
    const int version = args->has(QStringLiteral("version")) ? args->value(QStringLiteral("version")).toInt(&ok) : 0;
    if (!ok || version < 0)
        return Context::usage(QStringLiteral("--version must be a positive number."));
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    auto seizure = (*session)->seizures().get(*uuid, version);
    if (!seizure)
        return Context::fail(seizure.error());
    if (Status s = (*session)->seizures().recordView(*uuid, seizure->version); !s)
        return Context::fail(s.error());
    QJsonObject out{{QStringLiteral("record"), model::toJson(*seizure)},
                    {QStringLiteral("completeness"), model::completeness(*seizure)}};
    const model::FinalizeCheck check = model::checkFinalize(*seizure);
    QJsonArray issues;
    for (const auto *list : {&check.blocking, &check.warnings})
        for (const model::Issue &i : *list)
            issues.append(QJsonObject{{QStringLiteral("path"), i.path},
                                      {QStringLiteral("code"), i.code},
                                      {QStringLiteral("message"), i.message},
                                      {QStringLiteral("blocking"), list == &check.blocking},
                                      {QStringLiteral("overridable"), i.overridable}});
    out.insert(QStringLiteral("issues"), issues);
    if (auto signedVersion = (*session)->seizures().signedVersion(*uuid, seizure->version)) {
        const Status verified =
            store::SeizureRepository::verifySigned(*signedVersion, (*session)->signingPublicKey());
        out.insert(QStringLiteral("signature"),
                   QJsonObject{{QStringLiteral("contentHash"), signedVersion->contentHash},
                               {QStringLiteral("verified"), verified.ok()}});
    }
    Context::print(QJsonDocument(out));
    return Ok;
}

} // namespace saisie::cli
