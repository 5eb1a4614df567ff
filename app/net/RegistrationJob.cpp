// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationJob.h"

#include "Log.h"
#include "ReplyParser.h"
#include "ServerUrl.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimer>

namespace registrar::net {

using core::RegistrationError;
using core::ReplyParser;

RegistrationJob::RegistrationJob(HttpTransport *transport, const QUrl &adminBaseUrl,
        const core::RegistrationRequest &request, const core::SecretBytes &sharedSecret,
        QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(core::ServerUrl::endpoint(
              adminBaseUrl, QStringLiteral("/_synapse/admin/v1/register")))
    , m_request(request)
    , m_secret(sharedSecret.copy())
    , m_adminBaseUrl(adminBaseUrl)
{ }

RegistrationJob::~RegistrationJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    wipeSecret();
}

void RegistrationJob::start()
{
    if (m_stage != Stage::Idle) {
        return;
    }
    QStringList blocking;
    for (const core::InputProblem &problem : m_request.check(m_serverName)) {
        if (problem.isBlocking()) {
            blocking.append(problem.message);
        }
    }
    std::optional<RegistrationError> refusal;
    if (!blocking.isEmpty()) {
        refusal = RegistrationError(
                RegistrationError::Code::InvalidInput, blocking.join(QLatin1Char(' ')));
    } else if (m_backend == core::Backend::Kind::Dendrite && !m_request.userType.isEmpty()) {
        // Dendrite leaves the field out of its MAC: sent, it would read as a wrong secret.
        refusal = RegistrationError(RegistrationError::Code::UserTypeInvalid);
    }
    if (refusal) {
        setStage(Stage::Finished);
        refusal->setBackend(m_backend);
        QTimer::singleShot(0, this, [this, error = *refusal] { emit failed(error); });
        return;
    }
    setStage(Stage::FetchingNonce);
    if (!m_request.userType.isEmpty() && mayAskForBackend()) {
        // Dendrite neither reads nor signs a user type: ask which backend this is before
        // anything is signed, rather than let the request fail as a wrong secret.
        learnBackendThen(RegistrationError(RegistrationError::Code::Cancelled),
                [this](const core::ServerCheckResult &) {
                    if (m_backend == core::Backend::Kind::Dendrite) {
                        fail(RegistrationError(RegistrationError::Code::UserTypeInvalid));
                    } else {
                        fetchNonce();
                    }
                });
        return;
    }
    fetchNonce();
}

void RegistrationJob::fetchNonce()
{
    m_call = m_transport->get(m_endpoint);
    connect(m_call, &HttpCall::finished, this, &RegistrationJob::handleNonce);
}

void RegistrationJob::cancel()
{
    m_cancelled = true;
    if (m_call) {
        m_call->abort();
    }
    if (m_check) {
        m_check.reset();
        // As every outcome: never from inside cancel().
        QTimer::singleShot(0, this, [this, error = m_errorIfCheckCancelled] { fail(error); });
    }
}

void RegistrationJob::handleNonce(const core::HttpResponse &response)
{
    const core::Outcome<QString> nonce = ReplyParser::parseNonce(response, m_backend);
    if (!nonce.isOk()) {
        if (nonce.error().code() == RegistrationError::Code::EndpointUnavailable && !m_cancelled) {
            explainMissingEndpoint(nonce.error());
        } else if (wordedByBackend(nonce.error()) && mayAskForBackend()) {
            // Tuwunel refuses the nonce without a secret: its own words say what to set.
            wipeSecret();
            const RegistrationError error = nonce.error();
            learnBackendThen(RegistrationError(RegistrationError::Code::Cancelled),
                    [this, error](const core::ServerCheckResult &) { fail(error); });
        } else {
            fail(nonce.error());
        }
        return;
    }
    if (m_cancelled) {
        fail(RegistrationError(RegistrationError::Code::Cancelled));
        return;
    }
    const QByteArray mac = m_request.mac(m_secret.view(), nonce.value());
    wipeSecret();
    // Qt forces copies here: the JSON document holds the password while the body is built, and
    // \c body is freed unwiped when this function returns; the upload reads from a copy of its
    // own that is wiped (OneShotUpload). The password itself is zeroed with this job's request.
    const QByteArray body = m_request.toJson(nonce.value(), mac);
    qCInfo(lcNet) << "registering a new account: fields username, password, admin, mac"
                  << (m_request.displayName.isEmpty() ? "" : ", displayname")
                  << (m_request.userType.isEmpty() ? "" : ", user_type")
                  << (m_request.inhibitLogin ? ", inhibit_login" : "");
    setStage(Stage::Registering);
    m_call = m_transport->post(m_endpoint, body);
    connect(m_call, &HttpCall::finished, this, &RegistrationJob::handleRegistration);
}

void RegistrationJob::explainMissingEndpoint(const RegistrationError &error)
{
    wipeSecret(); // nothing will be signed
    learnBackendThen(RegistrationError(RegistrationError::Code::Cancelled),
            [this, error](const core::ServerCheckResult &result) {
                const bool explained = core::Backend::delegatesToMas(result.backend)
                        || (result.backend == core::Backend::Kind::Dendrite
                                && result.problem.code()
                                        == RegistrationError::Code::SharedSecretDisabled);
                fail(explained ? result.problem : error);
            });
}

bool RegistrationJob::mayAskForBackend() const
{
    return m_backend == core::Backend::Kind::Unknown && !m_backendAsked && !m_cancelled;
}

bool RegistrationJob::wordedByBackend(const RegistrationError &error)
{
    // What to configure, and what a refusal means, differs between Synapse, Tuwunel and
    // Dendrite; a taken name or a rate limit means the same everywhere.
    using Code = RegistrationError::Code;
    switch (error.code()) {
    case Code::SharedSecretDisabled:
    case Code::MacRejected:
    case Code::NonceRejected:
    case Code::PasswordInvalid:
    case Code::UsernameInvalid:
    case Code::UserTypeInvalid:
        return true;
    default:
        return false;
    }
}

void RegistrationJob::learnBackendThen(const RegistrationError &onCancel,
        std::function<void(const core::ServerCheckResult &)> then)
{
    m_backendAsked = true;
    m_errorIfCheckCancelled = onCancel;
    // The admin URL reaches the homeserver itself; its client API answers there too.
    m_check = std::make_unique<ServerCheck>(m_transport, m_adminBaseUrl, m_adminBaseUrl);
    connect(m_check.get(), &ServerCheck::finished, this,
            [this, then = std::move(then)](const core::ServerCheckResult &result) {
                m_check.release()->deleteLater();
                if (result.backend != core::Backend::Kind::Unknown) {
                    m_backend = result.backend;
                }
                then(result);
            });
    m_check->start();
}

void RegistrationJob::handleRegistration(const core::HttpResponse &response)
{
    const core::Outcome<core::RegistrationResult> result =
            ReplyParser::parseRegistration(response, m_backend);
    if (!result.isOk()) {
        const RegistrationError &error = result.error();
        // Dendrite's 200 names no home_server: the account exists, and reads as created once
        // a server check names Dendrite. (A user type was asked about before sending.)
        const std::optional<QJsonObject> body = ReplyParser::jsonObject(response.body);
        const bool dendriteShaped = error.code() == RegistrationError::Code::AccountMayExist
                && response.status == 200 && body
                && body->value(QStringLiteral("user_id")).isString()
                && !body->contains(QStringLiteral("home_server"));
        if ((dendriteShaped || wordedByBackend(error)) && mayAskForBackend()) {
            learnBackendThen(error, [this, response](const core::ServerCheckResult &) {
                handleRegistration(response);
            });
            return;
        }
        fail(error);
        return;
    }
    const RegistrationError otherAccount =
            ReplyParser::checkCreatedAccount(result.value(), m_request.localpart(), m_serverName);
    if (otherAccount.isError()) {
        fail(otherAccount);
        return;
    }
    setStage(Stage::Finished);
    qCInfo(lcNet) << "account created; session:" << result.value().hasSession();
    emit succeeded(result.value());
}

void RegistrationJob::fail(const RegistrationError &failure)
{
    RegistrationError error = failure;
    error.setBackend(m_backend);
    setStage(Stage::Finished);
    wipeSecret();
    qCInfo(lcNet) << "registration failed:" << int(error.code()) << "HTTP" << error.httpStatus()
                  << error.errcode();
    emit failed(error);
}

void RegistrationJob::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        emit stageChanged(stage);
    }
}

void RegistrationJob::wipeSecret()
{
    m_secret.clear();
}

} // namespace registrar::net
