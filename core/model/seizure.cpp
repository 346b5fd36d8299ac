#include "model/seizure.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace saisie::model {

namespace {

constexpr std::array<std::pair<Status, const char16_t *>, 8> kStatusNames{{
    {Status::Draft, u"draft"},
    {Status::Finalized, u"finalized"},
    {Status::Queued, u"queued"},
    {Status::Delivered, u"delivered"},
    {Status::UnderReview, u"underReview"},
    {Status::Returned, u"returned"},
    {Status::Accepted, u"accepted"},
    {Status::Merged, u"merged"},
}};

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

} // namespace

QString statusName(Status status)
{
    for (const auto &[s, name] : kStatusNames) {
        if (s == status)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<Status> statusFromName(QStringView name)
{
    for (const auto &[s, text] : kStatusNames) {
        if (name == QStringView(text))
            return s;
    }
    return std::nullopt;
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,6})?$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return Decimal(text.toString());
}

int Decimal::significantFractionDigits() const
{
    const qsizetype dot = m_text.indexOf(u'.');
    if (dot < 0)
        return 0;
    qsizetype end = m_text.size();
    while (end > dot + 1 && m_text[end - 1] == u'0')
        --end;
    return int(end - dot - 1);
}

bool isIsoTimestamp(QStringView text)
{
    // Qt's ISO parser alone accepts too much (missing offset, week dates, "24:00"), so the
    // shape is fixed by pattern first and Qt only confirms the calendar and the offset range.
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{"
                                                      "2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$"));
    if (!re.match(text).hasMatch())
        return false;
    if (!QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)).isValid())
        return false;
    if (digitsAt(text, 11, 2) > 23 || digitsAt(text, 14, 2) > 59)
        return false;
    if (text.size() > 16 && text[16] == u':' && digitsAt(text, 17, 2) > 59)
        return false;
    if (!text.endsWith(u'Z')) {
        const qsizetype o = text.size() - 5;
        if (digitsAt(text, o, 2) > 14 || digitsAt(text, o + 3, 2) > 59)
            return false;
    }
    return true;
}

bool isIsoDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"));
    if (!re.match(text).hasMatch())
        return false;
    const int year = digitsAt(text, 0, 4);
    if (year < 1)
        return false;
    if (text.size() == 4)
        return true;
    const int month = digitsAt(text, 5, 2);
    if (month < 1 || month > 12)
        return false;
    if (text.size() == 7)
        return true;
    return QDate(year, month, digitsAt(text, 8, 2)).isValid();
}

} // namespace saisie::model
