// saisiectl export|audit|check|validate: exports, evidence checks and identifier validation.
#include "context.h"

#include "store/exporter.h"
#include "validation/identifiers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace saisie::cli {

int exportCommand(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("profile"), QStringLiteral("format"), QStringLiteral("out"),
                                         QStringLiteral("uuid")},
                                        {QStringLiteral("cen")},
                                        {QStringLiteral("uuid")}});
    if (!args)
        return Context::fail(args.error());
    store::ExportRequest request;
    const QString format = args->value(QStringLiteral("format"), QStringLiteral("json"));
    if (format == QLatin1String("csv"))
        request.format = store::ExportFormat::Csv;
    else if (format != QLatin1String("json"))
        return Context::usage(QStringLiteral("--format must be json or csv."));
    if (args->has(QStringLiteral("cen")))
        request.scope = store::ExportScope::Cen;
    for (const QString &id : args->values(QStringLiteral("uuid"))) {
        const QUuid uuid = QUuid::fromString(id);
        if (uuid.isNull())
            return Context::usage(QStringLiteral("\"%1\" is not a seizure UUID.").arg(id.left(60)));
        request.only << uuid;
    }
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    auto bytes = store::exportRecords(**session, request);
    if (!bytes)
        return Context::fail(bytes.error());
    if (!args->has(QStringLiteral("out"))) {
        Context::print(*bytes);
        return Ok;
    }
    QFile out(args->value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Context::fail(makeError(QStringLiteral("io"),
                                       QStringLiteral("Cannot create %1 (it must not exist yet).").arg(out.fileName())));
    if (out.write(*bytes) != bytes->size() || !out.flush())
        return Context::fail(makeError(QStringLiteral("io"), QStringLiteral("Writing %1 failed.").arg(out.fileName())));
    return Ok;
}

int auditCommand(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("profile"), QStringLiteral("anchor")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    const QString sub = args->positionals().value(0, QStringLiteral("verify"));
    if (sub != QLatin1String("verify") && sub != QLatin1String("list"))
        return Context::usage(QStringLiteral("Use 'audit verify [--anchor SEQ:HASH]' or 'audit list'."));
    std::optional<store::AuditLog::Anchor> anchor;
    if (args->has(QStringLiteral("anchor"))) {
        const QString text = args->value(QStringLiteral("anchor"));
        bool ok = false;
        const qint64 seq = text.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
        const QByteArray hex = text.section(QLatin1Char(':'), 1).toLatin1();
        const QByteArray hash = QByteArray::fromHex(hex);
        if (!ok || seq < 1 || hex.size() < 16 || hex.size() % 2 != 0 || hash.toHex() != hex.toLower())
            return Context::usage(QStringLiteral("--anchor takes SEQ:HASH as printed by 'audit verify' "
                                                 "(at least 16 hex digits of the hash)."));
        anchor = store::AuditLog::Anchor{seq, hash};
    }
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    if (sub == QLatin1String("list")) {
        auto events = (*session)->audit().events();
        if (!events)
            return Context::fail(events.error());
        QJsonArray out;
        for (const store::AuditEvent &e : *events)
            out.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                   {QStringLiteral("at"), e.at},
                                   {QStringLiteral("type"), e.type},
                                   {QStringLiteral("subject"), e.subject},
                                   {QStringLiteral("version"), e.version},
                                   {QStringLiteral("detail"), e.detail},
                                   {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}});
        Context::print(QJsonDocument(out));
        return Ok;
    }
    auto problems = (*session)->audit().verify(anchor);
    if (!problems)
        return Context::fail(problems.error());
    auto head = (*session)->audit().head();
    if (!head)
        return Context::fail(head.error());
    QJsonArray list;
    for (const store::AuditProblem &p : *problems) {
        list.append(QJsonObject{{QStringLiteral("seq"), double(p.seq)},
                                {QStringLiteral("kind"), p.kind},
                                {QStringLiteral("message"), p.message}});
        std::fprintf(stderr, "saisiectl: %s\n", p.message.toLocal8Bit().constData());
    }
    // The head is what a supervisor records to detect, later, the removal of the newest events.
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("events"), double(head->seq)},
                                             {QStringLiteral("head"), QStringLiteral("%1:%2").arg(head->seq).arg(
                                                                          QString::fromLatin1(head->hash.toHex()))},
                                             {QStringLiteral("intact"), problems->isEmpty()},
                                             {QStringLiteral("problems"), list}}));
    return problems->isEmpty() ? Ok : Damaged;
}

int checkCommand(Context &context, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {{QStringLiteral("profile")}, {}, {}});
    if (!args)
        return Context::fail(args.error());
    auto session = context.unlock(*args);
    if (!session)
        return Context::fail(session.error());
    QStringList problems = (*session)->openProblems();
    problems << (*session)->fullCheck();
    for (const QString &p : problems)
        std::fprintf(stderr, "saisiectl: %s\n", p.toLocal8Bit().constData());
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("ok"), problems.isEmpty()},
                                             {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}));
    return problems.isEmpty() ? Ok : Damaged;
}

int validateCommand(Context &, const QStringList &arguments)
{
    auto args = Args::parse(arguments, {});
    if (!args)
        return Context::fail(args.error());
    QStringList kinds;
    for (const auto kind : validation::allKinds())
        kinds << validation::kindName(kind);
    if (args->positionals().size() != 2)
        return Context::usage(QStringLiteral("validate needs KIND and VALUE; KIND is one of: %1. "
                                             "For an MRZ, separate the lines with \\n or pass - to read stdin.")
                                  .arg(kinds.join(QStringLiteral(", "))));
    const auto kind = validation::kindFromName(args->positionals().first());
    if (!kind)
        return Context::usage(QStringLiteral("Unknown identifier kind \"%1\"; use one of: %2.")
                                  .arg(args->positionals().first().left(40), kinds.join(QStringLiteral(", "))));
    QString value = args->positionals().last();
    if (value == QLatin1String("-")) {
        QFile in;
        (void)in.open(stdin, QIODevice::ReadOnly);
        value = QString::fromUtf8(in.read(64 * 1024)).trimmed();
    }
    value.replace(QLatin1String("\\n"), QLatin1String("\n"));
    const validation::Result result = validation::validate(*kind, value);
    QJsonArray checks;
    for (const validation::Check &c : result.checks)
        checks.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("expected"), c.expected},
                                  {QStringLiteral("found"), c.found}});
    Context::print(QJsonDocument(QJsonObject{{QStringLiteral("kind"), validation::kindName(*kind)},
                                             {QStringLiteral("verdict"), validation::verdictName(result.verdict)},
                                             {QStringLiteral("code"), result.code},
                                             {QStringLiteral("message"), result.message},
                                             {QStringLiteral("normalized"), result.normalized},
                                             {QStringLiteral("overrideRequired"), result.overrideRequired},
                                             {QStringLiteral("checks"), checks}}));
    return result.verdict == validation::Verdict::Invalid ? Invalid : Ok;
}

} // namespace saisie::cli
