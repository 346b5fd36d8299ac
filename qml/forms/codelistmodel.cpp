#include "codelistmodel.h"

#include "codelists/codelists.h"

namespace saisie::gui {

using codelists::CodeList;
using codelists::CodeLists;
using codelists::Entry;

namespace {
bool sameRow(const CodeListRow &a, const CodeListRow &b)
{
    return a.code == b.code && a.label == b.label && a.englishLabel == b.englishLabel &&
           a.isUnknown == b.isUnknown;
}
} // namespace

CodeListModel::CodeListModel(QObject *parent)
    : KeyedListModel([](const CodeListRow &row) { return row.code; }, sameRow, parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &CodeListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CodeListModel::countChanged);
}

void CodeListModel::setListId(const QString &listId)
{
    if (listId == m_listId)
        return;
    m_listId = listId;
    m_list = CodeLists::bundled().list(listId);
    Q_EMIT listIdChanged();
    rebuild();
}

void CodeListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    rebuild();
}

void CodeListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    rebuild(); // labels change in place (dataChanged); the filter also matches labels, so rows may change too
}

void CodeListModel::setParentCode(const QString &code)
{
    if (code == m_parentCode)
        return;
    m_parentCode = code;
    Q_EMIT parentCodeChanged();
    rebuild();
}

void CodeListModel::setIncludeUnknown(bool include)
{
    if (include == m_includeUnknown)
        return;
    m_includeUnknown = include;
    Q_EMIT includeUnknownChanged();
    rebuild();
}

void CodeListModel::classBegin()
{
    m_deferred = true;
}

void CodeListModel::componentComplete()
{
    m_deferred = false;
    rebuild();
}

void CodeListModel::rebuild()
{
    if (m_deferred)
        return;
    QList<CodeListRow> next;
    if (m_list) {
        const Entry *unknown = m_list->unknownEntry();
        const auto rowOf = [this, unknown](const Entry &entry) {
            return CodeListRow{entry.code, entry.label(m_language), entry.en, &entry == unknown};
        };
        if (unknown && m_includeUnknown)
            next.append(rowOf(*unknown));
        const QList<const Entry *> hits = m_list->search(m_filterText, m_language);
        next.reserve(hits.size() + 1);
        for (const Entry *entry : hits) {
            if (entry == unknown)
                continue;
            if (!m_parentCode.isEmpty() && entry->parent != m_parentCode)
                continue;
            next.append(rowOf(*entry));
        }
    }
    replaceRows(next);
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodeListRow &row = rowAt(index);
    switch (role) {
    case CodeRole:
        return row.code;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case EnglishLabelRole:
        return row.englishLabel;
    case IsUnknownRole:
        return row.isUnknown;
    default:
        return {};
    }
}

QHash<int, QByteArray> CodeListModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {LabelRole, "label"},
        {EnglishLabelRole, "englishLabel"},
        {IsUnknownRole, "isUnknown"},
    };
}

QString CodeListModel::labelFor(const QString &code) const
{
    const Entry *entry = m_list ? m_list->find(code) : nullptr;
    return entry ? entry->label(m_language) : code;
}

QString CodeListModel::unknownCode() const
{
    const Entry *unknown = m_list ? m_list->unknownEntry() : nullptr;
    return unknown ? unknown->code : QString();
}

QString CodeListModel::codeAt(int row) const
{
    return row >= 0 && row < rowCount() ? rows().at(row).code : QString();
}

bool CodeListModel::contains(const QString &code) const
{
    return m_list && m_list->contains(code);
}

} // namespace saisie::gui
