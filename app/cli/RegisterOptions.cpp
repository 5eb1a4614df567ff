// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterOptions.h"

#include "CliFlags.h"

#include <QCoreApplication>

namespace registrar::cli {

using core::CliFlags;
using Flag = CliFlags::Flag;

// The texts stay in RegisterCommand's context: they are that command's help.
RegisterOptions::RegisterOptions()
    : user(CliFlags::names(Flag::User),
            QCoreApplication::translate("registrar::cli::RegisterCommand",
                    "Localpart of the new user (or a full user ID). Asked for when missing."),
            QStringLiteral("LOCALPART"))
    , password(CliFlags::names(Flag::Password),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "New password (visible in the process list; prefer --password-file or the "
                      "prompt)."),
              QStringLiteral("PASSWORD"))
    , passwordFile(CliFlags::names(Flag::PasswordFile),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "Read the password from FILE (- for stdin); one trailing newline is "
                      "removed."),
              QStringLiteral("FILE"))
    , admin(CliFlags::names(Flag::Admin),
              QCoreApplication::translate(
                      "registrar::cli::RegisterCommand", "Make the new user a server admin."))
    , noAdmin(CliFlags::names(Flag::NoAdmin),
              QCoreApplication::translate(
                      "registrar::cli::RegisterCommand", "Make a regular user (the default)."))
    , userType(CliFlags::names(Flag::UserType),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "User type: bot, support, or a type the server allows."),
              QStringLiteral("TYPE"))
    , displayName(CliFlags::names(Flag::DisplayName),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "Display name (default: the server uses the localpart)."),
              QStringLiteral("NAME"))
    , noLogin(CliFlags::names(Flag::NoLogin),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "Create the account without a login session: no device, no access token."))
    , existsOk(CliFlags::names(Flag::ExistsOk),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "A taken username is not an error: exit 0 and say so."))
    , email(CliFlags::names(Flag::Email),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "MAS: add the email address ADDR to the account; repeatable."),
              QStringLiteral("ADDR"))
    , skipPasswordCheck(CliFlags::names(Flag::SkipPasswordCheck),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "MAS: set the password even when MAS's strength check "
                      "(passwords.minimum_complexity) finds it too weak."))
    , adoptHomeserverAccount(CliFlags::names(Flag::AdoptHomeserverAccount),
              QCoreApplication::translate("registrar::cli::RegisterCommand",
                      "MAS: take over the homeserver's account of this name, which an earlier "
                      "attempt that ended in a MAS server error may have left (MAS's "
                      "skip_homeserver_check). Check on the homeserver first that it is that "
                      "account."))
{ }

void RegisterOptions::addTo(QCommandLineParser &parser, const ServerOptions &server,
        const TransportOptions &transport) const
{
    parser.setApplicationDescription(QCoreApplication::translate("registrar::cli::RegisterCommand",
            "Create an account on a Synapse server through its shared-secret registration "
            "API, and print the new account's credentials.\n\n"
            "On a homeserver that delegates authentication to the Matrix Authentication Service "
            "(MAS), give --mas-client-id (or a MAS profile) instead of a shared secret: MAS's "
            "admin API then creates the user, sets its password, admin flag and emails, and "
            "signs it in; the output adds mas_user_id (MAS's ULID for the user) and, when the "
            "token expires, expires_in_ms. MAS has no user types. If a step fails after MAS "
            "created the user, running the same command again finishes it.\n\n"
            "Exit codes: 0 created (or it existed, with --exists-ok); 1 bad input, nothing "
            "sent; 2 refused by the server for this account (taken, invalid, user type); "
            "3 not authorised (wrong secret, registration not enabled, endpoint unavailable "
            "or delegated to MAS; MAS refused the client or its token, no admin API, password "
            "login off); 4 network (refused, DNS, TLS, a timeout before the "
            "registration was sent); 5 protocol "
            "(redirect, malformed or oversized reply, unexpected status); 6 the account may "
            "exist: the request was sent and no definite answer came back (a timeout, a lost "
            "connection, a proxy's 502/503/504, a success reply that cannot be read, a cancel "
            "after sending), or MAS created the account and a later step failed; 7 created, "
            "but the credentials could not be written to standard "
            "output; 130 or 143 stopped by Ctrl+C or SIGTERM."));
    parser.addHelpOption();
    parser.addOptions({user, password, passwordFile, admin, noAdmin, userType, displayName, noLogin,
            existsOk, email, skipPasswordCheck, adoptHomeserverAccount});
    server.addTo(parser);
    transport.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("server_url"),
            QCoreApplication::translate("registrar::cli::RegisterCommand",
                    "URL of the server's admin API, e.g. http://127.0.0.1:8008 (default: from -c, "
                    "else http://localhost:8008); with MAS, the homeserver's client URL."),
            QStringLiteral("[server_url]"));
}

} // namespace registrar::cli
