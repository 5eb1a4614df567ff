// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"
#include "RegistrationError.h"
#include "RegistrationResult.h"
#include "SecretBytes.h"

#include <QPointer>

#include <memory>

namespace registrar::net {

class TokenSession;

/*!
 * Finds out whether an account whose name is taken is the one an earlier attempt created with
 * \a password, when that attempt's answer was lost: a password login (m.login.password) and, if
 * it works, a logout of that new device at once. Ends in exactly one of confirmed(), refused()
 * or failed(), never from inside start().
 */
class SignInCheck : public QObject
{
    Q_OBJECT

public:
    //! \a serverName, when known, must be the server of the account that signs in.
    SignInCheck(HttpTransport *transport, const QUrl &baseUrl, const QString &localpart,
            const QString &serverName, const QString &password, QObject *parent = nullptr);
    ~SignInCheck() override;

    /*!
     * Keeps the session of the sign-in instead of ending it: its token becomes the account's
     * access token, for a batch that records tokens.
     */
    void setKeepSession(bool keep) { m_keepSession = keep; }

    void start();

signals:
    /*!
     * The password signs in to the account \a session names; its token and device are set when
     * the session was kept. \a logoutProblem says when the check's own device could not be ended.
     */
    void confirmed(
            const registrar::core::RegistrationResult &session, const QString &logoutProblem);
    //! The server refused the password: the account is not the one that was sent.
    void refused(const registrar::core::RegistrationError &error);
    //! Nothing definite: a limit, the network, login not offered (MAS), another error.
    void failed(const registrar::core::RegistrationError &error);

private:
    static constexpr int kMaxRetries = 5;
    static constexpr qint64 kMaxWaitMs = 30000;

    void send();
    void handleLogin(const core::HttpResponse &response);

    HttpTransport *m_transport;
    QUrl m_baseUrl;
    QString m_localpart;
    QString m_serverName;
    core::SecretBytes m_password;
    core::SecretBytes m_body; //!< the login request, kept for a retry after a rate limit
    int m_retries = 0;
    QPointer<HttpCall> m_call;
    std::unique_ptr<TokenSession> m_session;
    bool m_keepSession = false;
};

} // namespace registrar::net
