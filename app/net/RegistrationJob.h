// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"
#include "RegistrationError.h"
#include "RegistrationRequest.h"
#include "RegistrationResult.h"
#include "SecretBytes.h"
#include "ServerCheck.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace registrar::net {

/*!
 * One registration: the input checks, a fresh nonce (GET), the MAC, the POST, the reply.
 * Every attempt is a new job and so uses a new nonce. After start(), exactly one of
 * succeeded() or failed() is emitted, never from inside start(). The shared secret is kept only
 * until the MAC is computed, then overwritten.
 */
class RegistrationJob : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, FetchingNonce, Registering, Finished };
    Q_ENUM(Stage)

    RegistrationJob(HttpTransport *transport, const QUrl &adminBaseUrl,
            const core::RegistrationRequest &request, const core::SecretBytes &sharedSecret,
            QObject *parent = nullptr);
    ~RegistrationJob() override;

    /*!
     * Enables the full user-ID length check against this server name, and the reply must then
     * name the account on it (otherwise on the reply's home_server).
     */
    void setKnownServerName(const QString &serverName) { m_serverName = serverName; }

    /*!
     * The server software, when known: its replies are read by its rules, and a user type,
     * which Dendrite neither reads nor signs, is refused for Dendrite before anything is sent.
     */
    void setBackend(core::Backend::Kind backend) { m_backend = backend; }

    //! The backend, as told or as a server check named it meanwhile; Unknown when neither.
    core::Backend::Kind backend() const { return m_backend; }

    void start();
    //! Stops the request in flight; failed() then reports Code::Cancelled.
    void cancel();

signals:
    void stageChanged(registrar::net::RegistrationJob::Stage stage);
    void succeeded(const registrar::core::RegistrationResult &result);
    void failed(const registrar::core::RegistrationError &error);

private:
    void fetchNonce();
    void handleNonce(const core::HttpResponse &response);
    /*!
     * The route is gone (404 M_UNRECOGNIZED), which Synapse with MAS, Tuwunel with MAS and
     * Dendrite without a secret all answer: a server check tells which, so the message can.
     */
    void explainMissingEndpoint(const core::RegistrationError &error);
    /*!
     * Asks which backend this is (a server check), then calls \a then; a cancel meanwhile
     * reports \a onCancel, which is what is known without the check.
     */
    //! Once per job, and only while the backend is not known.
    bool mayAskForBackend() const;
    //! Whether \a error's meaning or advice depends on the backend.
    static bool wordedByBackend(const core::RegistrationError &error);
    void learnBackendThen(const core::RegistrationError &onCancel,
            std::function<void(const core::ServerCheckResult &)> then);
    void handleRegistration(const core::HttpResponse &response);
    void setStage(Stage stage);
    void fail(const core::RegistrationError &error);
    void wipeSecret();

    HttpTransport *m_transport;
    QUrl m_endpoint;
    core::RegistrationRequest m_request;
    core::SecretBytes m_secret;
    QString m_serverName;
    core::Backend::Kind m_backend = core::Backend::Kind::Unknown;
    QPointer<HttpCall> m_call;
    std::unique_ptr<ServerCheck> m_check;
    core::RegistrationError m_errorIfCheckCancelled;
    bool m_backendAsked = false;
    QUrl m_adminBaseUrl;
    Stage m_stage = Stage::Idle;
    bool m_cancelled = false;
};

} // namespace registrar::net
