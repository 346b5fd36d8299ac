#pragma once
// One logging category per area. Never log keys, PINs, personal data or record contents:
// log identifiers of files and counts only.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcBlob)
