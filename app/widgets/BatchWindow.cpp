// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchWindow.h"

#include "ui_BatchWindow.h"

#include "BatchFileCheck.h"
#include "BatchResults.h"
#include "BatchRun.h"
#include "HttpTransport.h"
#include "ProblemMarking.h"
#include "ProfileStore.h"
#include "SecretVault.h"
#include "ServerTarget.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

namespace registrar::widgets {

using core::BatchRow;

namespace {

/*!
 * Lists the profiles with \a selectId selected (the first when empty). A profile that went away
 * is not silently swapped for another server: nothing is selected then, and false returned.
 */
bool fillProfileCombo(
        QComboBox *combo, const store::ProfileStore &profiles, const QString &selectId)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const store::Profile &profile : profiles.profiles()) {
        combo->addItem(profile.name, profile.id);
    }
    const int found = combo->findData(selectId);
    combo->setCurrentIndex(selectId.isEmpty() ? 0 : found);
    return selectId.isEmpty() || found >= 0;
}

} // namespace

BatchWindow::BatchWindow(store::ProfileStore *profiles, store::SecretVault *secrets,
        QNetworkAccessManager *manager, const QString &profileId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BatchWindow>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_manager(manager)
    , m_openFolder([](const QUrl &folder) { return QDesktopServices::openUrl(folder); })
{
    m_ui->setupUi(this);
    fillProfileCombo(
            m_ui->profileCombo, *m_profiles, m_profiles->find(profileId) ? profileId : QString());
    connect(m_profiles, &store::ProfileStore::profilesChanged, this, [this] {
        if (!fillProfileCombo(m_ui->profileCombo, *m_profiles,
                    m_ui->profileCombo->currentData().toString())) {
            m_ui->createButton->setEnabled(false); // as when another profile is picked
        }
    });
    m_ui->rowsView->setModel(&m_model);
    m_ui->rowsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->rowsView->verticalHeader()->hide();
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->retryButton->hide();
    m_ui->createButton->setEnabled(false);
    m_ui->openFolderButton->hide();

    connect(m_ui->closeButton, &QPushButton::clicked, this, &BatchWindow::close);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, [this] {
        if (!m_openFolder(m_resultsFolder)) {
            showSummary(
                    tr("Could not open the folder %1.").arg(m_resultsFolder.toLocalFile()), true);
        }
    });
    connect(m_ui->browseFileButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Accounts to create"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty()) {
            m_ui->fileEdit->setText(path);
            checkFile();
        }
    });
    connect(m_ui->browseResultsButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                tr("Results file (holds credentials)"), QStringLiteral("results.csv"),
                tr("CSV (*.csv);;JSON (*.json)"), nullptr,
                QFileDialog::DontConfirmOverwrite); // an existing file is resumed, not replaced
        if (!path.isEmpty()) {
            m_ui->resultsEdit->setText(path);
        }
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &BatchWindow::checkFile);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->createButton->setEnabled(false); });
    connect(m_ui->fileEdit, &QLineEdit::textEdited, this,
            [this] { m_ui->createButton->setEnabled(false); });
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] { createAccounts(false); });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { createAccounts(true); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_run->cancel();
            m_ui->cancelButton->setEnabled(false);
            m_ui->progressLabel->setText(
                    tr("Stopping: the running rows finish and are recorded\u2026"));
        }
    });
}

BatchWindow::~BatchWindow() = default;

void BatchWindow::closeEvent(QCloseEvent *event)
{
    if (m_run) {
        // Closing mid-run would drop requests in flight: stop first, close when recorded.
        m_run->cancel();
        m_ui->cancelButton->setEnabled(false);
        m_ui->progressLabel->setText(tr("Stopping: the running rows finish and are recorded; then "
                                        "the window can close."));
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void BatchWindow::showSummary(const QString &text, bool problem)
{
    ProblemMarking::show(m_ui->summaryLabel, text, problem);
}

void BatchWindow::checkFile()
{
    m_model.clear();
    m_validRows.clear();
    m_ui->createButton->setEnabled(false);
    const std::optional<store::Profile> profile =
            m_profiles->find(m_ui->profileCombo->currentData().toString());
    if (!profile) {
        showSummary(tr("Add a profile first (Manage\u2026 in the main window)."), true);
        return;
    }
    m_source = std::make_unique<core::BatchSource>(m_ui->fileEdit->text());
    QString error;
    if (!core::BatchFileCheck::check(
                m_source.get(), profile->serverName, profile->defaultPasswordLength,
                [this](const BatchRow &row) {
                    m_model.append(row);
                    if (row.isValid()) {
                        m_validRows.append({row.username, row.request.admin});
                    }
                },
                &m_checked, &error)) {
        showSummary(error, true);
        return;
    }
    m_ui->rowsView->resizeColumnsToContents();
    // Sized once for every status the column will show, not on each update: a table of
    // thousands of rows would otherwise be measured again for every finished row.
    const QFontMetrics metrics(m_ui->rowsView->font());
    int statusWidth = m_ui->rowsView->columnWidth(BatchTableModel::Status);
    for (const core::BatchRowStatus status : core::kBatchRowStatuses) {
        statusWidth = qMax(
                statusWidth, metrics.horizontalAdvance(BatchTableModel::statusText(status)) + 16);
    }
    m_ui->rowsView->setColumnWidth(BatchTableModel::Status, statusWidth);
    showSummary(tr("%n row(s): %1 valid, %2 of them admins; %3 invalid (they are recorded as such "
                   "and not sent).",
                        nullptr, int(m_checked.rows))
                        .arg(m_checked.valid)
                        .arg(m_checked.admins)
                        .arg(m_checked.invalid()),
            false);
    m_ui->createButton->setText(tr("&Create %n account(s)", nullptr, int(m_checked.valid)));
    m_ui->createButton->setEnabled(m_checked.valid > 0);
}

void BatchWindow::createAccounts(bool retryFailed)
{
    const std::optional<store::Profile> profile =
            m_profiles->find(m_ui->profileCombo->currentData().toString());
    const QString resultsPath = m_ui->resultsEdit->text().trimmed();
    if (!profile) {
        return;
    }
    if (!store::BatchResults::hasKnownFormat(resultsPath)) {
        showSummary(tr("Choose a results file ending in .csv or .json."), true);
        m_ui->resultsEdit->setFocus();
        return;
    }
    if (!retryFailed) {
        // Counted as the run will go: what the results file records as created is skipped, and
        // so is what it records as failed or invalid (Retry failed sends those).
        QString error;
        const std::optional<QHash<QString, store::BatchResults::Record>> earlier =
                store::BatchResults::readRecords(resultsPath, &error);
        if (!earlier) {
            showSummary(error, true);
            return;
        }
        qint64 alreadyCreated = 0;
        qint64 recordedFailed = 0;
        qint64 toCreate = 0;
        qint64 admins = 0;
        for (const auto &[username, admin] : std::as_const(m_validRows)) {
            const auto record = earlier->constFind(username);
            if (record == earlier->constEnd() || record->status == core::BatchRowStatus::Unknown) {
                ++toCreate;
                admins += admin ? 1 : 0;
            } else if (record->status == core::BatchRowStatus::Created) {
                ++alreadyCreated;
            } else {
                ++recordedFailed;
            }
        }
        QString question = tr("Create %n account(s) on \u201c%1\u201d?", nullptr, int(toCreate))
                                   .arg(profile->name);
        if (alreadyCreated + recordedFailed > 0) {
            question += QLatin1Char(' ')
                    + tr("The results file resumes an earlier run: %1 already created, %2 to "
                         "create, %n admin(s).",
                            nullptr, int(admins))
                              .arg(alreadyCreated)
                              .arg(toCreate);
            if (recordedFailed > 0) {
                question += QLatin1Char(' ')
                        + tr("%n row(s) it records as failed or invalid are not sent again "
                             "(Retry failed sends them).",
                                nullptr, int(recordedFailed));
            }
        }
        if (admins > 0) {
            question += QLatin1Char(' ')
                    + tr("%n of them will be server admins, who can read and change everything on "
                         "the server.",
                            nullptr, int(admins));
        }
        if (QMessageBox::question(this, tr("Create the accounts?"), question) != QMessageBox::Yes) {
            return;
        }
    }
    m_results = std::make_unique<store::BatchResults>(resultsPath);
    QString error;
    if (!m_results->open(&error)) {
        showSummary(error, true);
        return;
    }
    if (!m_results->repairNote().isEmpty()) {
        showSummary(m_results->repairNote(), true);
    }
    // The file the check read, from its start: a pipe cannot be opened and read a second time.
    if (!m_source->rewind(&error)) {
        showSummary(error, true);
        return;
    }
    const flows::ServerTarget server = flows::ServerTarget::fromProfile(*profile);
    // With MAS the accounts are made by MAS's admin API, and the homeserver is asked who they are.
    m_transport = std::make_unique<net::HttpTransport>(m_manager,
            server.isMas() ? server.transportSettingsFor(server.mas.masUrl)
                           : server.adminTransportSettings());
    m_clientTransport = std::make_unique<net::HttpTransport>(
            m_manager, server.transportSettingsFor(server.clientUrl));
    flows::BatchRun::Settings settings;
    settings.adminUrl = server.adminUrl;
    settings.serverName = server.serverName;
    settings.mas = server.mas;
    settings.clientUrl = server.clientUrl;
    settings.passwordLength = profile->defaultPasswordLength;
    settings.concurrency = m_ui->concurrencySpin->value();
    settings.withTokens = m_ui->withTokensCheck->isChecked();
    settings.retryFailed = retryFailed;
    m_run = std::make_unique<flows::BatchRun>(
            m_transport.get(), settings, m_source->device(), m_results.get());
    m_run->setClientTransport(m_clientTransport.get());
    m_run->setHistory(m_history);
    connect(m_run.get(), &flows::BatchRun::historyRecorded, this, &BatchWindow::historyChanged);
    connect(m_run.get(), &flows::BatchRun::rowEnded, this, &BatchWindow::handleRowEnded);
    connect(m_run.get(), &flows::BatchRun::problem, this,
            [this](const QString &problem) { showSummary(problem, true); });
    connect(m_run.get(), &flows::BatchRun::finished, this, &BatchWindow::handleFinished);
    setRunning(true);
    m_secrets->read(profile->id, this, [this](const store::SecretStore::Result &result) {
        if (!result.ok()) {
            showSummary(result.message(), true);
            m_run.reset();
            m_results.reset();
            setRunning(false);
            return;
        }
        m_run->start(result.secret);
    });
}

void BatchWindow::setRunning(bool running)
{
    for (QWidget *input : {static_cast<QWidget *>(m_ui->profileCombo),
                 static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->resultsEdit),
                 static_cast<QWidget *>(m_ui->browseFileButton),
                 static_cast<QWidget *>(m_ui->browseResultsButton),
                 static_cast<QWidget *>(m_ui->checkButton),
                 static_cast<QWidget *>(m_ui->createButton),
                 static_cast<QWidget *>(m_ui->concurrencySpin),
                 static_cast<QWidget *>(m_ui->withTokensCheck)}) {
        input->setEnabled(!running);
    }
    m_ui->cancelButton->setVisible(running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->progressBar->setVisible(true);
    m_ui->progressBar->setMaximum(int(qMax<qint64>(1, m_checked.valid)));
    if (running) {
        m_ui->retryButton->hide();
        m_ui->progressBar->setValue(0);
    }
}

void BatchWindow::handleRowEnded(
        const BatchRow &row, core::BatchRowStatus status, const QString &error)
{
    m_model.setOutcome(row.line, status, error);
    updateProgress();
}

void BatchWindow::updateProgress()
{
    const flows::BatchRun::Counts &counts = m_run->counts();
    const qint64 done = counts.created + counts.failed + counts.mayExist;
    m_ui->progressBar->setValue(int(qMin<qint64>(m_checked.valid, done + counts.createdEarlier)));
    QString text = tr("created %1, failed %2, invalid %3")
                           .arg(counts.created)
                           .arg(counts.failed)
                           .arg(counts.invalid);
    if (counts.mayExist > 0) {
        text += tr(", %1 unknown").arg(counts.mayExist);
    }
    if (counts.createdEarlier > 0) {
        text += tr(", %1 created earlier").arg(counts.createdEarlier);
    }
    const qint64 left = m_checked.valid - done - counts.createdEarlier;
    if (done > 0 && left > 0) {
        text += tr(", about %1 s left").arg((m_run->elapsedMs() * left / done + 999) / 1000);
    }
    m_ui->progressLabel->setText(text);
}

void BatchWindow::handleFinished()
{
    updateProgress();
    const flows::BatchRun::Counts counts = m_run->counts();
    const bool cancelled = m_run->isCancelled();
    const bool writeFailed = m_run->stoppedByProblem();
    // The results file has every account; the history only lists them: its trouble is a note.
    const QString historyProblem =
            m_run->historyError().isEmpty() ? QString() : u' ' + m_run->historyError();
    // What opening the results file repaired stays said with the outcome.
    const QString repaired =
            m_results->repairNote().isEmpty() ? QString() : m_results->repairNote() + u' ';
    m_run.release()->deleteLater();
    m_results.reset();
    setRunning(false);
    // After a full run every row has its outcome; only a stopped run has rows left to create.
    m_ui->createButton->setEnabled(cancelled);
    m_failedLastRun = counts.failed;
    m_resultsFolder =
            QUrl::fromLocalFile(QFileInfo(m_ui->resultsEdit->text().trimmed()).absolutePath());
    m_ui->openFolderButton->show();
    m_ui->retryButton->setVisible(counts.failed > 0 || counts.mayExist > 0);
    if (writeFailed) {
        return; // the run's problem, still shown, says what happened and what to do
    }
    QString mayExist;
    if (counts.mayExist > 0) {
        mayExist = QLatin1Char(' ')
                + tr("%n account(s) may have been created: the request was sent and no definite "
                     "answer came back. Each is \u201cunknown\u201d in the table and in the "
                     "results file, with its password; keep the file, and press Retry failed to "
                     "settle them (a free name is registered, a taken one is checked by signing in "
                     "with the recorded password).",
                        nullptr, int(counts.mayExist));
    }
    const QString outcome = cancelled
            ? tr("Stopped. Created %1, failed %2; the results file records every finished "
                 "row, and creating again resumes.")
                      .arg(counts.created)
                      .arg(counts.failed)
            : tr("Done. Created %1 (and %2 earlier), failed %3, invalid %4. The results "
                 "are in %5.")
                      .arg(counts.created)
                      .arg(counts.createdEarlier)
                      .arg(counts.failed)
                      .arg(counts.invalid)
                      .arg(m_ui->resultsEdit->text());
    showSummary(repaired + outcome + mayExist + historyProblem,
            !repaired.isEmpty() || counts.mayExist > 0 || !historyProblem.isEmpty());
}

} // namespace registrar::widgets
