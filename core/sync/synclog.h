#pragma once
// saisie.sync: identifiers, codes and counts only; never keys, PINs, bodies or record contents.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
