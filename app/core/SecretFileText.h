// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QCoreApplication>

#include <optional>

namespace registrar::core {

/*!
 * The one rule for the text of a password file or a shared-secret file, wherever one is read
 * (--password-file, --secret-file, registration_shared_secret_path, the local homeserver's
 * --secret-file): one line of UTF-8. A password file loses one line end at its end, LF or CRLF,
 * and nothing else, since a password may begin or end with a space; a secret file loses the
 * whitespace around it, as Synapse strips registration_shared_secret_path. A CR or LF left inside
 * refuses the file: a password or secret never holds one, while a file saved with other line ends
 * or a second line does, and the value must never silently be another than the one meant.
 */
class SecretFileText
{
    Q_DECLARE_TR_FUNCTIONS(SecretFileText)

public:
    enum class Kind { Password, Secret };

    /*!
     * The value in \a contents, a file read whole from \a path (named in messages), which is
     * zeroed and emptied; nothing, with \a error set, when the rule refuses it or a secret is
     * empty.
     */
    static std::optional<SecretBytes> take(
            QByteArray &contents, Kind kind, const QString &path, QString *error);
};

} // namespace registrar::core
