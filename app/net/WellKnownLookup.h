// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"

#include <QPointer>

namespace registrar::net {

/*!
 * Finds a server's client URL from a bare server name through
 * https://NAME/.well-known/matrix/client (plain HTTP for loopback names only). Follows the spec:
 * 404 means there is none; another failure, a body that is not JSON or no m.homeserver.base_url
 * is an error; the base URL must answer /_matrix/client/versions. Emits finished() once.
 */
class WellKnownLookup : public QObject
{
    Q_OBJECT

public:
    WellKnownLookup(HttpTransport *transport, const QString &serverName, QObject *parent = nullptr);

    void start();

signals:
    //! \a clientUrl is invalid when none was found, and \a problem then says why.
    void finished(const QUrl &clientUrl, const QString &problem);

private:
    void handleWellKnown(const core::HttpResponse &response);
    void handleVersions(const core::HttpResponse &response);
    void fail(const QString &why);

    HttpTransport *m_transport;
    QString m_serverName;
    QUrl m_candidate;
};

} // namespace registrar::net
