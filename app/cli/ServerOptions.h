// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainSecretStore.h"
#include "Profile.h"
#include "ServerTarget.h"
#include "TransportOptions.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace registrar::core {
class ServerCheckResult;
} // namespace registrar::core

namespace registrar::net {
class ServerCheck;
} // namespace registrar::net

namespace registrar::cli {

/*!
 * Where a command sends its registrations and with which secret: exactly one of --profile,
 * -c/--config, --secret-file or -k/--shared-secret, and the server URL (given, from a profile,
 * from the configuration's first plain-HTTP client listener, or http://localhost:8008). For a
 * homeserver whose accounts MAS creates, --mas-client-id with --mas-url, --mas-client-auth and
 * --mas-client-secret-file (or the prompt) in place of the shared secret, or a MAS profile; the
 * URL is then the homeserver's client URL. Shared by `register` and `batch` so both read these
 * the same way.
 */
class ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    struct Target
    {
        flows::ServerTarget server; //!< a profile's, with the trust flags put over it
        //! The shared secret, or MAS's client secret for a MAS target; empty for a profile,
        //! whose secret is in the keychain.
        core::SecretBytes secret;
        int timeoutMs = 30000;

        net::TransportSettings transportSettings() const
        {
            return server.adminTransportSettings(timeoutMs);
        }
    };

    ServerOptions();
    ~ServerOptions();

    void addTo(QCommandLineParser &parser) const;

    /*!
     * Resolves everything but a profile's secret and a MAS URL that only the homeserver knows.
     * \a urlArgument is the URL the command was given, if any. Prints a note when a default URL
     * is used. Asks for MAS's client secret on a terminal when no file gives it. Nothing, with
     * \a error set, when the options do not fit together or a secret cannot be read.
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

    /*!
     * Hands \a target to \a ready with its MAS URL: at once when it is known or the target is
     * not MAS's, otherwise after a server check of the homeserver found where MAS is (MAS's
     * metadata in auth_metadata). \a failed gets the message and the exit code when it cannot.
     * Nothing runs for a \a context that was deleted meanwhile.
     */
    void findMasUrl(Target target, QObject *context, std::function<void(const Target &)> ready,
            std::function<void(const QString &message, int exitCode)> failed);

    //! Stops findMasUrl()'s check; neither of its callbacks runs.
    void cancelFindMasUrl();

    //! Whether findMasUrl() is asking the homeserver.
    bool isFindingMasUrl() const { return m_check != nullptr; }

    //! Why the secret of the profile \a profileName (MAS's client secret for \a mas) cannot be
    //! used, for the error line.
    static QString secretProblem(
            const QString &profileName, const QString &reason, bool mas = false);

    //! --mas-client-secret-file: the whole file, or stdin for "-", by the rule of
    //! core::SecretFileText; nothing, with \a error set, when it cannot be used.
    static std::optional<core::SecretBytes> readMasClientSecretFile(
            const QString &path, QString *error);

private:
    QCommandLineOption m_sharedSecret;
    QCommandLineOption m_secretFile;
    QCommandLineOption m_config;
    QCommandLineOption m_profile;
    QCommandLineOption m_serverName;
    QCommandLineOption m_masUrl;
    QCommandLineOption m_masClientId;
    QCommandLineOption m_masClientSecretFile;
    QCommandLineOption m_masClientAuth;
    std::unique_ptr<store::KeychainSecretStore> m_keychain;
    // findMasUrl()'s check.
    std::unique_ptr<QNetworkAccessManager> m_checkManager;
    std::unique_ptr<net::HttpTransport> m_checkTransport;
    std::unique_ptr<net::ServerCheck> m_check;
    std::unique_ptr<Target> m_checkedTarget; //!< the target whose MAS URL the check looks for

    //! The --mas-… options into \a target; false with \a error set when one is unusable.
    bool resolveMas(const QCommandLineParser &parser, Target *target, QString *error) const;
    //! Where MAS is by \a result, the check of the homeserver at \a clientUrl, or why not.
    static QUrl masUrlOf(const core::ServerCheckResult &result, const QUrl &clientUrl,
            QString *message, int *exitCode);
};

} // namespace registrar::cli
