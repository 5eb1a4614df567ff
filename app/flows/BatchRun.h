// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountHistory.h"
#include "BatchInput.h"
#include "BatchResults.h"
#include "BatchRunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace registrar::flows {

/*!
 * One run over a checked batch file, shared by the app and the command-line tool: skips the
 * rows the results file already records (or, with retryFailed, only the created ones), records
 * invalid rows at once, journals each generated password before its request is sent (an
 * interrupted run may have created the account: a resumed run reuses that password), registers
 * the rest through a BatchRunner, and records every outcome as it comes. A row whose request was
 * sent without a definite answer is recorded as unknown with its password, keeps the journal, and
 * is settled by the next run (registered if free, confirmed by signing in if taken).
 * With a history, every account it creates (settled ones too) is recorded there as well.
 *
 * Through MAS (Settings::mas), one admin token serves the whole run, each row's progress in MAS
 * is journalled after every step that changed something there, and a row that stops after its
 * user exists (core::RegistrationError::Code::AccountIncomplete) is recorded as unknown, with its
 * password, its MAS user ID and its last step: the next run resumes it from that step, creating
 * nothing twice. Email addresses (the email column) are added through MAS only; elsewhere a row
 * that has any is invalid.
 */
class BatchRun : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        qint64 created = 0;
        qint64 createdEarlier = 0;
        qint64 failed = 0;
        qint64 mayExist = 0; //!< rows recorded as unknown: the account may have been created
        qint64 invalid = 0;
        qint64 toRun = 0; //!< rows sent so far
        int worstExitCode = 0; //!< the largest exit code of the rows that did not succeed
    };

    struct Settings
    {
        QUrl adminUrl;
        QString serverName;
        int passwordLength = 20;
        int concurrency = 4;
        bool withTokens = false;
        bool retryFailed = false;
        //! Set: accounts are made through this MAS admin client; adminUrl is then unused.
        core::MasAdminClient mas;
        QUrl clientUrl; //!< the homeserver's client API, with MAS
        bool skipPasswordCheck = false; //!< with MAS: its password strength check is off
        //! With MAS: the admin token's clock in milliseconds, for tests; steady when empty.
        std::function<qint64()> masClockMs;
    };

    /*!
     * \a transport reaches the admin API (MAS's with Settings::mas); \a csv (positioned at its
     * start) and \a results (opened) are not owned.
     */
    BatchRun(net::HttpTransport *transport, const Settings &settings, QIODevice *csv,
            store::BatchResults *results, QObject *parent = nullptr);
    ~BatchRun() override;

    /*!
     * With MAS: the transport (not owned) of the homeserver's client API, when it needs other
     * trust than MAS's; the admin transport otherwise.
     */
    void setClientTransport(net::HttpTransport *transport) { m_clientTransport = transport; }

    /*!
     * Records each account this run creates in \a history (not owned), which the app shows;
     * none by default, as for the command-line tool. The accounts of a second are written
     * together: a crash loses at most that second of the history, never the file, and a run of
     * many thousand rows does not write the whole history once per row.
     */
    void setHistory(store::AccountHistory *history) { m_history = history; }

    //! How long created accounts wait before they are written to the history together.
    static constexpr int kHistoryIntervalMs = 1000;

    //! \a secret is the shared secret, or with MAS the admin client's secret.
    void start(const core::SecretBytes &secret);
    void cancel();

    bool isCancelled() const { return m_cancelRequested; }

    //! Whether the results file or the journal could not be written, which stopped the run.
    bool writeFailed() const { return m_writeFailed; }

    //! Whether a problem (a failed write, a batch file that changed after its check) stopped it.
    bool stoppedByProblem() const { return m_stoppedByProblem; }

    /*!
     * After a run that finished every row: the usernames whose journalled password has no record
     * in the results file (rows of another batch file), for which the journal was kept.
     */
    const QStringList &journalKeptFor() const { return m_journalKeptFor; }

    const Counts &counts() const { return m_counts; }

    qint64 elapsedMs() const { return m_clock.elapsed(); }

    //! Why the history could not be written, the last time it could not; empty otherwise.
    const QString &historyError() const { return m_historyError; }

    //! How long writing the history took in all, for the bench.
    qint64 historyWriteMs() const { return m_historyWriteMs; }

    //! With MAS: how many admin tokens were asked for, for the bench and the tests.
    int masTokenRequests() const { return m_runner ? m_runner->masTokenRequests() : 0; }

signals:
    //! A row's record was written; skipped rows report their earlier status with an empty record.
    void rowEnded(const registrar::core::BatchRow &row, registrar::core::BatchRowStatus status,
            const QString &error);
    //! The results file or the journal could not be written, or the batch file changed after it
    //! was checked; the run stops at once.
    void problem(const QString &message);
    void finished();
    //! Accounts this run created were added to the history (written, or not: historyError()).
    void historyRecorded();

private:
    std::optional<core::BatchRow> nextRowToRun();
    //! With MAS: how far an earlier run got with \a row's account, from the journal or the record.
    std::optional<core::MasProgress> earlierMasProgress(
            const core::BatchRow &row, const store::BatchResults::Record *earlier) const;
    void journalMasProgress(const core::BatchRow &row, const core::MasProgress &progress);
    void record(const core::BatchRow &row, const core::RegistrationResult &result,
            const core::RegistrationError &failure);
    void write(const core::BatchRow &row, const store::BatchResults::Record &record);
    void stopOnWriteFailure(const QString &error);
    static QString oneLine(QString text);
    void recordInHistory(const core::BatchRow &row, const core::RegistrationResult &result);
    void flushHistory();
    void finish();

    net::HttpTransport *m_transport;
    net::HttpTransport *m_clientTransport = nullptr;
    Settings m_settings;
    core::BatchInput m_input;
    store::BatchResults *m_results;
    std::unique_ptr<BatchRunner> m_runner;
    bool m_writeFailed = false;
    bool m_stoppedByProblem = false;
    bool m_cancelRequested = false;
    QStringList m_journalKeptFor;
    Counts m_counts;
    QElapsedTimer m_clock;
    store::AccountHistory *m_history = nullptr;
    QList<store::AccountHistory::Entry> m_historyPending;
    QTimer m_historyTimer;
    QString m_historyError;
    qint64 m_historyWriteMs = 0;
};

} // namespace registrar::flows
