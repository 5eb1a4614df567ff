// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainSecretStore.h"
#include "Profile.h"
#include "ServerTarget.h"
#include "TransportOptions.h"

#include <functional>
#include <memory>

namespace registrar::cli {

/*!
 * Where a command sends its registrations and with which secret: exactly one of --profile,
 * -c/--config, --secret-file or -k/--shared-secret, and the server URL (given, from a profile,
 * from the configuration's first plain-HTTP client listener, or http://localhost:8008).
 * Shared by `register` and `batch` so both read these the same way.
 */
class ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    struct Target
    {
        flows::ServerTarget server; //!< a profile's, with the trust flags put over it
        core::SecretBytes secret; //!< empty for a profile, whose secret is in the keychain
        int timeoutMs = 30000;

        net::TransportSettings transportSettings() const
        {
            return server.adminTransportSettings(timeoutMs);
        }
    };

    ServerOptions();

    void addTo(QCommandLineParser &parser) const;

    /*!
     * Resolves everything but a profile's secret. \a urlArgument is the URL the command was
     * given, if any. Prints a note when a default URL is used. Nothing, with \a error set, when
     * the options do not fit together or a secret cannot be read.
     */
    std::optional<Target> resolve(const QCommandLineParser &parser,
            const TransportOptions &transport, const QString &urlArgument, QString *error) const;

    /*!
     * Hands \a target's secret to \a ready: at once for the secret sources, from the keychain
     * (later) for a profile; \a failed gets the reason when the keychain cannot give it.
     */
    void fetchSecret(const Target &target, QObject *context,
            std::function<void(const core::SecretBytes &)> ready,
            std::function<void(const QString &)> failed);

    //! Why the secret of the profile \a profileName cannot be used, for the error line.
    static QString secretProblem(const QString &profileName, const QString &reason);

private:
    QCommandLineOption m_sharedSecret;
    QCommandLineOption m_secretFile;
    QCommandLineOption m_config;
    QCommandLineOption m_profile;
    QCommandLineOption m_serverName;
    std::unique_ptr<store::KeychainSecretStore> m_keychain;
};

} // namespace registrar::cli
