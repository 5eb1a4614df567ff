// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "ServerCheck.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli profiles list|add|remove`: the app's saved homeservers. Secrets (a
 * shared secret, or a MAS profile's client secret) go to the keychain only; `list` shows none.
 * Exit 0 on success, 1 on bad input, when the keychain cannot take the secret (the message names
 * why) or when the server names no MAS for a MAS profile without --mas-url; 4 or 5 when that
 * server cannot be asked.
 */
class ProfilesCommand : public QObject
{
    Q_OBJECT

public:
    explicit ProfilesCommand(QObject *parent = nullptr);
    ~ProfilesCommand() override;

    //! As RegisterCommand::start().
    std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    //! Where `profiles add` takes the profile's secret from; the terminal when neither is set.
    struct SecretSource
    {
        QString file; //!< --secret-file, or --mas-client-secret-file ("-": stdin)
        QStringList configFiles; //!< -c
    };

    std::optional<int> list(const QStringList &arguments);
    std::optional<int> add(const QStringList &arguments);
    std::optional<int> remove(const QStringList &arguments);

    //! Asks the server where its MAS is (a server check), then goes on with saveWithSecret().
    void findMasUrl(store::Profile profile, SecretSource source);
    //! Reads the secret and saves it, then the profile; an exit code when it ends at once.
    std::optional<int> saveWithSecret(store::Profile profile, const SecretSource &source);

    store::ProfileStore m_profiles;
    store::KeychainSecretStore m_secrets;
    QNetworkAccessManager m_manager;
    std::unique_ptr<net::HttpTransport> m_clientTransport;
    std::unique_ptr<net::HttpTransport> m_adminTransport;
    std::unique_ptr<net::ServerCheck> m_check;
};

} // namespace registrar::cli
