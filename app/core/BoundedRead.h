// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace registrar::core {

/*!
 * Reads a file that must be small (a secret, a password, a token, homeserver.yaml) without
 * trusting the size it claims: /dev/zero, an endless pipe or a huge file ends in an error at the
 * bound instead of an allocation of everything it yields. Pipes and stdin read like files.
 */
class BoundedRead
{
    Q_DECLARE_TR_FUNCTIONS(BoundedRead)

public:
    //! A secret, a password or a token: far more than any of them needs.
    static constexpr qint64 kSecretBytes = 64 * 1024;
    //! homeserver.yaml: Synapse's sample configuration with every comment is about 100 KiB.
    static constexpr qint64 kConfigurationBytes = 4 * 1024 * 1024;

    /*!
     * Everything \a device yields until its end, when that is at most \a maxBytes; otherwise
     * nothing, with \a error saying why (the caller names the file). The buffer of a refused
     * read is zeroed, since it may hold a secret.
     */
    static std::optional<QByteArray> readAll(QIODevice *device, qint64 maxBytes, QString *error);
};

} // namespace registrar::core
