#pragma once
// Base for list models whose rows have a stable key (a vault id, a record UUID). replaceRows()
// turns a fresh snapshot into fine-grained removes, moves, inserts and dataChanged, so views keep
// their scroll position and delegates, and QAbstractItemModelTester sees only legal transitions.
#include <QAbstractListModel>
#include <QList>
#include <functional>

namespace saisie::gui {

template <typename Row, typename Key>
class KeyedListModel : public QAbstractListModel
{
public:
    using KeyOf = std::function<Key(const Row &)>;
    using SameContent = std::function<bool(const Row &, const Row &)>;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }

protected:
    KeyedListModel(KeyOf keyOf, SameContent same, QObject *parent)
        : QAbstractListModel(parent), m_keyOf(std::move(keyOf)), m_same(std::move(same))
    {
    }

    /// The row behind a valid index of this model.
    const Row &rowAt(const QModelIndex &index) const
    {
        Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid
                                       | QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
        return m_rows.at(index.row());
    }

    /// Makes the model equal to `next` (keys must be unique) with the smallest obvious set of
    /// row signals; returns true when anything changed.
    bool replaceRows(const QList<Row> &next)
    {
        bool changed = false;
        QList<Key> nextKeys;
        nextKeys.reserve(next.size());
        for (const Row &row : next)
            nextKeys.append(m_keyOf(row));

        // 1. Removals, in contiguous runs from the end so earlier indexes stay valid.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (nextKeys.contains(m_keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !nextKeys.contains(m_keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            changed = true;
            last = first - 1;
        }

        // 2. Walk the new order: keep, move up, or insert runs of new rows.
        for (int i = 0; i < int(next.size());) {
            const Key &key = nextKeys.at(i);
            if (i < int(m_rows.size()) && m_keyOf(m_rows.at(i)) == key) {
                changed |= updateRow(i, next.at(i));
                ++i;
                continue;
            }
            const int existing = indexOfKey(key, i + 1);
            if (existing >= 0) {
                beginMoveRows({}, existing, existing, {}, i);
                m_rows.move(existing, i);
                endMoveRows();
                updateRow(i, next.at(i));
                changed = true;
                ++i;
                continue;
            }
            int end = i + 1;
            while (end < int(next.size()) && indexOfKey(nextKeys.at(end), i) < 0)
                ++end;
            beginInsertRows({}, i, end - 1);
            for (int j = i; j < end; ++j)
                m_rows.insert(j, next.at(j));
            endInsertRows();
            changed = true;
            i = end;
        }
        Q_ASSERT(m_rows.size() == next.size());
        return changed;
    }

    /// Replaces one row in place if its content differs, emitting dataChanged for it.
    bool updateRow(int row, const Row &value)
    {
        if (m_same(m_rows.at(row), value))
            return false;
        m_rows[row] = value;
        const QModelIndex changedIndex = index(row);
        Q_EMIT dataChanged(changedIndex, changedIndex);
        return true;
    }

    int indexOfKey(const Key &key, int from = 0) const
    {
        for (int i = from; i < int(m_rows.size()); ++i)
            if (m_keyOf(m_rows.at(i)) == key)
                return i;
        return -1;
    }

private:
    QList<Row> m_rows;
    KeyOf m_keyOf;
    SameContent m_same;
};

} // namespace saisie::gui
