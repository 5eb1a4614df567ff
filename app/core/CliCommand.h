// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationRequest.h"

#include <QUrl>

namespace registrar::core {

/*!
 * The synapse-registrar-cli line that repeats a registration, for admins who script the next
 * one. The shared secret and the password are left out: the CLI then asks for the password, and
 * the admin adds -c, --secret-file or -k.
 */
class CliCommand
{
public:
    static QString forRegistration(const RegistrationRequest &request, const QUrl &serverUrl,
            bool allowInsecureHttp = false);

    //! \a word quoted for a POSIX shell when it needs quoting.
    static QString shellQuote(const QString &word);
};

} // namespace registrar::core
