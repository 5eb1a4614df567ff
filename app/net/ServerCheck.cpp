// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheck.h"

#include "ServerUrl.h"

namespace registrar::net {

using core::ServerUrl;

ServerCheck::ServerCheck(HttpTransport *transport, const QUrl &clientBaseUrl,
        const QUrl &adminBaseUrl, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clientBaseUrl(clientBaseUrl)
    , m_adminBaseUrl(adminBaseUrl)
{ }

ServerCheck::~ServerCheck()
{
    for (const QPointer<HttpCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
}

void ServerCheck::start()
{
    m_responses = QList<core::HttpResponse>(4);
    HttpTransport *admin = m_adminTransport ? m_adminTransport : m_transport;
    m_calls = {
            m_transport->get(ServerUrl::endpoint(
                    m_clientBaseUrl, QStringLiteral("/_matrix/client/versions"))),
            admin->get(ServerUrl::endpoint(
                    m_adminBaseUrl, QStringLiteral("/_synapse/admin/v1/server_version"))),
            // An empty body fails before the nonce is looked at: no nonce is used up.
            admin->post(ServerUrl::endpoint(
                                m_adminBaseUrl, QStringLiteral("/_synapse/admin/v1/register")),
                    QByteArrayLiteral("{}")),
            m_transport->get(ServerUrl::endpoint(
                    m_clientBaseUrl, QStringLiteral("/_matrix/client/v1/auth_metadata"))),
    };
    m_pending = int(m_calls.size());
    for (int i = 0; i < m_calls.size(); ++i) {
        connect(m_calls[i], &HttpCall::finished, this,
                [this, i](const core::HttpResponse &response) { collect(i, response); });
    }
}

void ServerCheck::cancel()
{
    for (const QPointer<HttpCall> &call : m_calls) {
        if (call) {
            call->abort();
        }
    }
}

void ServerCheck::collect(int index, const core::HttpResponse &response)
{
    m_responses[index] = response;
    if (--m_pending == 0) {
        emit finished(core::ServerCheckResult::fromReplies(
                m_responses[0], m_responses[1], m_responses[2], m_responses[3]));
    }
}

} // namespace registrar::net
