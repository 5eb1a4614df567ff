// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchResults.h"
#include "BatchRunner.h"
#include "ServerOptions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli batch FILE.csv`: checks every row first, then creates the valid
 * accounts with a few requests in flight, writing each finished row to the results file at once
 * (created, failed with the reason, or invalid). Running it again with the same results file
 * resumes: rows already recorded are skipped. Exit 0 only when every row is created.
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
    std::optional<core::BatchRow> nextRowToRun();
    void record(const core::BatchRow &row, const core::RegistrationResult &result,
            const core::RegistrationError &error);
    void showProgress(bool last);
    void finish();

    ServerOptions m_server;
    QNetworkAccessManager m_manager;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::BatchRunner> m_runner;
    std::unique_ptr<core::BatchResults> m_results;
    QFile m_file;
    std::unique_ptr<core::BatchInput> m_input;
    QSet<QString> m_resumedPending;
    bool m_retryFailed = false;
    bool m_withTokens = false;
    bool m_progress = false;
    qint64 m_total = 0;
    qint64 m_created = 0;
    qint64 m_createdEarlier = 0;
    qint64 m_failed = 0;
    qint64 m_invalid = 0;
    qint64 m_toRun = 0;
    int m_worstExitCode = 0;
    QElapsedTimer m_clock;
    QTimer m_interruptPoll;
};

} // namespace registrar::cli
