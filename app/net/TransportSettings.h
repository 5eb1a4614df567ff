// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace registrar::net {

struct TransportSettings
{
    int timeoutMs = 30000; //!< per request, connecting included
    bool allowInsecureHttp = false; //!< http:// to hosts other than this machine
    //! SHA-256 of the one certificate trusted for this server (trust on first use), or empty.
    QByteArray pinnedSha256;
    /*!
     * Whether the pin records an earlier trust decision (a profile's, or one made in this app
     * run): another certificate then means the server's certificate changed. A pin given for
     * this command alone (--pin-sha256) confirms nothing seen before: another certificate is
     * then only not trusted.
     */
    bool pinTrustedEarlier = true;
    //! A PEM file of the CA certificates to trust instead of the system's, or empty.
    QString caFile;
};

} // namespace registrar::net
