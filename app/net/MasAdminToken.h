// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"
#include "MasAdminClient.h"
#include "RegistrationError.h"
#include "SecretBytes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace registrar::net {

/*!
 * MAS admin tokens by client credentials (scope urn:mas:admin), shared by every account of an
 * attempt or a batch: a token is asked for once and used until shortly before it expires, so a
 * batch of a thousand rows asks for one per token lifetime, not one per row. Callers wait in a
 * queue while a token is on its way. The client secret is kept only while this object lives;
 * tokens are never logged.
 */
class MasAdminToken : public QObject
{
    Q_OBJECT

public:
    //! Called with a token, or with no token and the error that kept one from coming.
    using Callback = std::function<void(const QByteArray &token, const core::RegistrationError &)>;

    //! A token is used only while at least this much of its life is left.
    static constexpr qint64 kRenewBeforeMs = 30000;

    //! \a transport is not owned.
    MasAdminToken(HttpTransport *transport, const core::MasAdminClient &client,
            const core::SecretBytes &clientSecret, QObject *parent = nullptr);
    ~MasAdminToken() override;

    //! A token that is still good, from the cache or a new request; \a done runs later, once.
    //! Nothing runs for a \a context that was deleted meanwhile.
    void withToken(QObject *context, Callback done);

    //! After 401 "Access token expired": \a token is not used again; the next withToken() asks.
    void discard(const QByteArray &token);

    /*!
     * Wipes the client secret; the token stays cached. Until setClientSecret(), a token that
     * runs out cannot be renewed: callers get Code::SecretMissing.
     */
    void forgetClientSecret() { m_secret.clear(); }

    void setClientSecret(const core::SecretBytes &secret) { m_secret = secret.copy(); }

    //! Stops a request on its way; its waiting callers get Code::Cancelled.
    void cancel();

    /*!
     * What MAS's site-config said of password login, kept with the token it was asked with, so
     * that a batch asks once per token and not once per row; nothing until it was asked.
     */
    std::optional<bool> passwordLoginEnabled() const { return m_passwordLoginEnabled; }

    void setPasswordLoginEnabled(bool enabled) { m_passwordLoginEnabled = enabled; }

    //! How many token requests were sent, for the bench and the tests.
    int requestCount() const { return m_requests; }

    //! Milliseconds since some fixed point; a steady clock unless a test sets another.
    void setClock(std::function<qint64()> msNow) { m_now = std::move(msNow); }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void requestToken();
    void answerWaiters(const QByteArray &token, const core::RegistrationError &error);

    HttpTransport *m_transport;
    core::MasAdminClient m_client;
    core::SecretBytes m_secret;
    QByteArray m_token;
    qint64 m_expiresAtMs = 0; //!< on m_now's clock
    QList<Waiter> m_waiters;
    QPointer<HttpCall> m_call;
    int m_requests = 0;
    std::optional<bool> m_passwordLoginEnabled; //!< site-config's, asked with this token
    QElapsedTimer m_steady;
    std::function<qint64()> m_now;
};

} // namespace registrar::net
