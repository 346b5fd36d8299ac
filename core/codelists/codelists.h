#pragma once
// Bundled, versioned code lists (DOMAIN.md "Code lists"). Lists are JSON resources, not C++ literals, so an
// administration can replace them without a release; loadDirectory() reads replacement files in the same
// format.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <optional>

namespace saisie::codelists {

/// One coded value of a list. Fields other than code/en/fr/parent stay in `extra` (e.g. "minor_units").
struct Entry
{
    QString code;      // machine value stored in records; exact, case-sensitive
    QString en;        // English label (always present)
    QString fr;        // French label; may be empty, label() then falls back to English
    QString parent;    // code in the list named by CodeList::parentList() (or in the same list), or empty
    QJsonObject extra; // every other field of the entry, as written in the file

    /// Label in `lang` ("en", "fr", or any extra string field named after a language), falling back to
    /// English.
    QString label(QStringView lang) const;
};

/// One immutable list, e.g. "currency". Lookup by code is a hash lookup.
class CodeList
{
public:
    CodeList() = default;

    /// Parses one list file. `origin` names the file in error messages ("currency.json: ...").
    /// Returns nullopt and sets *error (if given) on any structural problem; never throws or asserts.
    static std::optional<CodeList> fromJson(const QByteArray &json, const QString &origin, QString *error);

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    QString source() const { return m_source; }
    /// The file (or resource path) the list came from, for messages.
    QString origin() const { return m_origin; }
    /// Id of the list that entries' `parent` codes belong to; empty when parents are codes of this list.
    QString parentList() const { return m_parentList; }

    const QList<Entry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }

    /// Entry with exactly this code, or nullptr.
    const Entry *find(QStringView code) const;
    bool contains(QStringView code) const { return find(code) != nullptr; }
    /// The entry officers pick when they do not know (declared by the file's "unknown" field), or nullptr
    /// for reference lists such as hs_chapter that have none.
    const Entry *unknownEntry() const;
    /// Entries whose parent is `parentCode`, in file order.
    QList<const Entry *> children(QStringView parentCode) const;
    /// Case- and accent-insensitive substring search over code, English label and the label in `lang`.
    /// Exact code matches come first, then prefix matches, then other matches; file order within each group.
    /// An empty or blank `text` returns every entry.
    QList<const Entry *> search(QStringView text, QStringView lang) const;
    /// First entry whose extra string field `field` equals `value` exactly (linear scan; for rare reverse
    /// lookups such as country alpha-3 -> alpha-2).
    const Entry *findByField(QStringView field, QStringView value) const;

private:
    QString m_id;
    QString m_version;
    QString m_source;
    QString m_origin;
    QString m_parentList;
    QString m_unknownCode;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QList<qsizetype>> m_children;
    // Folded (lower-case, accent-free) code, English and French label per entry, computed once for search().
    QList<QString> m_foldedCode;
    QList<QString> m_foldedEn;
    QList<QString> m_foldedFr;
};

/// A consistent set of code lists: ids are unique and every parent reference resolves.
/// Copies share the immutable lists, so pointers returned by list()/find() stay valid while any copy lives.
class CodeLists
{
public:
    CodeLists() = default;

    /// The lists compiled into the application (resource prefix /saisie/codelists), loaded once, thread-safe.
    static const CodeLists &bundled();
    /// Loads every *.json file of `dir` (same format as the bundled files). On failure returns nullopt and
    /// sets *error to one sentence naming the file and the problem.
    static std::optional<CodeLists> loadDirectory(const QString &dir, QString *error);
    /// Ids the application relies on; the bundled set contains all of them.
    static QStringList requiredIds();

    /// The list with this id, or nullptr.
    const CodeList *list(QStringView id) const;
    /// Ids of all loaded lists, sorted.
    QStringList ids() const;
    bool isEmpty() const { return m_lists.isEmpty(); }

private:
    QHash<QString, std::shared_ptr<const CodeList>> m_lists;
};

} // namespace saisie::codelists
