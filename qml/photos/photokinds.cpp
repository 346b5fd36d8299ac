#include "photokinds.h"

#include "codelists/codelists.h"

#include <QVariantMap>

namespace saisie::gui {

namespace {
const codelists::CodeList *kinds()
{
    return codelists::CodeLists::bundled().list(u"attachment_kind");
}
} // namespace

QVariantList PhotoKinds::entries(const QString &language)
{
    QVariantList out;
    if (const auto *list = kinds())
        for (const auto &entry : list->entries())
            out << QVariantMap{{QStringLiteral("code"), entry.code},
                               {QStringLiteral("label"), entry.label(language)},
                               {QStringLiteral("cenShareable"),
                                entry.extra.value(QLatin1String("cen_shareable")).toBool(false)}};
    return out;
}

QString PhotoKinds::label(const QString &code, const QString &language)
{
    const auto *list = kinds();
    const auto *entry = list ? list->find(code) : nullptr;
    return entry ? entry->label(language) : code;
}

bool PhotoKinds::contains(const QString &code)
{
    const auto *list = kinds();
    return list && list->contains(code);
}

} // namespace saisie::gui
