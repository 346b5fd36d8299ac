// ICAO Doc 9303 MRZ (Parts 4, 5 and 6). An MRZ holds personal data: nothing here logs it, and messages name
// the failing checks, never the characters read.
#include "mrz.h"
#include "validation_p.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace saisie::validation {

using namespace detail;

namespace {

// OCR output or a paste never legitimately approaches this; longer input is rejected before splitting.
constexpr qsizetype maxMrzInput = 1024;

struct Layout
{
    MrzLayout layout;
    int lines;
    int length;
};
constexpr Layout layouts[] = {{MrzLayout::TD1, 3, 30}, {MrzLayout::TD2, 2, 36}, {MrzLayout::TD3, 2, 44}};

const QString &layoutHelp()
{
    static const QString help =
        u"An MRZ has 3 lines of 30 characters (TD1 identity card), 2 lines of 36 (TD2) "
        "or 2 lines of 44 (TD3 passport)"_s;
    return help;
}

struct SplitMrz
{
    std::optional<MrzLayout> layout;
    QStringList lines;
    QString error; // set when layout is empty; never contains MRZ characters
    bool empty = false;
};

QString describeLengths(const QStringList &lines)
{
    if (lines.size() == 1)
        return u"1 line of %1 characters"_s.arg(lines.first().size());
    QStringList lengths;
    for (const QString &line : lines)
        lengths.append(QString::number(line.size()));
    const QString last = lengths.takeLast();
    return u"%1 lines of %2 and %3 characters"_s.arg(lines.size()).arg(lengths.join(u", "), last);
}

SplitMrz split(QStringView input)
{
    SplitMrz out;
    if (input.trimmed().isEmpty()) {
        out.empty = true;
        return out;
    }
    if (input.size() > maxMrzInput) {
        out.error = u"The MRZ is far too long; %1."_s.arg(layoutHelp());
        return out;
    }

    QString text = input.toString();
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    for (QStringView raw : QStringView(text).split(u'\n')) {
        const QStringView line = raw.trimmed(); // scanners and pastes add spaces at the ends
        if (line.isEmpty())
            continue;
        QString upper;
        upper.reserve(line.size());
        for (const QChar c : line) {
            if (c >= u'a' && c <= u'z') {
                upper += QChar(c.unicode() - (u'a' - u'A'));
            } else if (isAsciiUpper(c) || isAsciiDigit(c) || c == u'<') {
                upper += c;
            } else {
                out.error = u"The MRZ contains characters other than A-Z, 0-9 and <; correct the reading or "
                            "type the lines again."_s;
                return out;
            }
        }
        out.lines.append(upper);
    }

    // Some readers drop the line breaks: a single line of exactly two or three MRZ lines is split back.
    if (out.lines.size() == 1) {
        for (const Layout &l : layouts) {
            if (out.lines.first().size() == l.lines * l.length) {
                const QString joined = out.lines.takeFirst();
                for (int i = 0; i < l.lines; ++i)
                    out.lines.append(joined.mid(i * l.length, l.length));
                break;
            }
        }
    }

    for (const Layout &l : layouts) {
        if (out.lines.size() == l.lines &&
            std::all_of(out.lines.cbegin(), out.lines.cend(),
                        [&l](const QString &line) { return line.size() == l.length; })) {
            out.layout = l.layout;
            return out;
        }
    }
    out.error = u"%1; this one has %2."_s.arg(layoutHelp(), describeLengths(out.lines));
    return out;
}

QString stripFiller(QStringView field)
{
    qsizetype end = field.size();
    while (end > 0 && field.at(end - 1) == u'<')
        --end;
    return field.first(end).toString();
}

// "ERIKSSON<<ANNA<MARIA<<<" -> ("ERIKSSON", "ANNA MARIA").
std::pair<QString, QString> splitNames(QStringView field)
{
    const QString trimmed = stripFiller(field);
    const qsizetype separator = trimmed.indexOf(u"<<");
    const auto human = [](QStringView part) { return part.toString().replace(u'<', u' ').simplified(); };
    if (separator < 0)
        return {human(trimmed), QString()};
    return {human(QStringView(trimmed).first(separator)), human(QStringView(trimmed).sliced(separator + 2))};
}

QString sexOf(QChar c)
{
    return c == u'<' ? u"X"_s : QString(c);
}

// Document number of a TD1/TD2 MRZ: `principal` is the 9-character field, `checkChar` the character after it
// and `optional` the optional-data field. A '<' in the check position means the number continues in the
// optional data, followed by its check digit and a filler (Doc 9303 Part 5 4.2.2, Part 6 4.2.2).
struct DocumentNumber
{
    QString number;   // without filler
    QString checked;  // the characters the check digit covers
    QChar check;      // check character read
    QString optional; // optional data left after the overflow
};

DocumentNumber documentNumber(QStringView principal, QChar checkChar, QStringView optional)
{
    DocumentNumber out;
    if (checkChar != u'<' || optional.isEmpty() || optional.at(0) == u'<') {
        out.number = stripFiller(principal);
        out.checked = principal.toString();
        out.check = checkChar;
        out.optional = stripFiller(optional);
        return out;
    }
    qsizetype end = optional.indexOf(u'<');
    if (end < 0)
        end = optional.size();
    const QStringView overflow = optional.first(end - 1);
    out.number = principal.toString() + overflow.toString();
    out.checked = out.number;
    out.check = optional.at(end - 1);
    out.optional = end < optional.size() ? stripFiller(optional.sliced(end + 1)) : QString();
    // Trim leading filler as well: after the overflow's terminating '<' more filler may precede the data.
    while (out.optional.startsWith(u'<'))
        out.optional.remove(0, 1);
    return out;
}

QString concat(std::initializer_list<QStringView> parts)
{
    QString out;
    for (const QStringView part : parts)
        out += part;
    return out;
}

QChar checkChar(QStringView data)
{
    const int digit = mrzCheckDigit(data);
    return digit < 0 ? QChar(u'?') : QChar(u'0' + digit);
}

QString humanCheckName(const QString &name)
{
    if (name == u"document_number")
        return u"document number"_s;
    if (name == u"birth_date")
        return u"birth date"_s;
    if (name == u"expiry")
        return u"expiry date"_s;
    if (name == u"personal_number")
        return u"personal number"_s;
    return name; // "composite"
}

} // namespace

int mrzCheckDigit(QStringView data)
{
    static constexpr int weights[3] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data.at(i);
        int value = 0;
        if (isAsciiDigit(c))
            value = digitValue(c);
        else if (isAsciiUpper(c))
            value = c.unicode() - u'A' + 10;
        else if (c != u'<')
            return -1;
        sum += value * weights[i % 3];
    }
    return sum % 10;
}

QString mrzLayoutName(MrzLayout layout)
{
    switch (layout) {
    case MrzLayout::TD1:
        return u"TD1"_s;
    case MrzLayout::TD2:
        return u"TD2"_s;
    case MrzLayout::TD3:
        return u"TD3"_s;
    }
    return QString();
}

std::optional<MrzFields> parseMrz(QStringView input)
{
    const SplitMrz mrz = split(input);
    if (!mrz.layout)
        return std::nullopt;

    MrzFields f;
    f.layout = *mrz.layout;
    const QStringView l1 = mrz.lines.at(0);
    const QStringView l2 = mrz.lines.at(1);
    f.documentType = stripFiller(l1.first(2));
    f.issuingState = stripFiller(l1.sliced(2, 3));

    if (f.layout == MrzLayout::TD1) {
        const DocumentNumber doc = documentNumber(l1.sliced(5, 9), l1.at(14), l1.sliced(15, 15));
        f.documentNumber = doc.number;
        f.optionalData = doc.optional;
        f.birthDate = l2.first(6).toString();
        f.sex = sexOf(l2.at(7));
        f.expiryDate = l2.sliced(8, 6).toString();
        f.nationality = stripFiller(l2.sliced(15, 3));
        f.optionalData2 = stripFiller(l2.sliced(18, 11));
        std::tie(f.surname, f.givenNames) = splitNames(mrz.lines.at(2));
        return f;
    }

    std::tie(f.surname, f.givenNames) = splitNames(l1.sliced(5));
    f.nationality = stripFiller(l2.sliced(10, 3));
    f.birthDate = l2.sliced(13, 6).toString();
    f.sex = sexOf(l2.at(20));
    f.expiryDate = l2.sliced(21, 6).toString();
    if (f.layout == MrzLayout::TD2) {
        const DocumentNumber doc = documentNumber(l2.first(9), l2.at(9), l2.sliced(28, 7));
        f.documentNumber = doc.number;
        f.optionalData = doc.optional;
    } else {
        f.documentNumber = stripFiller(l2.first(9));
        f.optionalData = stripFiller(l2.sliced(28, 14));
    }
    return f;
}

Result validateMrz(QStringView input)
{
    const SplitMrz mrz = split(input);
    if (mrz.empty)
        return emptyResult(u"MRZ"_s);
    if (!mrz.layout)
        return makeInvalid(u"format"_s, mrz.error, true);

    const QStringView l1 = mrz.lines.at(0);
    const QStringView l2 = mrz.lines.at(1);
    QList<Check> checks;
    const auto add = [&checks](const QString &name, QStringView data, QChar found) {
        checks.append(digitCheck(name, checkChar(data), found));
    };

    switch (*mrz.layout) {
    case MrzLayout::TD1: {
        const DocumentNumber doc = documentNumber(l1.sliced(5, 9), l1.at(14), l1.sliced(15, 15));
        add(u"document_number"_s, doc.checked, doc.check);
        add(u"birth_date"_s, l2.first(6), l2.at(6));
        add(u"expiry"_s, l2.sliced(8, 6), l2.at(14));
        add(u"composite"_s, concat({l1.sliced(5, 25), l2.first(7), l2.sliced(8, 7), l2.sliced(18, 11)}),
            l2.at(29));
        break;
    }
    case MrzLayout::TD2: {
        const DocumentNumber doc = documentNumber(l2.first(9), l2.at(9), l2.sliced(28, 7));
        add(u"document_number"_s, doc.checked, doc.check);
        add(u"birth_date"_s, l2.sliced(13, 6), l2.at(19));
        add(u"expiry"_s, l2.sliced(21, 6), l2.at(27));
        add(u"composite"_s, concat({l2.first(10), l2.sliced(13, 7), l2.sliced(21, 14)}), l2.at(35));
        break;
    }
    case MrzLayout::TD3: {
        add(u"document_number"_s, l2.first(9), l2.at(9));
        add(u"birth_date"_s, l2.sliced(13, 6), l2.at(19));
        add(u"expiry"_s, l2.sliced(21, 6), l2.at(27));
        add(u"personal_number"_s, l2.sliced(28, 14), l2.at(42));
        // An empty personal number may carry '<' instead of its check digit 0 (Doc 9303 Part 4 4.2.2).
        Check &personal = checks.last();
        if (!personal.passed && personal.found == u"<" && stripFiller(l2.sliced(28, 14)).isEmpty())
            personal.passed = true;
        add(u"composite"_s, concat({l2.first(10), l2.sliced(13, 7), l2.sliced(21, 22)}), l2.at(43));
        break;
    }
    }

    const QString normalized = mrz.lines.join(u'\n');
    QStringList failed;
    for (const Check &check : std::as_const(checks)) {
        if (!check.passed)
            failed.append(humanCheckName(check.name));
    }
    const QString layout = mrzLayoutName(*mrz.layout);
    if (failed.isEmpty()) {
        return makeValid(
            normalized, u"All %1 check digits of the %2 MRZ match."_s.arg(checks.size()).arg(layout), checks);
    }
    const QString last = failed.takeLast();
    const QString list = failed.isEmpty() ? last : u"%1 and %2"_s.arg(failed.join(u", "), last);
    const QString noun = failed.isEmpty() ? u"check digit does"_s : u"check digits do"_s;
    return makeInvalid(u"check_digit"_s,
                       u"The %1 MRZ %2 %3 not match. Read the document again (O/0, I/1 and B/8 are often "
                       "confused) or record an override reason."_s.arg(layout, list, noun),
                       true, normalized, checks);
}

} // namespace saisie::validation
