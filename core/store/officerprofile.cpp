#include "store/officerprofile.h"

#include <QJsonArray>
#include <algorithm>

namespace saisie::store {

namespace {
int characterCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        count += text.at(i).isLowSurrogate() ? 0 : 1; // a surrogate pair is one character
    return count;
}

bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

bool isServiceNumberChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'/';
}

OfficerProblem checkText(const QString &text, int max)
{
    if (text.isEmpty())
        return OfficerProblem::Missing;
    if (characterCount(text) > max)
        return OfficerProblem::TooLong;
    return hasControl(text) ? OfficerProblem::BadCharacters : OfficerProblem::None;
}
} // namespace

OfficerProfile::OfficerProfile(vault::Database &db, AuditLog *audit) : m_db(db), m_audit(audit) {}

OfficerDetails OfficerProfile::normalized(const OfficerDetails &details)
{
    return {details.name.simplified(), details.serviceNumber.trimmed(), details.unit.simplified()};
}

OfficerCheck OfficerProfile::check(const OfficerDetails &d)
{
    OfficerCheck result;
    result.name = checkText(d.name, kMaxName);
    result.unit = checkText(d.unit, kMaxUnit);
    if (d.serviceNumber.isEmpty())
        result.serviceNumber = OfficerProblem::Missing;
    else if (d.serviceNumber.size() > kMaxServiceNumber)
        result.serviceNumber = OfficerProblem::TooLong;
    else if (!std::all_of(d.serviceNumber.begin(), d.serviceNumber.end(), isServiceNumberChar))
        result.serviceNumber = OfficerProblem::BadCharacters;
    return result;
}

QString OfficerProfile::describe(const OfficerCheck &c)
{
    switch (c.name) {
    case OfficerProblem::Missing:
        return QStringLiteral("Enter the officer's name.");
    case OfficerProblem::TooLong:
        return QStringLiteral("The name must have at most %1 characters.").arg(kMaxName);
    case OfficerProblem::BadCharacters:
        return QStringLiteral("The name contains control characters; type it again.");
    case OfficerProblem::None:
        break;
    }
    switch (c.serviceNumber) {
    case OfficerProblem::Missing:
        return QStringLiteral("Enter the service number.");
    case OfficerProblem::TooLong:
        return QStringLiteral("The service number must have at most %1 characters.").arg(kMaxServiceNumber);
    case OfficerProblem::BadCharacters:
        return QStringLiteral("The service number may contain only letters A-Z, digits, '-' and '/'.");
    case OfficerProblem::None:
        break;
    }
    switch (c.unit) {
    case OfficerProblem::Missing:
        return QStringLiteral("Enter the unit.");
    case OfficerProblem::TooLong:
        return QStringLiteral("The unit must have at most %1 characters.").arg(kMaxUnit);
    case OfficerProblem::BadCharacters:
        return QStringLiteral("The unit contains control characters; type it again.");
    case OfficerProblem::None:
        break;
    }
    return {};
}

Expected<OfficerDetails> OfficerProfile::get()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT name, service_number, unit FROM officer WHERE id = 1"));
    if (!stmt)
        return stmt.error();
    OfficerDetails details;
    if (stmt->step())
        details = {stmt->text(0), stmt->text(1), stmt->text(2)};
    if (stmt->failed())
        return stmt->error();
    return details;
}

Status OfficerProfile::set(const OfficerDetails &input)
{
    const OfficerDetails details = normalized(input);
    if (const OfficerCheck c = check(details); !c.ok())
        return makeError(QStringLiteral("officer_invalid"), describe(c));
    vault::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto before = get();
    if (!before)
        return before.error();
    if (*before == details)
        return success(); // nothing changed: no write, no audit event
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO officer (id, name, service_number, unit) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, service_number = excluded.service_number, "
        "unit = excluded.unit"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, details.name).bind(2, details.serviceNumber).bind(3, details.unit);
    if (Status s = stmt->exec(); !s)
        return s;
    if (m_audit) {
        QJsonArray changed;
        if (before->name != details.name)
            changed.append(QStringLiteral("name"));
        if (before->serviceNumber != details.serviceNumber)
            changed.append(QStringLiteral("serviceNumber"));
        if (before->unit != details.unit)
            changed.append(QStringLiteral("unit"));
        if (Status s = m_audit->append(QStringLiteral("officer_edit"), QStringLiteral("vault"), 0,
                                       {{QStringLiteral("fields"), changed}});
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace saisie::store
