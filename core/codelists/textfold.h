#pragma once
// Internal: search keys that ignore case and accents, so "allem" finds "Allemagne" and "etats" finds "États".
#include <QString>
#include <QStringView>

namespace saisie::codelists::detail {

/// Lower-case, accent-free form of `text` (NFD, combining marks dropped, case-folded, common ligatures
/// split).
QString foldForSearch(QStringView text);

} // namespace saisie::codelists::detail
