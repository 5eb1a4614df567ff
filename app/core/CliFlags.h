// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace registrar::core {

/*!
 * synapse-registrar-cli's name and the flags of its register command (with those it shares with
 * the other commands), spelled once for the CLI's option tables and for the command lines the app
 * writes (CliCommand). Scripts call these names: they never change.
 */
class CliFlags
{
public:
    enum class Flag {
        // register's own
        User,
        Password,
        PasswordFile,
        Admin,
        NoAdmin,
        UserType,
        DisplayName,
        NoLogin,
        ExistsOk,
        // where the secret and the server come from (register and batch)
        SharedSecret,
        SecretFile,
        Config,
        Profile,
        ServerName,
        // every command that connects
        Timeout,
        AllowInsecureHttp,
        Json,
        PinSha256,
        CaFile,
        // accounts that MAS creates (register and batch)
        MasUrl,
        MasClientId,
        MasClientSecretFile,
        MasClientAuth,
        Email,
        SkipPasswordCheck,
        AdoptHomeserverAccount,
    };

    static QString program() { return QStringLiteral("synapse-registrar-cli"); }

    static QString registerCommand() { return QStringLiteral("register"); }

    //! The names of \a flag without dashes, as QCommandLineOption takes them; a one-letter name first.
    static QStringList names(Flag flag);
    //! \a flag's first long name as typed: "--display-name".
    static QString longForm(Flag flag);
    //! \a flag's one-letter name as typed, "-u"; its long form when it has none.
    static QString shortForm(Flag flag);
};

} // namespace registrar::core
