// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchResults.h"
#include "BatchRun.h"
#include "BatchSource.h"
#include "Interruption.h"
#include "ServerOptions.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli batch FILE.csv` (or `-`, stdin): checks every row first, then creates the
 * valid accounts with a few requests in flight, writing each finished row to the results file at
 * once (created, failed with the reason, or invalid). Running it again with the same results file
 * resumes: rows already recorded are skipped. Exit 0 only when every row is created. On a MAS
 * target (a MAS profile, or --mas-client-id) the accounts are made through MAS's admin API.
 */
class BatchCommand : public QObject
{
    Q_OBJECT

public:
    explicit BatchCommand(QObject *parent = nullptr);
    ~BatchCommand() override;

    //! As RegisterCommand::start().
    std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    //! Once MAS's URL is known (or not needed): the run, started when the secret is read.
    void startRun(const ServerOptions::Target &target);
    void handleInterruption();
    void showProgress(bool last);
    void finish();

    ServerOptions m_server;
    flows::BatchRun::Settings m_settings; //!< all but the MAS client's until startRun()
    QNetworkAccessManager m_manager;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::HttpTransport> m_clientTransport; //!< with MAS: the homeserver's
    std::unique_ptr<store::BatchResults> m_results;
    std::unique_ptr<flows::BatchRun> m_run;
    std::unique_ptr<core::BatchSource> m_source;
    Interruption m_interruption;
    bool m_progress = false;
    qint64 m_total = 0;
};

} // namespace registrar::cli
