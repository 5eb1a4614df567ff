// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchFileCheck.h"
#include "BatchTableModel.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class BatchWindow;
}

namespace registrar::flows {
class BatchRun;
}

namespace registrar::net {
class HttpTransport;
}

namespace registrar::store {
class AccountHistory;
class BatchResults;
class ProfileStore;
class SecretVault;
} // namespace registrar::store

namespace registrar::widgets {

/*!
 * Batch registration: pick a profile, a CSV file and a results file; "Check file" shows every
 * row with its problem; "Create accounts" says how many accounts and admins it will create and
 * asks; then the rows update live while a BatchRun runs, each finished row written to the
 * results file at once. Stop lets running rows finish; Retry failed runs the failed rows again.
 * The accounts a run creates are also added to the history, when one is given.
 */
class BatchWindow : public QDialog
{
    Q_OBJECT

public:
    BatchWindow(store::ProfileStore *profiles, store::SecretVault *secrets,
            QNetworkAccessManager *manager, const QString &profileId, QWidget *parent = nullptr);
    ~BatchWindow() override;

    bool isRunning() const { return m_run != nullptr; }

    //! Opens a folder for "Open results folder"; QDesktopServices::openUrl unless replaced.
    using FolderOpener = std::function<bool(const QUrl &folder)>;

    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }

    //! The history (not owned) the accounts of every run are added to; none by default.
    void setHistory(store::AccountHistory *history) { m_history = history; }

signals:
    //! A run added accounts to the history.
    void historyChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void checkFile();
    void createAccounts(bool retryFailed);
    void handleRowEnded(
            const core::BatchRow &row, core::BatchRowStatus status, const QString &error);
    void handleFinished();
    void updateProgress();
    void showSummary(const QString &text, bool problem);
    void setRunning(bool running);

    std::unique_ptr<Ui::BatchWindow> m_ui;
    store::ProfileStore *m_profiles;
    store::SecretVault *m_secrets;
    QNetworkAccessManager *m_manager;
    BatchTableModel m_model;
    std::unique_ptr<core::BatchSource> m_source; //!< the file checked, read again by a run
    std::unique_ptr<store::BatchResults> m_results;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::HttpTransport> m_clientTransport; //!< with MAS: the homeserver's
    std::unique_ptr<flows::BatchRun> m_run;
    core::BatchFileCheck::Counts m_checked;
    qint64 m_failedLastRun = 0;
    //! The valid rows checked, by username, and whether each makes an admin.
    QList<std::pair<QString, bool>> m_validRows;
    FolderOpener m_openFolder;
    QUrl m_resultsFolder; //!< of the last run's results file
    store::AccountHistory *m_history = nullptr;
};

} // namespace registrar::widgets
