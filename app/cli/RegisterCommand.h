// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Interruption.h"
#include "RegistrationFlow.h"
#include "SecretVault.h"
#include "ServerOptions.h"
#include "TransportOptions.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli register`: what Synapse's register_new_matrix_user accepts, plus a
 * display name, no-login accounts, secret files, config directories, timeouts, and the new
 * account's credentials as output. Exit codes are RegistrationError::Category's numbers.
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
    void handleSuccess(const flows::RegistrationFlow::Created &account);
    void handleFailure(const core::RegistrationError &error);

    QNetworkAccessManager m_manager;
    store::KeychainSecretStore m_keychain;
    store::SecretVault m_secrets{&m_keychain};
    flows::RegistrationFlow m_flow{&m_manager, &m_secrets};
    ServerOptions m_server;
    Interruption m_interruption;
    QString m_profileName;
    bool m_json = false;
    bool m_existsOk = false;
    bool m_noLogin = false;
    QString m_localpart;
};

} // namespace registrar::cli
