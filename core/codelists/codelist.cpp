#include "codelists.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saisie::codelists {

QString Entry::label(QStringView lang) const
{
    if (lang == u"fr" && !fr.isEmpty())
        return fr;
    if (lang != u"en" && lang != u"fr") {
        // Administrations may add their own languages as extra fields ("es", "ar", ...).
        const QString other = extra.value(lang.toString()).toString();
        if (!other.isEmpty())
            return other;
    }
    return en.isEmpty() ? code : en;
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reads a required, non-empty string member of the top-level object.
bool requiredString(const QJsonObject &root, const QString &key, const QString &origin, QString *out,
                    QString *error)
{
    const QJsonValue value = root.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return fail(error,
                    u"%1: the field \"%2\" is missing or is not a non-empty string."_s.arg(origin, key));
    }
    *out = value.toString();
    return true;
}

bool optionalString(const QJsonObject &object, const QString &key, const QString &where, QString *out,
                    QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(error, u"%1: the field \"%2\" must be a string."_s.arg(where, key));
    *out = value.toString();
    return true;
}

} // namespace

std::optional<CodeList> CodeList::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, u"%1: not valid JSON (%2 at byte %3)."_s.arg(origin, parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error,
             u"%1: the top level must be a JSON object with id, version, source and entries."_s.arg(origin));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();

    CodeList list;
    list.m_origin = origin;
    if (!requiredString(root, u"id"_s, origin, &list.m_id, error) ||
        !requiredString(root, u"version"_s, origin, &list.m_version, error) ||
        !requiredString(root, u"source"_s, origin, &list.m_source, error) ||
        !optionalString(root, u"unknown"_s, origin, &list.m_unknownCode, error) ||
        !optionalString(root, u"parent_list"_s, origin, &list.m_parentList, error)) {
        return std::nullopt;
    }

    const QJsonValue entriesValue = root.value(u"entries"_s);
    if (!entriesValue.isArray() || entriesValue.toArray().isEmpty()) {
        fail(error, u"%1: the field \"entries\" is missing or is not a non-empty array."_s.arg(origin));
        return std::nullopt;
    }
    const QJsonArray entries = entriesValue.toArray();
    list.m_entries.reserve(entries.size());
    list.m_index.reserve(entries.size());

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"%1: entry %2"_s.arg(origin).arg(i + 1);
        const QJsonValue value = entries.at(i);
        if (!value.isObject()) {
            fail(error, u"%1 is not a JSON object."_s.arg(where));
            return std::nullopt;
        }
        QJsonObject object = value.toObject();
        const QJsonValue codeValue = object.value(u"code"_s);
        if (!codeValue.isString() || codeValue.toString().isEmpty()) {
            fail(error, u"%1 has no \"code\" string."_s.arg(where));
            return std::nullopt;
        }
        Entry entry;
        entry.code = codeValue.toString();
        const QString named = u"%1 (\"%2\")"_s.arg(where, entry.code);
        if (entry.code.trimmed() != entry.code) {
            fail(error, u"%1: the code has leading or trailing spaces."_s.arg(named));
            return std::nullopt;
        }
        if (list.m_index.contains(entry.code)) {
            fail(error, u"%1: the code appears more than once in the list."_s.arg(named));
            return std::nullopt;
        }
        const QJsonValue enValue = object.value(u"en"_s);
        if (!enValue.isString() || enValue.toString().trimmed().isEmpty()) {
            fail(error, u"%1: the English label \"en\" is missing or empty."_s.arg(named));
            return std::nullopt;
        }
        entry.en = enValue.toString();
        if (!optionalString(object, u"fr"_s, named, &entry.fr, error) ||
            !optionalString(object, u"parent"_s, named, &entry.parent, error)) {
            return std::nullopt;
        }
        for (const auto *key : {"code", "en", "fr", "parent"})
            object.remove(QLatin1String(key));
        entry.extra = object;

        list.m_index.insert(entry.code, list.m_entries.size());
        if (!entry.parent.isEmpty())
            list.m_children[entry.parent].append(list.m_entries.size());
        list.m_foldedCode.append(detail::foldForSearch(entry.code));
        list.m_foldedEn.append(detail::foldForSearch(entry.en));
        list.m_foldedFr.append(detail::foldForSearch(entry.fr));
        list.m_entries.append(std::move(entry));
    }

    if (!list.m_unknownCode.isEmpty() && !list.m_index.contains(list.m_unknownCode)) {
        fail(error, u"%1: the \"unknown\" code \"%2\" is not one of the list's entries."_s.arg(
                        origin, list.m_unknownCode));
        return std::nullopt;
    }
    if (list.m_parentList.isEmpty()) {
        // Without parent_list, parents are codes of this same list (a hierarchy inside one file).
        for (const Entry &entry : std::as_const(list.m_entries)) {
            if (!entry.parent.isEmpty() && !list.m_index.contains(entry.parent)) {
                fail(error, u"%1: entry \"%2\" has parent \"%3\", which is not a code of this list."_s.arg(
                                origin, entry.code, entry.parent));
                return std::nullopt;
            }
        }
    }
    return list;
}

const Entry *CodeList::find(QStringView code) const
{
    const auto it = m_index.constFind(code.toString());
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

const Entry *CodeList::unknownEntry() const
{
    return m_unknownCode.isEmpty() ? nullptr : find(m_unknownCode);
}

QList<const Entry *> CodeList::children(QStringView parentCode) const
{
    QList<const Entry *> out;
    const auto it = m_children.constFind(parentCode.toString());
    if (it == m_children.constEnd())
        return out;
    out.reserve(it->size());
    for (const qsizetype i : *it)
        out.append(&m_entries.at(i));
    return out;
}

QList<const Entry *> CodeList::search(QStringView text, QStringView lang) const
{
    const QString needle = detail::foldForSearch(text.trimmed());
    QList<const Entry *> out;
    if (needle.isEmpty()) {
        out.reserve(m_entries.size());
        for (const Entry &entry : m_entries)
            out.append(&entry);
        return out;
    }

    enum Rank { ExactCode, Prefix, Substring, NoMatch };
    QList<std::pair<Rank, qsizetype>> hits;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QString langLabel;
        if (lang == u"fr")
            langLabel = m_foldedFr.at(i);
        else if (lang != u"en")
            langLabel = detail::foldForSearch(m_entries.at(i).label(lang));

        Rank rank = NoMatch;
        if (m_foldedCode.at(i) == needle) {
            rank = ExactCode;
        } else {
            for (const QString *key : {&m_foldedCode.at(i), &m_foldedEn.at(i), &std::as_const(langLabel)}) {
                const qsizetype at = key->indexOf(needle);
                if (at == 0) {
                    rank = Prefix;
                    break;
                }
                if (at > 0)
                    rank = Substring;
            }
        }
        if (rank != NoMatch)
            hits.append({rank, i});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    out.reserve(hits.size());
    for (const auto &hit : std::as_const(hits))
        out.append(&m_entries.at(hit.second));
    return out;
}

const Entry *CodeList::findByField(QStringView field, QStringView value) const
{
    const QString key = field.toString();
    for (const Entry &entry : m_entries) {
        const QJsonValue v = entry.extra.value(key);
        if (v.isString() && v.toString() == value)
            return &entry;
    }
    return nullptr;
}

} // namespace saisie::codelists
