// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenSession.h"

#include "ReplyParser.h"
#include "ServerUrl.h"

namespace registrar::net {

using core::ReplyParser;
using core::ServerUrl;

TokenSession::TokenSession(HttpTransport *transport, const QUrl &clientBaseUrl,
        const core::SecretBytes &accessToken, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clientBaseUrl(clientBaseUrl)
    , m_token(accessToken.copy())
{ }

TokenSession::~TokenSession()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void TokenSession::whoami()
{
    m_call = m_transport->get(ServerUrl::endpoint(m_clientBaseUrl,
                                      QStringLiteral("/_matrix/client/v3/account/whoami")),
            m_token.borrowed());
    connect(m_call, &HttpCall::finished, this, [this](const core::HttpResponse &response) {
        const core::Outcome<core::WhoamiResult> result = ReplyParser::parseWhoami(response);
        if (result.isOk()) {
            emit whoamiSucceeded(result.value());
        } else {
            emit failed(result.error());
        }
    });
}

void TokenSession::logout()
{
    m_call = m_transport->post(
            ServerUrl::endpoint(m_clientBaseUrl, QStringLiteral("/_matrix/client/v3/logout")),
            QByteArrayLiteral("{}"), m_token.borrowed());
    connect(m_call, &HttpCall::finished, this, [this](const core::HttpResponse &response) {
        const core::RegistrationError error = ReplyParser::parseLogout(response);
        if (error.isError()) {
            emit failed(error);
        } else {
            emit loggedOut();
        }
    });
}

void TokenSession::cancel()
{
    if (m_call) {
        m_call->abort();
    }
}

} // namespace registrar::net
