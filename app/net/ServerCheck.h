// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"
#include "ServerCheckResult.h"

#include <QList>
#include <QPointer>

namespace registrar::net {

/*!
 * Asks a server, in parallel, the questions of ServerCheckResult::fromReplies(). Uses no
 * nonce and creates nothing. Emits finished() once.
 */
class ServerCheck : public QObject
{
    Q_OBJECT

public:
    ServerCheck(HttpTransport *transport, const QUrl &clientBaseUrl, const QUrl &adminBaseUrl,
            QObject *parent = nullptr);
    ~ServerCheck() override;

    //! Sends the admin API's requests through \a transport (not owned), with that URL's trust.
    void setAdminTransport(HttpTransport *transport) { m_adminTransport = transport; }

    void start();
    void cancel();

signals:
    void finished(const registrar::core::ServerCheckResult &result);

private:
    void collect(int index, const core::HttpResponse &response);

    HttpTransport *m_transport;
    HttpTransport *m_adminTransport = nullptr;
    QUrl m_clientBaseUrl;
    QUrl m_adminBaseUrl;
    QList<core::HttpResponse> m_responses;
    QList<QPointer<HttpCall>> m_calls;
    int m_pending = 0;
};

} // namespace registrar::net
