// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCheck.h"

#include "Log.h"
#include "ReplyParser.h"
#include "ServerUrl.h"
#include "TokenSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace registrar::net {

using core::RegistrationError;
using core::ReplyParser;

SignInCheck::SignInCheck(HttpTransport *transport, const QUrl &baseUrl, const QString &localpart,
        const QString &serverName, const QString &password, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_baseUrl(baseUrl)
    , m_localpart(localpart)
    , m_serverName(serverName)
    , m_password(core::SecretBytes::fromUtf8(password))
{ }

SignInCheck::~SignInCheck()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_password.clear();
}

void SignInCheck::start()
{
    const QJsonObject identifier{{QStringLiteral("type"), QStringLiteral("m.id.user")},
            {QStringLiteral("user"), m_localpart}};
    QJsonObject login{{QStringLiteral("type"), QStringLiteral("m.login.password")},
            {QStringLiteral("identifier"), identifier},
            {QStringLiteral("password"), QString::fromUtf8(m_password.view())}};
    if (!m_keepSession) {
        // Named, for an admin who looks at the account's devices before it is signed out.
        login.insert(QStringLiteral("initial_device_display_name"),
                QStringLiteral("Synapse Registrar check"));
    }
    QByteArray body = QJsonDocument(login).toJson(QJsonDocument::Compact);
    m_body = core::SecretBytes::takeFrom(body);
    m_password.clear();
    send();
}

void SignInCheck::send()
{
    qCInfo(lcNet) << "signing in to find out whether a taken account is ours";
    m_call = m_transport->post(
            core::ServerUrl::endpoint(m_baseUrl, QStringLiteral("/_matrix/client/v3/login")),
            m_body.borrowed());
    connect(m_call, &HttpCall::finished, this, &SignInCheck::handleLogin);
}

void SignInCheck::handleLogin(const core::HttpResponse &response)
{
    const core::Outcome<core::RegistrationResult> login = ReplyParser::parseLogin(response);
    if (!login.isOk()) {
        const RegistrationError &error = login.error();
        // Synapse limits logins per address (rc_login: a burst of 3 by default), which a batch
        // settling many rows meets: its wait is honoured a few times, when it is short.
        if (error.code() == RegistrationError::Code::RateLimited && m_retries < kMaxRetries
                && error.retryAfterMs() >= 0 && error.retryAfterMs() <= kMaxWaitMs) {
            ++m_retries;
            QTimer::singleShot(qMax<qint64>(error.retryAfterMs(), 100), this, &SignInCheck::send);
            return;
        }
        m_body.clear();
        // Synapse answers a wrong password, like an unknown user, with 403 M_FORBIDDEN.
        if (error.httpStatus() == 403 && error.errcode() == QLatin1String("M_FORBIDDEN")) {
            emit refused(error);
        } else {
            emit failed(RegistrationError::signInCheckFailed(error));
        }
        return;
    }
    m_body.clear();
    const core::RegistrationResult signedIn = login.value();
    // The same check as for a registration's reply: the account asked for, on its server.
    const RegistrationError otherAccount =
            ReplyParser::checkCreatedAccount(signedIn, m_localpart, m_serverName);
    if (!otherAccount.isError() && m_keepSession) {
        emit confirmed(signedIn, {});
        return;
    }
    core::RegistrationResult account;
    account.userId = signedIn.userId;
    account.homeServer = signedIn.homeServer;
    // The check's session is ended in every case, also one the server opened for another account.
    m_session = std::make_unique<TokenSession>(
            m_transport, m_baseUrl, core::SecretBytes::fromUtf8(signedIn.accessToken));
    const auto done = [this, account, otherAccount](const QString &logoutProblem) {
        if (otherAccount.isError()) {
            emit failed(RegistrationError::signInCheckFailed(otherAccount));
        } else {
            emit confirmed(account, logoutProblem);
        }
    };
    connect(m_session.get(), &TokenSession::loggedOut, this, [done] { done({}); });
    connect(m_session.get(), &TokenSession::failed, this,
            [done](const RegistrationError &error) { done(error.message()); });
    m_session->logout();
}

} // namespace registrar::net
