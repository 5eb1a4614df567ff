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
    //! A PEM file of the CA certificates to trust instead of the system's, or empty.
    QString caFile;
};

} // namespace registrar::net
