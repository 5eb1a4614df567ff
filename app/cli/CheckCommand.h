// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerCheck.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli check URL`: is the server reachable, which Synapse, is the admin API
 * exposed, is shared-secret registration enabled, is auth delegated to MAS. Uses no nonce and
 * no secret. Exit 0 when registration can work, else the problem's category.
 */
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    explicit CheckCommand(QObject *parent = nullptr);
    ~CheckCommand() override;

    //! As RegisterCommand::start().
    std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void handleResult(const core::ServerCheckResult &result);

    QNetworkAccessManager m_manager;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::ServerCheck> m_check;
    bool m_json = false;
};

} // namespace registrar::cli
