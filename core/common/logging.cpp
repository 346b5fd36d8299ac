#include "common/logging.h"

Q_LOGGING_CATEGORY(lcVault, "saisie.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "saisie.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBlob, "saisie.blob", QtInfoMsg)
