#include "codelists.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCodeLists, "saisie.codelists")

namespace saisie::codelists {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Parent references may point into another list, so they can only be checked once the whole set is loaded.
bool checkParents(const QHash<QString, std::shared_ptr<const CodeList>> &lists, QString *error)
{
    for (const auto &list : lists) {
        if (list->parentList().isEmpty())
            continue; // same-list parents were checked while parsing
        const auto parentIt = lists.constFind(list->parentList());
        if (parentIt == lists.constEnd()) {
            return fail(error, u"%1: \"parent_list\" names the list \"%2\", which is not loaded."_s.arg(
                                   list->origin(), list->parentList()));
        }
        for (const Entry &entry : list->entries()) {
            if (entry.parent.isEmpty()) {
                return fail(error,
                            u"%1: entry \"%2\" has no \"parent\" although the list declares parent_list "
                            "\"%3\"."_s.arg(list->origin(), entry.code, list->parentList()));
            }
            if (!(*parentIt)->contains(entry.parent)) {
                return fail(error,
                            u"%1: entry \"%2\" has parent \"%3\", which is not a code of list \"%4\"."_s.arg(
                                list->origin(), entry.code, entry.parent, list->parentList()));
            }
        }
    }
    return true;
}

} // namespace

const CodeLists &CodeLists::bundled()
{
    // A function-local static is initialised exactly once even with concurrent first calls (C++11 magic
    // statics).
    static const CodeLists lists = [] {
        QString error;
        std::optional<CodeLists> loaded = loadDirectory(u":/saisie/codelists"_s, &error);
        if (!loaded) {
            // Only a broken build can get here (the unit tests load the same resources); keep the app alive
            // with empty lists rather than crashing in the field.
            qCCritical(lcCodeLists) << "Bundled code lists could not be loaded:" << error;
            return CodeLists();
        }
        return std::move(*loaded);
    }();
    return lists;
}

std::optional<CodeLists> CodeLists::loadDirectory(const QString &dir, QString *error)
{
    const QDir directory(dir);
    if (!directory.exists()) {
        fail(error, u"The code list folder \"%1\" does not exist."_s.arg(dir));
        return std::nullopt;
    }
    const QFileInfoList files =
        directory.entryInfoList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        fail(error, u"The code list folder \"%1\" contains no .json code list files."_s.arg(dir));
        return std::nullopt;
    }

    CodeLists result;
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            fail(error, u"%1: the file cannot be read (%2)."_s.arg(name, file.errorString()));
            return std::nullopt;
        }
        // Code lists are small; a huge file is a mistake (or an attack) and must not exhaust tablet memory.
        constexpr qint64 maxBytes = 16 * 1024 * 1024;
        if (file.size() > maxBytes) {
            fail(error, u"%1: the file is larger than 16 MiB, which no code list needs."_s.arg(name));
            return std::nullopt;
        }
        std::optional<CodeList> list = CodeList::fromJson(file.readAll(), name, error);
        if (!list)
            return std::nullopt;
        if (const auto existing = result.m_lists.constFind(list->id());
            existing != result.m_lists.constEnd()) {
            fail(error, u"%1: the list id \"%2\" is already used by %3."_s.arg(name, list->id(),
                                                                               (*existing)->origin()));
            return std::nullopt;
        }
        const QString id = list->id();
        result.m_lists.insert(id, std::make_shared<const CodeList>(std::move(*list)));
    }
    if (!checkParents(result.m_lists, error))
        return std::nullopt;
    return result;
}

QStringList CodeLists::requiredIds()
{
    return {
        u"attachment_kind"_s,
        u"commodity_category"_s,
        u"commodity_subtype"_s,
        u"company_role"_s,
        u"concealment"_s,
        u"conveyance_type"_s,
        u"country"_s,
        u"currency"_s,
        u"customs_procedure"_s,
        u"detection_method"_s,
        u"direction"_s,
        u"document_type"_s,
        u"hs_chapter"_s,
        u"icao_nationality"_s,
        u"location_type"_s,
        u"offence_type"_s,
        u"person_role"_s,
        u"transport_mode"_s,
        u"unit"_s,
    };
}

const CodeList *CodeLists::list(QStringView id) const
{
    const auto it = m_lists.constFind(id.toString());
    return it == m_lists.constEnd() ? nullptr : it->get();
}

QStringList CodeLists::ids() const
{
    QStringList out = m_lists.keys();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace saisie::codelists
