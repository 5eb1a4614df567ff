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
    bool pinTrustedEarlier = true; //!< as net::TransportSettings::pinTrustedEarlier
    QString caFile;
    //! Set when MAS creates the accounts: the secret is its admin client's, not a shared secret.
    core::MasAdminClient mas;
    QString profileId; //!< empty for a server that is not saved
    QString profileName;

    //! A saved profile's server.
    static ServerTarget fromProfile(const store::Profile &profile);
    //! A server that is not saved: one URL serves both APIs.
    static ServerTarget fromUrl(const QUrl &url, const QString &serverName, bool allowInsecureHttp);

    bool isSaved() const { return !profileId.isEmpty(); }

    //! A pin or CA file with no https:// URL to check it on: every request would be refused.
    bool hasTrustWithoutTls() const;

    /*!
     * The settings of the requests to \a url, one of this server's URLs, each with a deadline of
     * \a timeoutMs. The certificate trust (pin, CA file) belongs to the server's https:// URLs:
     * a plain http:// URL beside an https:// one (a local admin listener) goes without it. When
     * no URL is https://, the trust stays, and the transport refuses to send anything, as a pin
     * that nothing checks must not pass for protection.
     */
    net::TransportSettings transportSettingsFor(
            const QUrl &url, int timeoutMs = net::TransportSettings{}.timeoutMs) const;

    bool isMas() const { return mas.isSet(); }

    //! The settings of registration requests (the admin API).
    net::TransportSettings adminTransportSettings(
            int timeoutMs = net::TransportSettings{}.timeoutMs) const
    {
        return transportSettingsFor(adminUrl, timeoutMs);
    }
};

} // namespace registrar::flows
