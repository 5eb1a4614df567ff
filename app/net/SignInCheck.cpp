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
    const QByteArray body = QJsonDocument(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.password")},
                    {QStringLiteral("identifier"), identifier},
                    {QStringLiteral("password"), QString::fromUtf8(m_password.view())},
                    {QStringLiteral("initial_device_display_name"),
                            QStringLiteral("Synapse Registrar check")}})
                                    .toJson(QJsonDocument::Compact);
    m_password.clear();
    qCInfo(lcNet) << "signing in to find out whether a taken account is ours";
    m_call = m_transport->post(
            core::ServerUrl::endpoint(m_baseUrl, QStringLiteral("/_matrix/client/v3/login")), body);
    connect(m_call, &HttpCall::finished, this, &SignInCheck::handleLogin);
}

void SignInCheck::handleLogin(const core::HttpResponse &response)
{
    const core::Outcome<core::RegistrationResult> login = ReplyParser::parseLogin(response);
    if (!login.isOk()) {
        // Synapse answers a wrong password, like an unknown user, with 403 M_FORBIDDEN.
        if (login.error().httpStatus() == 403
                && login.error().errcode() == QLatin1String("M_FORBIDDEN")) {
            emit refused(login.error());
        } else {
            emit failed(login.error());
        }
        return;
    }
    const QString &userId = login.value().userId;
    const qsizetype colon = userId.indexOf(QLatin1Char(':'));
    const bool sameAccount = colon > 1
            && QStringView(userId).mid(1, colon - 1).compare(m_localpart, Qt::CaseInsensitive) == 0
            && (m_serverName.isEmpty()
                    || QStringView(userId).mid(colon + 1).compare(m_serverName, Qt::CaseInsensitive)
                            == 0);
    const core::RegistrationResult signedIn = login.value();
    if (!sameAccount) {
        emit failed(ReplyParser::checkCreatedAccount(signedIn, m_localpart, m_serverName));
        return;
    }
    if (m_keepSession) {
        emit confirmed(signedIn, {});
        return;
    }
    core::RegistrationResult account;
    account.userId = signedIn.userId;
    account.homeServer = signedIn.homeServer;
    m_session = std::make_unique<TokenSession>(
            m_transport, m_baseUrl, core::SecretBytes::fromUtf8(signedIn.accessToken));
    connect(m_session.get(), &TokenSession::loggedOut, this,
            [this, account] { emit confirmed(account, {}); });
    connect(m_session.get(), &TokenSession::failed, this,
            [this, account](
                    const RegistrationError &error) { emit confirmed(account, error.message()); });
    m_session->logout();
}

} // namespace registrar::net
