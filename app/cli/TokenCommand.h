// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenSession.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli whoami` and `logout`: prove that an access token works, or end the
 * device it belongs to (the account stays). The token is read from a file or stdin, never from
 * the command line, where the process list would show it.
 */
class TokenCommand : public QObject
{
    Q_OBJECT

public:
    enum class Action { Whoami, Logout };

    explicit TokenCommand(Action action, QObject *parent = nullptr);
    ~TokenCommand() override;

    //! As RegisterCommand::start().
    std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void handleWhoami(const core::WhoamiResult &result);
    void handleFailure(const core::RegistrationError &error);

    Action m_action;
    QNetworkAccessManager m_manager;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::TokenSession> m_tokenSession;
    bool m_json = false;
};

} // namespace registrar::cli
