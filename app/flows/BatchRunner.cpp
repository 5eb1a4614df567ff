// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchRunner.h"

#include "MasAdminToken.h"
#include "MasRegistrationJob.h"
#include "RegistrationJob.h"
#include "SignInCheck.h"

#include <QTimer>

namespace registrar::flows {

BatchRunner::BatchRunner(net::HttpTransport *transport, const QUrl &adminBaseUrl,
        const core::SecretBytes &sharedSecret, const QString &serverName, int concurrency,
        bool withTokens, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_adminBaseUrl(adminBaseUrl)
    , m_secret(sharedSecret.copy())
    , m_serverName(serverName)
    , m_concurrency(qMax(1, concurrency))
    , m_withTokens(withTokens)
{ }

BatchRunner::~BatchRunner()
{
    m_secret.clear();
}

void BatchRunner::setMas(const MasTarget &mas)
{
    m_mas = mas;
}

int BatchRunner::masTokenRequests() const
{
    return m_masToken ? m_masToken->requestCount() : 0;
}

void BatchRunner::start(RowSource source)
{
    m_source = std::move(source);
    QTimer::singleShot(0, this, &BatchRunner::startMore);
}

void BatchRunner::cancel()
{
    m_cancelled = true;
    QTimer::singleShot(0, this, &BatchRunner::startMore);
}

void BatchRunner::startMore()
{
    while (!m_cancelled && !m_exhausted && m_running < m_concurrency) {
        std::optional<core::BatchRow> row = m_source();
        if (!row) {
            m_exhausted = true;
            break;
        }
        row->request.inhibitLogin = !m_withTokens;
        ++m_running;
        if (isMas()) {
            startMasRow(*row);
        } else {
            startRow(*row);
        }
    }
    if (m_running == 0 && (m_exhausted || m_cancelled) && !m_finished) {
        m_finished = true;
        m_secret.clear();
        emit finished();
    }
}

void BatchRunner::startRow(const core::BatchRow &row)
{
    auto *job = new net::RegistrationJob(m_transport, m_adminBaseUrl, row.request, m_secret, this);
    job->setKnownServerName(m_serverName);
    job->setBackend(m_backend);
    connect(job, &net::RegistrationJob::succeeded, this,
            [this, job, row](const core::RegistrationResult &result) {
                learnBackendFrom(job);
                job->deleteLater();
                endRow(row, result, {});
            });
    connect(job, &net::RegistrationJob::failed, this,
            [this, job, row](const core::RegistrationError &error) {
                learnBackendFrom(job);
                job->deleteLater();
                if (row.mayExist && error.code() == core::RegistrationError::Code::UsernameTaken) {
                    checkSignIn(row, error);
                    return;
                }
                endRow(row, {}, error);
            });
    job->start();
}

void BatchRunner::startMasRow(const core::BatchRow &row)
{
    if (!m_masToken) {
        // One for the whole run: its token serves every row until it runs out.
        m_masToken = new net::MasAdminToken(m_transport, m_mas.client, m_secret, this);
        if (m_mas.tokenClockMs) {
            m_masToken->setClock(m_mas.tokenClockMs);
        }
    }
    core::RegistrationRequest request = row.request;
    request.skipPasswordCheck = m_mas.skipPasswordCheck;
    auto *job = new net::MasRegistrationJob(m_transport,
            m_mas.clientTransport ? m_mas.clientTransport : m_transport, m_masToken, m_mas.client,
            m_mas.clientUrl, request, this);
    job->setKnownServerName(m_serverName);
    if (!row.masProgress.username.isEmpty()) {
        job->setProgress(row.masProgress); // an earlier run's account, continued
    }
    connect(job, &net::MasRegistrationJob::progressed, this,
            [this, row](const core::MasProgress &progress) { emit rowProgressed(row, progress); });
    connect(job, &net::MasRegistrationJob::succeeded, this,
            [this, job, row](const core::RegistrationResult &result) {
                core::BatchRow ended = row;
                ended.masProgress = job->progress();
                ended.warnings = job->warnings();
                job->deleteLater();
                endRow(ended, result, {});
            });
    connect(job, &net::MasRegistrationJob::failed, this,
            [this, job, row](const core::RegistrationError &error) {
                core::BatchRow ended = row;
                ended.masProgress = error.masProgress().username.isEmpty() ? job->progress()
                                                                           : error.masProgress();
                job->deleteLater();
                endRow(ended, {}, error);
            });
    job->start();
}

void BatchRunner::endRow(const core::BatchRow &row, const core::RegistrationResult &result,
        const core::RegistrationError &error)
{
    --m_running;
    emit rowFinished(row, result, error);
    startMore();
}

void BatchRunner::learnBackendFrom(const net::RegistrationJob *job)
{
    // One server check names the backend for the whole run, not one per row.
    if (m_backend == core::Backend::Kind::Unknown) {
        m_backend = job->backend();
    }
}

void BatchRunner::checkSignIn(core::BatchRow row, const core::RegistrationError &taken)
{
    auto *check = new net::SignInCheck(m_transport, m_adminBaseUrl, row.request.localpart(),
            m_serverName, row.request.passwordText(), this);
    const auto end = [this, check](const core::BatchRow &settled,
                             const core::RegistrationResult &result,
                             const core::RegistrationError &error) {
        check->disconnect(this);
        check->deleteLater();
        m_signInRunning = false;
        --m_running;
        emit rowFinished(settled, result, error);
        startNextSignIn();
        startMore();
    };
    check->setKeepSession(m_withTokens);
    connect(check, &net::SignInCheck::confirmed, this,
            [row, end](
                    const core::RegistrationResult &session, const QString &logoutProblem) mutable {
                row.signIn = core::BatchRow::SignIn::Confirmed;
                row.signInNote = logoutProblem;
                end(row, session, {});
            });
    connect(check, &net::SignInCheck::refused, this,
            [row, end, taken](const core::RegistrationError &) mutable {
                row.signIn = core::BatchRow::SignIn::Refused;
                end(row, {}, taken);
            });
    connect(check, &net::SignInCheck::failed, this,
            [row, end](const core::RegistrationError &error) { end(row, {}, error); });
    // One at a time: servers limit logins per address, and a batch may settle many rows.
    m_signInQueue.enqueue(check);
    startNextSignIn();
}

void BatchRunner::startNextSignIn()
{
    if (!m_signInRunning && !m_signInQueue.isEmpty()) {
        m_signInRunning = true;
        m_signInQueue.dequeue()->start();
    }
}

} // namespace registrar::flows
