// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"

#include <QPointer>

#include <optional>

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
    //! Why a lookup found no client URL.
    enum class Failure {
        None,
        NotPublished, //!< 404: the server publishes no .well-known; ask the user
        Unreachable, //!< the request failed, or an answer other than 200 or 404
        NotJson,
        NoBaseUrl, //!< no m.homeserver base_url
        UnusableBaseUrl,
        NotAMatrixServer, //!< the base URL does not answer /_matrix/client/versions
    };
    Q_ENUM(Failure)

    //! The client URL found, or, exactly when there is none, the failure and its words.
    struct Result
    {
        std::optional<QUrl> clientUrl;
        Failure failure = Failure::None;
        QString problem; //!< for people

        bool found() const { return clientUrl.has_value(); }
    };

    WellKnownLookup(HttpTransport *transport, const QString &serverName, QObject *parent = nullptr);

    void start();

signals:
    void finished(const registrar::net::WellKnownLookup::Result &result);

private:
    void handleWellKnown(const core::HttpResponse &response);
    void handleVersions(const core::HttpResponse &response);
    void fail(Failure failure, const QString &why);

    HttpTransport *m_transport;
    QString m_serverName;
    QUrl m_candidate;
};

} // namespace registrar::net

Q_DECLARE_METATYPE(registrar::net::WellKnownLookup::Result)
