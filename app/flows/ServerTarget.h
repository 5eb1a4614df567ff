// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"
#include "TransportSettings.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace registrar::flows {

/*!
 * Where and how to reach one homeserver: its client and admin API URLs, its server name, and the
 * trust its connections need. Built in one place from a saved profile, from a command line or
 * from the fields of a server that is not saved; every request a user action sends follows it.
 * It never holds a secret: a saved profile's secret is found in the keychain by profileId.
 */
struct ServerTarget
{
    QUrl clientUrl; //!< whoami and logout with a new account's token
    QUrl adminUrl; //!< shared-secret registration
    QString serverName; //!< empty until known
    bool allowInsecureHttp = false;
    QByteArray pinnedSha256;
    QString caFile;
    QString profileId; //!< empty for a server that is not saved
    QString profileName;

    //! A saved profile's server.
    static ServerTarget fromProfile(const store::Profile &profile);
    //! A server that is not saved: one URL serves both APIs.
    static ServerTarget fromUrl(const QUrl &url, const QString &serverName, bool allowInsecureHttp);

    bool isSaved() const { return !profileId.isEmpty(); }

    //! The settings of every request to this server, each with a deadline of \a timeoutMs.
    net::TransportSettings transportSettings(
            int timeoutMs = net::TransportSettings{}.timeoutMs) const;
};

} // namespace registrar::flows
