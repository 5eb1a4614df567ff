// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationFlow.h"

#include "AccountHistory.h"
#include "HttpTransport.h"
#include "MasAdminToken.h"
#include "MasProgressStore.h"
#include "MasRegistrationJob.h"
#include "ProfileStore.h"
#include "RegistrationJob.h"
#include "SecretVault.h"
#include "ServerUrl.h"
#include "SignInCheck.h"
#include "TokenSession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimer>

namespace registrar::flows {

using core::RegistrationError;

RegistrationFlow::RegistrationFlow(
        QNetworkAccessManager *manager, store::SecretVault *secrets, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_secrets(secrets)
{ }

RegistrationFlow::~RegistrationFlow()
{
    delete m_job;
    delete m_masJob;
    delete m_signInCheck;
}

QByteArray RegistrationFlow::attemptKey() const
{
    // A digest, so the memory of lost answers holds no password.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(unsavedSecretKey(m_target.adminUrl).toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(m_request.localpart().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(m_request.password.view());
    return hash.result();
}

QString RegistrationFlow::unsavedSecretKey(const QUrl &url)
{
    return QStringLiteral("unsaved:") + core::ServerUrl::hostAndPort(url) + url.path();
}

QString RegistrationFlow::secretKeyFor(const ServerTarget &target)
{
    if (target.isSaved()) {
        return target.profileId;
    }
    return target.isMas() ? QStringLiteral("mas:") + unsavedSecretKey(target.mas.masUrl)
                    + QLatin1Char('\n') + target.mas.clientId
                          : unsavedSecretKey(target.adminUrl);
}

bool RegistrationFlow::keepsSecretFor(const QUrl &url) const
{
    return m_keptSecrets.contains(unsavedSecretKey(url));
}

bool RegistrationFlow::start(const ServerTarget &target, const core::RegistrationRequest &request,
        const core::SecretBytes &typedSecret)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    const quint64 attempt = ++m_attempt;
    m_target = target;
    m_request = request;
    m_attemptKey = attemptKey();
    m_confirmedBySignIn = false;
    if (!m_target.isSaved() && m_target.pinnedSha256.isEmpty()) {
        m_target.pinnedSha256 =
                m_unsavedPins.value(core::ServerUrl::hostAndPort(m_target.adminUrl));
    }
    m_typedSecret = typedSecret.copy(); // kept until the attempt ends, to keep it on success
    if (!m_typedSecret.isEmpty()) {
        whileCurrent(attempt, [this] { runJob(m_typedSecret); });
        return true;
    }
    if (!m_target.isSaved() && !m_keptSecrets.contains(secretKeyFor(m_target))) {
        // Only memory can hold it, and it does not: the keychain is not asked.
        whileCurrent(attempt, [this] {
            handleFailure(RegistrationError(RegistrationError::Code::SecretMissing));
        });
        return true;
    }
    emit stageChanged(Stage::ReadingSecret);
    readSecret(attempt, secretKeyFor(m_target));
    return true;
}

void RegistrationFlow::readSecret(quint64 attempt, const QString &key)
{
    m_secrets->read(key, this, [this, attempt](const store::SecretStore::Result &stored) {
        if (attempt != m_attempt || !m_running) {
            return; // cancelled meanwhile
        }
        if (stored.ok()) {
            runJob(stored.secret);
            return;
        }
        const bool missing = !store::SecretVault::isUnavailable(stored.status);
        RegistrationError error(missing ? RegistrationError::Code::SecretMissing
                                        : RegistrationError::Code::SecretUnavailable,
                stored.message());
        if (m_target.isMas()) {
            error.setBackend(core::Backend::Kind::SynapseMas); // MAS's client secret
        }
        handleFailure(error);
    });
}

void RegistrationFlow::whileCurrent(quint64 attempt, std::function<void()> step)
{
    QTimer::singleShot(0, this, [this, attempt, step = std::move(step)] {
        if (attempt == m_attempt && m_running) {
            step();
        }
    });
}

void RegistrationFlow::runJob(const core::SecretBytes &secret)
{
    if (m_target.isMas()) {
        runMasJob(secret);
        return;
    }
    m_transport = std::make_unique<net::HttpTransport>(
            m_manager, m_target.adminTransportSettings(m_timeoutMs));
    m_job = new net::RegistrationJob(m_transport.get(), m_target.adminUrl, m_request, secret, this);
    m_job->setKnownServerName(m_target.serverName);
    m_job->setBackend(m_backends.value(unsavedSecretKey(m_target.adminUrl)));
    connect(m_job, &net::RegistrationJob::stageChanged, this,
            [this](net::RegistrationJob::Stage stage) {
                if (stage == net::RegistrationJob::Stage::FetchingNonce) {
                    emit stageChanged(Stage::FetchingNonce);
                } else if (stage == net::RegistrationJob::Stage::Registering) {
                    emit stageChanged(Stage::Registering);
                }
            });
    // Queued: an outcome never arrives from inside cancel(), and a receiver may delete the flow
    // in its slot, since the call that answered has finished by then.
    connect(m_job, &net::RegistrationJob::succeeded, this, &RegistrationFlow::handleSuccess,
            Qt::QueuedConnection);
    connect(m_job, &net::RegistrationJob::failed, this, &RegistrationFlow::handleFailure,
            Qt::QueuedConnection);
    m_job->start();
}

net::MasAdminToken *RegistrationFlow::masTokenFor(const core::SecretBytes &clientSecret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_target.mas.masUrl.toString().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(m_target.mas.clientId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(core::MasAdminClient::authMethodName(m_target.mas.authMethod).toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(clientSecret.view());
    const QByteArray key = hash.result();
    if (!m_masToken || key != m_masTokenKey) {
        m_masToken.reset();
        m_masTransport = std::make_unique<net::HttpTransport>(
                m_manager, m_target.transportSettingsFor(m_target.mas.masUrl, m_timeoutMs));
        m_masToken = std::make_unique<net::MasAdminToken>(
                m_masTransport.get(), m_target.mas, clientSecret);
        m_masTokenKey = key;
    }
    m_masToken->setClientSecret(clientSecret);
    return m_masToken.get();
}

QString RegistrationFlow::masProgressKey(const QString &username) const
{
    return unsavedSecretKey(m_target.mas.masUrl) + QLatin1Char('\n') + username;
}

std::optional<core::MasProgress> RegistrationFlow::storedMasProgress() const
{
    const QString username = m_request.localpart();
    if (m_masProgressStore) {
        return m_masProgressStore->find(m_target.mas.masUrl, username);
    }
    const auto found = m_masProgress.constFind(masProgressKey(username));
    if (found == m_masProgress.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

void RegistrationFlow::keepMasProgress(const core::MasProgress &progress)
{
    if (!m_masProgressStore) {
        m_masProgress.insert(masProgressKey(progress.username), progress);
        return;
    }
    QString error;
    if (!m_masProgressStore->save(m_target.mas.masUrl, progress, &error)) {
        m_masProgressProblem = error;
    }
}

void RegistrationFlow::forgetMasProgress()
{
    const QString username = m_request.localpart();
    if (!m_masProgressStore) {
        m_masProgress.remove(masProgressKey(username));
        return;
    }
    QString error;
    if (!m_masProgressStore->remove(m_target.mas.masUrl, username, &error)) {
        m_masProgressProblem = error;
    }
}

void RegistrationFlow::runMasJob(const core::SecretBytes &clientSecret)
{
    net::MasAdminToken *token = masTokenFor(clientSecret);
    m_clientTransport = std::make_unique<net::HttpTransport>(
            m_manager, m_target.transportSettingsFor(m_target.clientUrl, m_timeoutMs));
    m_masJob = new net::MasRegistrationJob(m_masTransport.get(), m_clientTransport.get(), token,
            m_target.mas, m_target.clientUrl, m_request, this);
    m_masJob->setKnownServerName(m_target.serverName);
    m_masProgressProblem.clear();
    m_masPasswordSetEarlier = false;
    if (const std::optional<core::MasProgress> earlier = storedMasProgress()) {
        m_masJob->setProgress(*earlier);
        m_masPasswordSetEarlier = earlier->passwordSet;
    }
    connect(m_masJob, &net::MasRegistrationJob::progressed, this,
            &RegistrationFlow::keepMasProgress);
    connect(m_masJob, &net::MasRegistrationJob::stageChanged, this,
            [this](net::MasRegistrationJob::Stage stage) {
                using JobStage = net::MasRegistrationJob::Stage;
                switch (stage) {
                case JobStage::GettingToken:
                    emit stageChanged(Stage::GettingMasToken);
                    break;
                case JobStage::LookingUp:
                    emit stageChanged(Stage::LookingUpMasUser);
                    break;
                case JobStage::CreatingUser:
                    emit stageChanged(Stage::CreatingMasUser);
                    break;
                case JobStage::SettingPassword:
                    emit stageChanged(Stage::SettingMasPassword);
                    break;
                case JobStage::SettingAdmin:
                    emit stageChanged(Stage::SettingMasAdmin);
                    break;
                case JobStage::AddingEmails:
                    emit stageChanged(Stage::AddingMasEmails);
                    break;
                case JobStage::SigningIn:
                    emit stageChanged(Stage::SigningInMasUser);
                    break;
                case JobStage::Idle:
                case JobStage::Finished:
                    break;
                }
            });
    connect(m_masJob, &net::MasRegistrationJob::succeeded, this, &RegistrationFlow::handleSuccess,
            Qt::QueuedConnection);
    connect(m_masJob, &net::MasRegistrationJob::failed, this, &RegistrationFlow::handleFailure,
            Qt::QueuedConnection);
    m_masJob->start();
}

void RegistrationFlow::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_signInCheck) {
        // The earlier attempt's account is still as open as before.
        m_signInCheck->disconnect(this);
        whileCurrent(++m_attempt, [this] {
            handleFailure(RegistrationError::accountMayExist(
                    RegistrationError(RegistrationError::Code::Cancelled)));
        });
        return;
    }
    if (m_job) {
        m_job->cancel(); // reports Cancelled through failed()
        return;
    }
    if (m_masJob) {
        m_masJob->cancel();
        return;
    }
    // Before the job: a late answer of the keychain, or a step already queued, is ignored.
    whileCurrent(++m_attempt,
            [this] { handleFailure(RegistrationError(RegistrationError::Code::Cancelled)); });
}

void RegistrationFlow::handleSuccess(const core::RegistrationResult &result)
{
    Created account;
    account.result = result;
    account.confirmedBySignIn = m_confirmedBySignIn;
    m_mayExist.remove(m_attemptKey);
    account.target = m_target;
    account.request = m_request;
    account.request.password.clear();
    if (m_masJob) {
        account.masProgress = m_masJob->progress();
        account.passwordSetEarlier = m_masPasswordSetEarlier;
        account.problems.append(m_masJob->warnings());
        forgetMasProgress();
        if (!m_masProgressProblem.isEmpty()) {
            account.problems.append(m_masProgressProblem);
        }
    }

    if (m_target.isSaved() && m_target.serverName.isEmpty() && m_profiles) {
        if (std::optional<store::Profile> profile = m_profiles->find(m_target.profileId)) {
            profile->serverName = result.homeServer;
            QString error;
            if (m_profiles->update(*profile, &error)) {
                account.learnedServerName = true;
            } else {
                account.problems.append(error);
            }
        }
    }
    if (account.target.serverName.isEmpty()) {
        account.target.serverName = result.homeServer;
    }
    if (m_history) {
        QString error;
        if (!m_history->append({result.userId, result.homeServer, QDateTime::currentDateTime(),
                                       m_request.admin, m_request.userType},
                    &error)) {
            account.problems.append(error);
        }
    }
    if (m_keepsTypedSecrets && !m_target.isSaved() && !m_typedSecret.isEmpty()) {
        const QString key = secretKeyFor(m_target);
        m_secrets->keepForThisRun(key, m_typedSecret, this, [](const auto &) {});
        m_keptSecrets.insert(key);
        account.typedSecretKept = true;
    }
    end();
    emit succeeded(account);
}

void RegistrationFlow::handleFailure(const RegistrationError &error)
{
    if (m_masJob && !error.masProgress().exists() && error.masProgress().createSentAt == 0) {
        forgetMasProgress(); // nothing in MAS to continue
    }
    if (error.code() == RegistrationError::Code::UsernameTaken && m_mayExist.contains(m_attemptKey)
            && !m_signInCheck && !m_target.isMas()) {
        checkSignIn(error);
        return;
    }
    if (error.code() == RegistrationError::Code::AccountMayExist) {
        m_mayExist.insert(m_attemptKey);
    }
    end();
    if (error.code() == RegistrationError::Code::TlsFailure && !error.certificate().isNull()) {
        emit needsTrustDecision(error);
        return;
    }
    emit failed(error);
}

void RegistrationFlow::checkSignIn(const RegistrationError &taken)
{
    m_signInCheck = new net::SignInCheck(m_transport.get(), m_target.adminUrl,
            m_request.localpart(), m_target.serverName, m_request.passwordText(), this);
    m_signInCheck->setKeepSession(!m_request.inhibitLogin);
    connect(m_signInCheck, &net::SignInCheck::confirmed, this,
            [this](const core::RegistrationResult &session) {
                m_confirmedBySignIn = true;
                handleSuccess(session);
            });
    connect(m_signInCheck, &net::SignInCheck::refused, this, [this, taken] {
        m_mayExist.remove(m_attemptKey); // another account holds the name
        handleFailure(taken);
    });
    // Still open: the memory stays, and so does the server's answer that the name is taken.
    connect(m_signInCheck, &net::SignInCheck::failed, this,
            [this](const RegistrationError &error) { handleFailure(error); });
    m_signInCheck->start();
}

void RegistrationFlow::end()
{
    m_running = false;
    if (m_job && m_job->backend() != core::Backend::Kind::Unknown) {
        // Asked once per server and app run: the next attempt reads its answers by its rules.
        m_backends.insert(unsavedSecretKey(m_target.adminUrl), m_job->backend());
    }
    if (m_signInCheck) {
        m_signInCheck->disconnect(this);
        m_signInCheck->deleteLater();
        m_signInCheck = nullptr;
    }
    m_request.password.clear();
    m_typedSecret.clear();
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (m_masJob) {
        m_masJob->deleteLater();
        m_masJob = nullptr;
    }
    if (m_masToken) {
        // The token may serve the next attempt; the secret is read again for it.
        m_masToken->forgetClientSecret();
    }
}

bool RegistrationFlow::trust(const core::CertificateInfo &certificate, QString *error)
{
    if (!m_target.isSaved()) {
        m_unsavedPins.insert(core::ServerUrl::hostAndPort(m_target.adminUrl), certificate.sha256);
        return true;
    }
    if (!m_profiles) {
        *error = tr("This tool saves no trust decisions; give --pin-sha256 or --ca-file.");
        return false;
    }
    std::optional<store::Profile> profile = m_profiles->find(m_target.profileId);
    if (!profile) {
        *error = tr("The profile \u201c%1\u201d no longer exists.").arg(m_target.profileName);
        return false;
    }
    profile->pinnedSha256 = certificate.sha256;
    return m_profiles->update(*profile, error);
}

std::unique_ptr<net::TokenSession> RegistrationFlow::openTokenSession(const Created &account) const
{
    if (!account.result.hasSession()) {
        return nullptr;
    }
    // The token belongs to the client API, which may be served elsewhere than the admin API.
    auto *transport = new net::HttpTransport(
            m_manager, account.target.transportSettingsFor(account.target.clientUrl, m_timeoutMs));
    auto session = std::make_unique<net::TokenSession>(transport, account.target.clientUrl,
            core::SecretBytes::fromUtf8(account.result.accessToken));
    transport->setParent(session.get());
    return session;
}

} // namespace registrar::flows
