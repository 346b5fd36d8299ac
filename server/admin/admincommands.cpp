#include "admin/admincommands.h"

namespace saisie::server {

bool isAdminCommand(const QString &) { return false; }

int runAdminCommand(const QString &command, const QStringList &, QTextStream &, QTextStream &err)
{
    err << "saisie-server: unknown command " << command << '\n';
    return 2;
}

} // namespace saisie::server
