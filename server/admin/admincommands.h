#pragma once
// The administration subcommands of saisie-server (init, enrol, devices, revoke, show-record) as
// library functions: main.cpp only dispatches here, and tests drive them without a process.
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace saisie::server {

/// Whether `command` names an administration subcommand.
bool isAdminCommand(const QString &command);
/// Runs it with the arguments after the command name. Exit codes: 0 done, 1 failed (a sentence on
/// `err`), 2 bad arguments (one line on `err`).
int runAdminCommand(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace saisie::server
