#pragma once
// What every saisiectl command shares: the data root, unlocking a profile with a PIN read from
// stdin, and printing results (JSON on stdout) and errors (one sentence on stderr).
#include "cliargs.h"
#include "common/expected.h"
#include "store/session.h"
#include "vault/profiles.h"

#include <QJsonDocument>
#include <QString>
#include <memory>

namespace saisie::cli {

enum ExitCode : int {
    Ok = 0,
    Failure = 1,      // the operation failed (I/O, database, refused)
    Usage = 2,        // bad command line or input document
    AccessDenied = 3, // wrong PIN, lockout, shredded
    Invalid = 4,      // validate: the identifier is invalid
    Damaged = 5,      // check / audit verify found problems
};

class Context
{
public:
    explicit Context(QString dataRoot) : m_profiles(std::move(dataRoot)) {}

    const vault::ProfileDirectory &profiles() const { return m_profiles; }
    /// The profile named by --profile, or the only profile when there is exactly one.
    Expected<vault::Vault> selectProfile(const Args &args) const;
    /// Reads the PIN from stdin, unlocks and opens the session.
    Expected<std::unique_ptr<store::Session>> unlock(const Args &args) const;

    static int fail(const Error &error);
    static int usage(const QString &message);
    static void print(const QJsonDocument &document);
    static void print(const QByteArray &bytes);

private:
    vault::ProfileDirectory m_profiles;
};

using Command = int (*)(Context &context, const QStringList &arguments);

int profileCommand(Context &context, const QStringList &arguments);
int unlockCommand(Context &context, const QStringList &arguments);
int keygenCommand(Context &context, const QStringList &arguments);
int addCommand(Context &context, const QStringList &arguments);
int updateCommand(Context &context, const QStringList &arguments);
int attachCommand(Context &context, const QStringList &arguments);
int finalizeCommand(Context &context, const QStringList &arguments);
int amendCommand(Context &context, const QStringList &arguments);
int discardCommand(Context &context, const QStringList &arguments);
int listCommand(Context &context, const QStringList &arguments);
int showCommand(Context &context, const QStringList &arguments);
int exportCommand(Context &context, const QStringList &arguments);
int auditCommand(Context &context, const QStringList &arguments);
int checkCommand(Context &context, const QStringList &arguments);
int validateCommand(Context &context, const QStringList &arguments);
int deviceCommand(Context &context, const QStringList &arguments);
int syncCommand(Context &context, const QStringList &arguments);

} // namespace saisie::cli
