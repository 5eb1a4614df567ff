// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationRequest.h"

#include <QStringList>
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
    //! The same for a saved profile, which gives the URL and the secret itself.
    static QString forProfile(const RegistrationRequest &request, const QString &profileName);

    //! \a word quoted for a POSIX shell when it needs quoting.
    static QString shellQuote(const QString &word);

private:
    static QStringList accountWords(const RegistrationRequest &request);
    static QString join(QStringList words);
};

} // namespace registrar::core
