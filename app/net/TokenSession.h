// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"
#include "RegistrationError.h"
#include "RegistrationResult.h"
#include "SecretBytes.h"

#include <QPointer>

namespace registrar::net {

/*!
 * The calls made with a new account's access token: whoami() to prove the token works, and
 * logout() to end the device that registration created (the account stays). One call at a
 * time; each ends in exactly one signal.
 */
class TokenSession : public QObject
{
    Q_OBJECT

public:
    TokenSession(HttpTransport *transport, const QUrl &clientBaseUrl,
            const core::SecretBytes &accessToken, QObject *parent = nullptr);
    ~TokenSession() override;

    void whoami();
    void logout();
    void cancel();

signals:
    void whoamiSucceeded(const registrar::core::WhoamiResult &result);
    void loggedOut();
    void failed(const registrar::core::RegistrationError &error);

private:
    HttpTransport *m_transport;
    QUrl m_clientBaseUrl;
    core::SecretBytes m_token;
    QPointer<HttpCall> m_call;
};

} // namespace registrar::net
