#pragma once
// The attachment_kind code list as the photo UI needs it: codes with labels in the UI language
// and whether the kind may reach the WCO CEN. Read from the bundled lists, never hard-coded.
#include <QString>
#include <QVariantList>

namespace saisie::gui {

struct PhotoKinds
{
    /// The kind new photos get unless the officer picks another.
    static QString defaultKind() { return QStringLiteral("GOODS"); }
    /// [{code, label, cenShareable}] in file order.
    static QVariantList entries(const QString &language);
    /// The label of a code, or the code itself when the list does not know it.
    static QString label(const QString &code, const QString &language);
    static bool contains(const QString &code);
};

} // namespace saisie::gui
