#pragma once
// One bundled code list as rows for a picker: filtered as the officer types (case- and accent-insensitive,
// through CodeList::search), optionally narrowed to the children of a parent code, labels in the UI language,
// and the list's "unknown" entry first so not knowing is always one tap away.
#include "common/keyedlistmodel.h"

#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace saisie::codelists {
class CodeList;
}

namespace saisie::gui {

struct CodeListRow
{
    QString code;
    QString label;
    QString englishLabel;
    bool isUnknown = false;
};

class CodeListModel : public KeyedListModel<CodeListRow, QString>, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    /// Id of a bundled list ("country", "commodity_subtype", ...). An id that does not exist gives an empty
    /// model.
    Q_PROPERTY(QString listId READ listId WRITE setListId NOTIFY listIdChanged)
    /// Search text; blank shows every entry. The unknown entry stays first whatever the filter.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /// "en" or "fr": language of `label` (English when an entry has no label in that language).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// When set, only the entries whose parent is this code (e.g. the subtypes of a category), plus unknown.
    Q_PROPERTY(QString parentCode READ parentCode WRITE setParentCode NOTIFY parentCodeChanged)
    /// Whether the list's unknown entry is offered (first row). Default true.
    Q_PROPERTY(bool includeUnknown READ includeUnknown WRITE setIncludeUnknown NOTIFY includeUnknownChanged)
    /// True when listId names a bundled list.
    Q_PROPERTY(bool valid READ isValid NOTIFY listIdChanged)
    /// Number of rows.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        CodeRole = Qt::UserRole + 1,
        LabelRole,
        EnglishLabelRole,
        IsUnknownRole,
    };
    Q_ENUM(Roles)

    explicit CodeListModel(QObject *parent = nullptr);

    QString listId() const { return m_listId; }
    void setListId(const QString &listId);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString parentCode() const { return m_parentCode; }
    void setParentCode(const QString &code);
    bool includeUnknown() const { return m_includeUnknown; }
    void setIncludeUnknown(bool include);
    bool isValid() const { return m_list != nullptr; }
    int count() const { return rowCount(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Label of `code` in `language`, or the code itself when the list does not have it (an old record, a
    /// replaced list): the officer still sees what is stored.
    Q_INVOKABLE QString labelFor(const QString &code) const;
    /// Code of the list's unknown entry, or an empty string for lists without one.
    Q_INVOKABLE QString unknownCode() const;
    /// Code of the row at `row` (as shown, after filter and parent), or "" outside the rows.
    Q_INVOKABLE QString codeAt(int row) const;
    /// True when `code` is an entry of the list (regardless of the filter and parent).
    Q_INVOKABLE bool contains(const QString &code) const;

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void listIdChanged();
    void filterTextChanged();
    void languageChanged();
    void parentCodeChanged();
    void includeUnknownChanged();
    void countChanged();

private:
    void rebuild();

    const codelists::CodeList *m_list = nullptr;
    QString m_listId;
    QString m_filterText;
    QString m_language = QStringLiteral("en");
    QString m_parentCode;
    bool m_includeUnknown = true;
    // QML sets several properties at creation; build the rows once, after the last one.
    bool m_deferred = false;
};

} // namespace saisie::gui
