#include "platformlogging.h"

Q_LOGGING_CATEGORY(lcPlatform, "saisie.platform", QtInfoMsg)
