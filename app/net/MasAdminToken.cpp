// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasAdminToken.h"

#include "Log.h"
#include "MasReplyParser.h"

#include <QUrlQuery>

namespace registrar::net {

using core::RegistrationError;

namespace {

//! Percent-encodes all but RFC 3986's unreserved characters: a bare "+" in a form would decode
//! as a space and a bare "&" end the field.
QByteArray formValue(QByteArrayView value)
{
    return QByteArray(value.data(), value.size()).toPercentEncoding();
}

} // namespace

MasAdminToken::MasAdminToken(HttpTransport *transport, const core::MasAdminClient &client,
        const core::SecretBytes &clientSecret, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_client(client)
    , m_secret(clientSecret.copy())
{
    m_steady.start();
    m_now = [this] { return m_steady.elapsed(); };
}

MasAdminToken::~MasAdminToken()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_secret.clear();
    m_token.fill('\0');
}

void MasAdminToken::withToken(QObject *context, Callback done)
{
    if (!m_token.isEmpty() && m_now() + kRenewBeforeMs < m_expiresAtMs) {
        const QByteArray token = m_token;
        QMetaObject::invokeMethod(
                context, [token, done = std::move(done)] { done(token, {}); },
                Qt::QueuedConnection);
        return;
    }
    if (m_secret.isEmpty()) {
        QMetaObject::invokeMethod(
                context,
                [done = std::move(done)] {
                    RegistrationError missing(RegistrationError::Code::SecretMissing);
                    missing.setBackend(core::Backend::Kind::SynapseMas);
                    done({}, missing);
                },
                Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!m_call) {
        requestToken();
    }
}

void MasAdminToken::discard(const QByteArray &token)
{
    if (token == m_token) {
        m_token.fill('\0');
        m_token.clear();
        m_expiresAtMs = 0;
    }
}

void MasAdminToken::cancel()
{
    if (m_call) {
        m_call->abort(); // answers the waiters with Cancelled
    }
}

void MasAdminToken::requestToken()
{
    QByteArray form = QByteArrayLiteral("grant_type=client_credentials&scope=urn%3Amas%3Aadmin");
    QByteArray basic;
    if (m_client.authMethod == core::MasAdminClient::AuthMethod::Post) {
        form += QByteArrayLiteral("&client_id=") + formValue(m_client.clientId.toUtf8())
                + QByteArrayLiteral("&client_secret=") + formValue(m_secret.view());
    } else {
        // As written: MAS does not percent-decode the Basic value.
        basic = m_client.clientId.toUtf8() + ':'
                + QByteArray(m_secret.view().data(), m_secret.view().size());
    }
    ++m_requests;
    qCDebug(lcNet) << "asking MAS for an admin token";
    m_call = m_transport->postForm(m_client.tokenEndpoint(), form, basic);
    form.fill('\0');
    basic.fill('\0');
    const qint64 askedAt = m_now();
    connect(m_call, &HttpCall::finished, this, [this, askedAt](const core::HttpResponse &response) {
        m_call = nullptr;
        const core::Outcome<core::MasReplyParser::TokenGrant> grant =
                core::MasReplyParser::parseToken(response);
        if (!grant.isOk()) {
            answerWaiters({}, grant.error()); // the job names MAS's URL in it
            return;
        }
        m_token = grant.value().accessToken;
        m_passwordLoginEnabled.reset(); // asked again with the new token
        // Measured from the request, so the token is never taken for younger than it is.
        m_expiresAtMs = grant.value().expiresInSeconds > 0
                ? askedAt + grant.value().expiresInSeconds * 1000
                : std::numeric_limits<qint64>::max();
        answerWaiters(m_token, {});
    });
}

void MasAdminToken::answerWaiters(const QByteArray &token, const RegistrationError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context) {
            waiter.done(token, error);
        }
    }
}

} // namespace registrar::net
