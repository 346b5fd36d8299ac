#include "sync/synclog.h"

Q_LOGGING_CATEGORY(lcSync, "saisie.sync", QtInfoMsg)
