// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Interruption.h"
#include "MasProgressStore.h"
#include "RegistrationFlow.h"
#include "SecretVault.h"
#include "ServerOptions.h"
#include "TransportOptions.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace registrar::cli {

class RegisterOptions;

/*!
 * `synapse-registrar-cli register`: what Synapse's register_new_matrix_user accepts, plus a
 * display name, no-login accounts, secret files, config directories, timeouts, and the new
 * account's credentials as output. On a homeserver whose accounts MAS creates, the same through
 * MAS's admin API, with emails and MAS's password check; what an unfinished account got is kept
 * (store::MasProgressStore) so that the same command again finishes it. Exit codes are
 * RegistrationError::Category's numbers.
 */
class RegisterCommand : public QObject
{
    Q_OBJECT

public:
    explicit RegisterCommand(QObject *parent = nullptr);
    ~RegisterCommand() override;

    /*!
     * Reads \a arguments (the program name first). Returns an exit code when the command ended
     * without going to the network (help, bad input); otherwise the registration has started
     * and finished() will carry the exit code.
     */
    std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    //! The flags that only MAS or only shared-secret registration takes; false once refused.
    bool fitsTheBackend(const QCommandLineParser &parser, const RegisterOptions &options, bool mas,
            core::RegistrationRequest *request, QString *error) const;
    void startFlow(const ServerOptions::Target &target);
    void handleInterruption();
    void handleSuccess(const flows::RegistrationFlow::Created &account);
    void handleFailure(const core::RegistrationError &error);

    QNetworkAccessManager m_manager;
    store::KeychainSecretStore m_keychain;
    store::SecretVault m_secrets{&m_keychain};
    flows::RegistrationFlow m_flow{&m_manager, &m_secrets};
    std::unique_ptr<store::MasProgressStore> m_masProgress;
    ServerOptions m_server;
    Interruption m_interruption;
    core::RegistrationRequest m_request; //!< until the flow has it
    QString m_profileName;
    bool m_mas = false;
    bool m_json = false;
    bool m_existsOk = false;
    bool m_noLogin = false;
    QString m_localpart;
};

} // namespace registrar::cli
