// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchRun.h"

namespace registrar::flows {

using core::BatchRow;
using core::BatchRowStatus;
using core::MasProgress;
using core::RegistrationError;
using store::BatchResults;

BatchRun::BatchRun(net::HttpTransport *transport, const Settings &settings, QIODevice *csv,
        BatchResults *results, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_settings(settings)
    , m_input(csv, settings.serverName, settings.passwordLength, true)
    , m_results(results)
{
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(kHistoryIntervalMs);
    connect(&m_historyTimer, &QTimer::timeout, this, &BatchRun::flushHistory);
}

BatchRun::~BatchRun()
{
    if (m_history && !m_historyPending.isEmpty()) {
        QString error;
        m_history->appendAll(m_historyPending, &error); // nobody is left to be told
    }
}

void BatchRun::start(const core::SecretBytes &secret)
{
    m_input.readHeader(); // checked before the run was made
    m_runner = std::make_unique<BatchRunner>(m_transport, m_settings.adminUrl, secret,
            m_settings.serverName, m_settings.concurrency, m_settings.withTokens);
    if (m_settings.mas.isSet()) {
        m_runner->setMas({m_settings.mas, m_settings.clientUrl, m_clientTransport,
                m_settings.skipPasswordCheck, m_settings.masClockMs});
        connect(m_runner.get(), &BatchRunner::rowProgressed, this, &BatchRun::journalMasProgress);
    }
    connect(m_runner.get(), &BatchRunner::rowFinished, this, &BatchRun::record);
    connect(m_runner.get(), &BatchRunner::finished, this, &BatchRun::finish);
    m_clock.start();
    m_runner->start([this] { return nextRowToRun(); });
    if (m_cancelRequested) {
        m_runner->cancel(); // stopped before it started: no row is sent
    }
}

void BatchRun::cancel()
{
    m_cancelRequested = true; // also before start(): the keychain may still be reading the secret
    if (m_runner) {
        m_runner->cancel();
    }
}

void BatchRun::stopOnWriteFailure(const QString &error)
{
    m_writeFailed = true;
    m_stoppedByProblem = true;
    cancel();
    emit problem(tr("%1. The run stopped; the journal %2 keeps the generated passwords of the rows "
                    "the results file does not record: make room, then run the batch again with "
                    "the same results file to record them.")
                         .arg(error, m_results->journalPath()));
}

void BatchRun::write(const BatchRow &row, const BatchResults::Record &record)
{
    // After a failed write nothing more is written: a later, shorter record could fit and leave
    // the file with a gap the reader cannot see; the journal keeps those rows' passwords.
    BatchResults::Record withLine = record;
    withLine.line = row.line; // rows in flight end in any order: the line tells which row it was
    QString error;
    if (!m_writeFailed && !m_results->append(withLine, &error)) {
        stopOnWriteFailure(error);
    }
    emit rowEnded(row, record.status, record.error);
}

std::optional<BatchRow> BatchRun::nextRowToRun()
{
    while (!m_writeFailed) {
        std::optional<BatchRow> row = m_input.next();
        if (!row) {
            if (!m_input.error().isEmpty()) {
                // The file changed after it was checked: the rest of it is not what was checked.
                m_stoppedByProblem = true;
                cancel();
                emit problem(tr("%1 The run stopped there; the rows before it are recorded. "
                                "Check the file again.")
                                     .arg(m_input.error()));
            }
            break;
        }
        const auto earlier = m_results->earlier().constFind(row->username);
        const bool recorded = earlier != m_results->earlier().constEnd();
        if (recorded && earlier->status == BatchRowStatus::Created) {
            ++m_counts.createdEarlier;
            emit rowEnded(*row, earlier->status, {});
            continue;
        }
        // A row whose outcome is unknown is settled by every run; so, with --retry-failed, is a
        // failed one that kept its password (written so by versions before "unknown").
        const bool settle = recorded
                && (earlier->status == BatchRowStatus::Unknown
                        || (m_settings.retryFailed && earlier->status == BatchRowStatus::Failed
                                && !earlier->password.isEmpty()));
        if (recorded && !settle && !m_settings.retryFailed) {
            ++(earlier->status == BatchRowStatus::Invalid ? m_counts.invalid : m_counts.failed);
            m_counts.worstExitCode = qMax(m_counts.worstExitCode, 1);
            emit rowEnded(*row, earlier->status, earlier->error);
            continue;
        }
        if (!m_settings.mas.isSet() && !row->request.emails.isEmpty()) {
            row->problems.append(tr("Email addresses are added only to accounts made through "
                                    "MAS; this server's accounts are made with its shared "
                                    "secret. Leave the email column empty, or use a MAS "
                                    "profile."));
        }
        if (!row->isValid()) {
            ++m_counts.invalid;
            m_counts.worstExitCode =
                    qMax(m_counts.worstExitCode, int(RegistrationError::Category::Input));
            // A row an earlier run may have created keeps the password it was sent with.
            write(*row,
                    {row->username, {}, BatchRowStatus::Invalid,
                            row->problems.join(QLatin1Char(' ')),
                            settle ? earlier->password : m_results->pendingPassword(row->username),
                            {}, {}});
            continue;
        }
        // The journal speaks for a row only while its outcome is not known: one it recorded as
        // failed got a definite answer, and its journalled password never made an account.
        QString sentBefore =
                !recorded || settle ? m_results->pendingPassword(row->username) : QString();
        if (settle && !earlier->password.isEmpty()) {
            sentBefore = earlier->password;
        }
        if (m_settings.mas.isSet() && (!recorded || settle)) {
            if (const std::optional<MasProgress> progress =
                            earlierMasProgress(*row, settle ? &*earlier : nullptr)) {
                // MAS has this account from an earlier run: this run goes on from its last step.
                row->masProgress = *progress;
                row->mayExist = true;
            }
        }
        QString error;
        if (row->passwordGenerated && !sentBefore.isEmpty()) {
            // An earlier run may have created this account with the password it recorded.
            row->request.setPassword(sentBefore);
            row->mayExist = true;
        } else if (settle) {
            row->mayExist = true; // sent with the password the file gives
        } else if (row->passwordGenerated
                && !m_results->appendPending(row->username, row->request.passwordText(), &error)) {
            // Journalled before the request is sent: if the run dies now, the password survives.
            stopOnWriteFailure(error);
            return std::nullopt;
        }
        ++m_counts.toRun;
        return row;
    }
    return std::nullopt;
}

std::optional<MasProgress> BatchRun::earlierMasProgress(
        const BatchRow &row, const BatchResults::Record *earlier) const
{
    if (std::optional<MasProgress> journalled = m_results->pendingMasProgress(row.username)) {
        return journalled;
    }
    if (!earlier || earlier->masUserId.isEmpty()) {
        return std::nullopt;
    }
    // The journal is gone; the record's last step says what is done, in MAS's call order.
    const MasProgress::Step last =
            MasProgress::stepFromName(earlier->masLastStep).value_or(MasProgress::Step::None);
    MasProgress progress;
    progress.username = row.request.localpart();
    progress.masUserId = earlier->masUserId;
    progress.userCreated = true;
    progress.passwordSet = last >= MasProgress::Step::PasswordSet;
    progress.adminSet = last >= MasProgress::Step::AdminSet && row.request.admin;
    if (last > MasProgress::Step::EmailsAdded) {
        progress.emailsAdded = row.request.emails;
    }
    return progress;
}

void BatchRun::journalMasProgress(const BatchRow &row, const MasProgress &progress)
{
    QString error;
    if (!m_writeFailed && !m_results->appendMasProgress(row.username, progress, &error)) {
        stopOnWriteFailure(error);
    }
}

void BatchRun::record(const BatchRow &row, const core::RegistrationResult &result,
        const RegistrationError &failure)
{
    BatchResults::Record record{
            row.username, result.userId, BatchRowStatus::Created, {}, {}, {}, {}};
    const bool mas = m_settings.mas.isSet();
    const bool incomplete = failure.code() == RegistrationError::Code::AccountIncomplete;
    // An earlier run sent this user's creation to MAS and got no answer; now MAS has a user of
    // that name, whose ULID no run learnt: that run's, made without a password, or another's.
    // No run can tell, so it is not left open.
    const bool masTakenUnconfirmed = mas && row.mayExist && !row.masProgress.exists()
            && failure.code() == RegistrationError::Code::UsernameTaken;
    // Once MAS has the user, whatever stops its row leaves an account to finish.
    const bool open = failure.code() == RegistrationError::Code::AccountMayExist || incomplete
            || (failure.isError() && mas && row.masProgress.exists())
            || (failure.isError() && row.mayExist && row.signIn != BatchRow::SignIn::Refused
                    && !masTakenUnconfirmed);
    if (open) {
        ++m_counts.mayExist;
        m_counts.worstExitCode =
                qMax(m_counts.worstExitCode, int(RegistrationError::Category::MayExist));
        record.status = BatchRowStatus::Unknown;
        record.userId.clear();
        record.error = oneLine(failure.fullText());
        if (incomplete) {
            record.error = tr("%1 (Run the batch again with the same results file to finish the "
                              "remaining steps.)")
                                   .arg(record.error);
        } else if (mas && row.masProgress.exists()) {
            record.error = tr("MAS has this account (MAS user ID %1, last step done: %2), and the "
                              "run could not go on: %3 (Run the batch again with the same results "
                              "file to finish the remaining steps.)")
                                   .arg(row.masProgress.masUserId,
                                           MasProgress::stepTitle(row.masProgress.lastStep()),
                                           record.error);
        } else if (failure.code() != RegistrationError::Code::AccountMayExist) {
            record.error = tr("An earlier run may have created this account with the password in "
                              "this record, and this run could not find out: %1 (Run the batch "
                              "again to settle it.)")
                                   .arg(record.error);
        }
        if (row.passwordGenerated) {
            record.password = row.request.passwordText(); // the file keeps it as text
        }
    } else if (failure.isError()) {
        ++m_counts.failed;
        m_counts.worstExitCode = qMax(m_counts.worstExitCode, failure.exitCode());
        record.status = BatchRowStatus::Failed;
        record.userId.clear();
        record.error = oneLine(failure.fullText());
        // Where an earlier run's password may have made the account, the record keeps it.
        const bool keepPassword = row.signIn == BatchRow::SignIn::Refused || masTakenUnconfirmed;
        if (keepPassword && row.passwordGenerated) {
            record.password = row.request.passwordText(); // the file keeps it as text
        }
        if (row.signIn == BatchRow::SignIn::Refused) {
            record.error = tr("The name is taken, and the password an earlier run sent does not "
                              "sign in to it: it is another account, or the server checks "
                              "passwords elsewhere (a password provider such as LDAP, with "
                              "password_config.localdb_enabled false). The password that was "
                              "sent is kept in this record. %1")
                                   .arg(record.error);
        } else if (masTakenUnconfirmed) {
            record.error = tr("MAS has a user of this name, and an earlier run that sent its "
                              "creation got no answer: it may be that run's user, made without "
                              "a password, or another account. Look the name up in MAS; if it "
                              "is that run's, set its password there, or remove it and run the "
                              "batch again with --retry-failed. The password that was meant for "
                              "it is kept in this record. %1")
                                   .arg(record.error);
        }
    } else {
        ++m_counts.created;
        if (row.passwordGenerated) {
            record.password = row.request.passwordText(); // the file keeps it as text
        }
        if (row.signIn == BatchRow::SignIn::Confirmed) {
            record.error = tr("Created by an earlier run whose answer was lost: the password in "
                              "this record signs in to it.");
            if (!row.signInNote.isEmpty()) {
                record.error += QLatin1Char(' ')
                        + tr("The device of that sign-in could not be signed out: %1")
                                  .arg(oneLine(row.signInNote));
            }
        }
        if (!row.warnings.isEmpty()) {
            record.error = oneLine(row.warnings.join(QLatin1Char(' '))); // made, with this gap
        }
        record.accessToken = result.accessToken;
        record.deviceId = result.deviceId;
        recordInHistory(row, result);
    }
    if (mas) {
        record.masUserId =
                result.masUserId.isEmpty() ? row.masProgress.masUserId : result.masUserId;
        record.masLastStep = MasProgress::stepName(row.masProgress.lastStep());
    }
    write(row, record);
}

void BatchRun::recordInHistory(const BatchRow &row, const core::RegistrationResult &result)
{
    if (!m_history) {
        return;
    }
    const QString homeServer =
            result.homeServer.isEmpty() ? m_settings.serverName : result.homeServer;
    const QString userId = result.userId.isEmpty()
            ? QStringLiteral("@%1:%2").arg(row.request.localpart(), homeServer)
            : result.userId;
    m_historyPending.append({userId, homeServer, QDateTime::currentDateTime(), row.request.admin,
            row.request.userType});
    if (!m_historyTimer.isActive()) {
        m_historyTimer.start();
    }
}

void BatchRun::flushHistory()
{
    m_historyTimer.stop();
    if (!m_history || m_historyPending.isEmpty()) {
        return;
    }
    QElapsedTimer writing;
    writing.start();
    QString error;
    if (m_history->appendAll(m_historyPending, &error)) {
        m_historyError.clear();
    } else {
        m_historyError = error; // the accounts stay listed; the next write tries again
    }
    m_historyPending.clear();
    m_historyWriteMs += writing.elapsed();
    emit historyRecorded();
}

QString BatchRun::oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void BatchRun::finish()
{
    if (!m_runner->isCancelled() && m_counts.mayExist == 0 && !m_results->removeJournal()) {
        // Every row of this file has its record, and none is left open (an open row's password
        // stays journalled, for the run that settles it); what keeps it is said.
        m_journalKeptFor = m_results->unrecordedPending();
    }
    m_results->close();
    flushHistory();
    emit finished();
}

} // namespace registrar::flows
