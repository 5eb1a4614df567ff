// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerOptions.h"
#include "TransportOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace registrar::cli {

/*!
 * The command line of `synapse-registrar-cli register`: its own options, with the server and
 * transport options and the server URL. Apart from RegisterCommand so that a test can parse with
 * it the command lines the app writes (core::CliCommand).
 */
class RegisterOptions
{
public:
    RegisterOptions();

    //! Sets \a parser up with the description, the help, these options, \a server's,
    //! \a transport's and the server URL.
    void addTo(QCommandLineParser &parser, const ServerOptions &server,
            const TransportOptions &transport) const;

    const QCommandLineOption user;
    const QCommandLineOption password;
    const QCommandLineOption passwordFile;
    const QCommandLineOption admin;
    const QCommandLineOption noAdmin;
    const QCommandLineOption userType;
    const QCommandLineOption displayName;
    const QCommandLineOption noLogin;
    const QCommandLineOption existsOk;
    // Through MAS only.
    const QCommandLineOption email;
    const QCommandLineOption skipPasswordCheck;
    const QCommandLineOption adoptHomeserverAccount;
};

} // namespace registrar::cli
