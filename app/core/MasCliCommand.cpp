// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasCliCommand.h"

#include "CliCommand.h"

#include <QStringList>

namespace registrar::core {

QString MasCliCommand::forRegistration(const RegistrationRequest &request)
{
    // mas-cli's own options (crates/cli/src/commands/manage.rs of MAS); without --yes it asks
    // for what is missing, the password included, so none goes to the clipboard.
    QStringList words{QStringLiteral("mas-cli"), QStringLiteral("manage"),
            QStringLiteral("register-user"), request.localpart()};
    if (!request.displayName.isEmpty()) {
        words << QStringLiteral("--display-name") << request.displayName;
    }
    words << (request.admin ? QStringLiteral("--admin") : QStringLiteral("--no-admin"));
    for (QString &word : words) {
        word = CliCommand::shellQuote(word);
    }
    return words.join(QLatin1Char(' '));
}

} // namespace registrar::core
