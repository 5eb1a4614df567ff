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
    HttpTransport *admin = m_adminTransport ? m_adminTransport : m_transport;
    const auto clientGet = [this](const char *path) {
        return m_transport->get(ServerUrl::endpoint(m_clientBaseUrl, QLatin1String(path)));
    };
    // The software names itself where the homeserver itself answers: the admin URL is often
    // its own listener, while a proxy in front of the client URL may not pass these paths on.
    const auto adminGet = [this, admin](const char *path) {
        return admin->get(ServerUrl::endpoint(m_adminBaseUrl, QLatin1String(path)));
    };
    m_calls = {
            clientGet("/_matrix/client/versions"),
            adminGet("/_synapse/admin/v1/server_version"),
            // An empty body fails before the nonce is looked at: no nonce is used up.
            admin->post(ServerUrl::endpoint(
                                m_adminBaseUrl, QStringLiteral("/_synapse/admin/v1/register")),
                    QByteArrayLiteral("{}")),
            clientGet("/_matrix/client/v1/auth_metadata"),
            clientGet("/_matrix/client/unstable/org.matrix.msc2965/auth_metadata"),
            adminGet("/_matrix/federation/v1/version"),
            adminGet("/_tuwunel/server_version"),
    };
    m_responses = QList<core::HttpResponse>(m_calls.size());
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
    if (--m_pending > 0) {
        return;
    }
    core::ServerCheckResult::Replies replies;
    replies.clientVersions = m_responses[0];
    replies.serverVersion = m_responses[1];
    replies.registerProbe = m_responses[2];
    replies.authMetadata = m_responses[3];
    replies.authMetadataUnstable = m_responses[4];
    replies.federationVersion = m_responses[5];
    replies.tuwunelVersion = m_responses[6];
    if (m_responses.size() > 7) {
        replies.nonce = m_responses[7];
    }
    const core::ServerCheckResult result = core::ServerCheckResult::fromReplies(replies);
    if (result.backend == core::Backend::Kind::Tuwunel && m_responses.size() == 7) {
        // Tuwunel may read the empty POST's body before it looks for a secret; its nonce
        // route says for sure. The nonce is left to expire, as it does after 60 s.
        HttpTransport *admin = m_adminTransport ? m_adminTransport : m_transport;
        m_responses.append(core::HttpResponse());
        m_pending = 1;
        QPointer<HttpCall> call = admin->get(
                ServerUrl::endpoint(m_adminBaseUrl, QStringLiteral("/_synapse/admin/v1/register")));
        m_calls.append(call);
        connect(call, &HttpCall::finished, this,
                [this](const core::HttpResponse &answer) { collect(7, answer); });
        return;
    }
    emit finished(result);
}

} // namespace registrar::net
