// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpCall.h"
#include "TransportSettings.h"

#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace registrar::net {

/*!
 * Sends the few requests the registrar needs through an injected QNetworkAccessManager, with
 * the rules every one of them must follow: a deadline, a size cap, redirects never followed
 * (a 3xx comes back as it is), and plain HTTP only to this machine unless the caller allowed
 * it. Does not own the access manager; https requests under a pin or a CA file go through one
 * made for that trust under it (AccessManagerPerTrust), so no connection opened under one trust
 * serves another.
 */
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    HttpTransport(QNetworkAccessManager *manager, const TransportSettings &settings,
            QObject *parent = nullptr);

    //! A GET; \a bearerToken, when not empty, goes into the Authorization header.
    HttpCall *get(const QUrl &url, const QByteArray &bearerToken = {});
    //! A POST of \a jsonBody as application/json.
    HttpCall *post(const QUrl &url, const QByteArray &jsonBody, const QByteArray &bearerToken = {});
    /*!
     * A POST of \a formBody as application/x-www-form-urlencoded, as OAuth 2.0's token endpoint
     * takes it; \a basicCredentials, when not empty ("id:secret" as it is), goes into an
     * Authorization: Basic header.
     */
    HttpCall *postForm(
            const QUrl &url, const QByteArray &formBody, const QByteArray &basicCredentials = {});

    /*!
     * The plain-HTTP rule: https is always allowed; http only to loopback names and addresses
     * (localhost, 127.0.0.0/8, ::1), unless \a allowInsecureHttp. The password, the MAC and the
     * returned token would otherwise cross the network in clear text.
     */
    static bool isSchemeAllowed(const QUrl &url, bool allowInsecureHttp);
    static bool isLoopbackHost(const QString &host);

private:
    bool applyTrust(QNetworkRequest &request, QString *error);
    QNetworkAccessManager *managerForTrust();
    HttpCall *send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
            const QByteArray &contentType, const QByteArray &authorization);

    QNetworkAccessManager *m_manager;
    TransportSettings m_settings;
    //! The certificates of the CA file, read at the first https request (a batch sends many).
    std::optional<QList<QSslCertificate>> m_authorities;
    QNetworkAccessManager *m_trustedManager = nullptr; //!< for https, found at the first request
};

} // namespace registrar::net
