// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchCommand.h"
#include "CheckCommand.h"
#include "CliFlags.h"
#include "CliOutput.h"
#include "ProcessHardening.h"
#include "ProfilesCommand.h"
#include "RegisterCommand.h"
#include "TokenCommand.h"
#include "Translations.h"

#include <QCoreApplication>

using namespace registrar::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
            "Usage: synapse-registrar-cli COMMAND [options]\n\n"
            "Commands:\n"
            "  register   create an account through Synapse's shared-secret registration or "
            "MAS's admin API\n"
            "  batch      create the accounts of a CSV file\n"
            "  check      check a server: reachable, version, admin API, registration enabled\n"
            "  whoami     show whose access token this is (proves a token works)\n"
            "  logout     end the session of an access token; the account stays\n"
            "  profiles   list, add or remove saved homeservers (secrets in the keychain)\n\n"
            "Run \u201csynapse-registrar-cli COMMAND --help\u201d for the options of a command.\n");
}

template <typename Command, typename... Options>
int run(QCoreApplication &app, QStringList arguments, Options... options)
{
    Command command(options...);
    QObject::connect(&command, &Command::finished, &app, &QCoreApplication::exit);
    arguments.removeAt(1); // the command's name
    const std::optional<int> early = command.start(arguments);
    return early ? *early : app.exec();
}

int runCommand(QCoreApplication &app)
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == registrar::core::CliFlags::registerCommand()) {
        return run<RegisterCommand>(app, arguments);
    }
    if (command == QLatin1String("batch")) {
        return run<BatchCommand>(app, arguments);
    }
    if (command == QLatin1String("check")) {
        return run<CheckCommand>(app, arguments);
    }
    if (command == QLatin1String("whoami")) {
        return run<TokenCommand>(app, arguments, TokenCommand::Action::Whoami);
    }
    if (command == QLatin1String("logout")) {
        return run<TokenCommand>(app, arguments, TokenCommand::Action::Logout);
    }
    if (command == QLatin1String("profiles")) {
        return run<ProfilesCommand>(app, arguments);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        CliOutput::result(usage());
        return 0;
    }
    if (command == QLatin1String("--version")) {
        CliOutput::result(QStringLiteral("synapse-registrar-cli " REGISTRAR_VERSION));
        return 0;
    }
    CliOutput::error(command.isEmpty()
                    ? QCoreApplication::translate("main", "No command given.")
                    : QCoreApplication::translate("main", "Unknown command \u201c%1\u201d.")
                              .arg(command));
    CliOutput::note(usage());
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a secret: no core dumps, not dumpable.
    registrar::core::ProcessHardening::apply();
    // Before anything opens a file, which could otherwise take a closed stdout's number.
    CliOutput::prepareStreams();
    QCoreApplication app(argc, argv);
    registrar::core::Translations::install(&app, QLocale::system());
    QCoreApplication::setApplicationName(registrar::core::CliFlags::program());
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRAR_VERSION));
    // Exit 0 only when every result printed reached stdout.
    return CliOutput::exitCode(runCommand(app));
}
